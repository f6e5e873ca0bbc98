import { useId, type ReactNode } from 'react';
import { listCodes, type ListColumns } from '../derive/compare.ts';
import {
  categoryBreakdown,
  countedKeys,
  countryBy,
  countryTotals,
  type DirectionTotal,
} from '../derive/country-totals.ts';
import { coveredCountries, datasetOf, mapShardRefs } from '../derive/selection.ts';
import { concatShards } from '../derive/columnar.ts';
import { useShard, useShards, type Loaded } from '../data/use-data.ts';
import { formatAmount, formatChange, formatInteger, formatShare } from '../format/number.ts';
import type {
  ColumnarShard,
  CountryColumns,
  DatasetMeta,
  ListMeta,
  MapColumns,
  MonthColumns,
} from '../schema/manifest.ts';
import {
  allMonthShardRefs,
  comparisonYear,
  isMonthly,
  monthsOfYear,
  periodLabel,
  periodShard,
  usesMonthShards,
} from '../derive/months.ts';
import { CountryMonthly } from './CountryMonthly.tsx';
import { MAP_COLUMNS, shardKey } from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import { StateSelects } from '../ui/StateSelects.tsx';
import { linkTo } from '../ui/link-to.ts';
import type { ViewProps } from './types.ts';
import './pages.css';

const TOP = 10;

/** A country's totals for the current dataset, list and year (the full profile comes later). */
export function CountryView(props: ViewProps) {
  const { manifest, state, t, nameOf } = props;
  const ds = datasetOf(manifest, state);
  const list = manifest.lists.find((l) => l.id === state.list);
  const iso3 = state.country;
  const countryRef = iso3
    ? manifest.shards.country[shardKey.country(state.dataset, iso3)]
    : undefined;
  // Monthly datasets: every year's month shard, for the chart; a partial year's totals are
  // also summed from them, over the same months of each year, so its change is like for like.
  const monthly = isMonthly(ds);
  const fromMonths = usesMonthShards(ds, state.year, 0);
  const monthParts = useShards<MonthColumns>(
    monthly && ds && iso3 ? allMonthShardRefs(manifest, ds, state.list) : [],
    t('moNoMonthShard'),
  );
  const mapParts = useShards<MapColumns>(
    fromMonths ? [] : mapShardRefs(manifest, state.dataset, state.list, state.year),
    t('pgNoMapShard'),
  );
  const yearMonths = monthsOfYear(ds, state.year);
  const map: Loaded<ColumnarShard<MapColumns>> = fromMonths
    ? monthParts.status === 'ready'
      ? { status: 'ready', data: periodShard(monthParts.data, yearMonths) }
      : monthParts
    : mapParts.status === 'ready'
      ? { status: 'ready', data: concatShards(mapParts.data, MAP_COLUMNS) }
      : mapParts;
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const period = periodLabel(ds, state.year, 0, props.lang, partial);
  const country = useShard<CountryColumns>(countryRef, t('pgNoCountryShard'));
  const codes = useShard<ListColumns>(manifest.shards.list[state.list], t('pgNoListShard'));

  let body: ReactNode;
  if (!iso3 || !ds || !list) body = <p>{t('pgCountryNone')}</p>;
  else if (!countryRef) {
    // Not an error: the country is real but has no trade under any list code of this dataset.
    body = (
      <p className="pg-note" role="note">
        {t('pgCountryNoData', { country: nameOf(iso3), dataset: ds.title })}
      </p>
    );
  } else {
    const failed = [map, country, codes].find((x) => x.status === 'error');
    if (failed?.status === 'error') {
      body = (
        <div role="alert" className="data-error">
          <strong>{t('dataError')}</strong>: {failed.error}
        </div>
      );
    } else if (map.status === 'ready' && country.status === 'ready' && codes.status === 'ready') {
      body = (
        <Profile
          {...props}
          ds={ds}
          list={list}
          map={map.data}
          shard={country.data}
          codes={codes.data}
          monthly={
            monthly ? <CountryMonthly {...props} ds={ds} list={list} shards={monthParts} /> : null
          }
        />
      );
    } else body = <p role="status">{t('loading')}</p>;
  }

  return (
    <section className="pg pg-country" aria-labelledby="pg-country-h" data-iso3={iso3 || undefined}>
      <h2 id="pg-country-h">{iso3 ? nameOf(iso3) : t('pgCountryTitle')}</h2>
      {ds && list && iso3 && (
        <p className="pg-lede">
          {t('pgCountryLede', { list: list.name, dataset: ds.title, year: period })}
        </p>
      )}
      {iso3 && <StateSelects {...props} which={['list', 'year']} />}
      {iso3 && ds && monthly && state.month > 0 && (
        // The map shows one month; partners and codes exist by year only, so say which.
        <p className="muted">{t('moCountryPeriod', { period })}</p>
      )}
      <p>
        <a {...linkTo(props, { view: 'map' })}>{t('pgBackToMap')}</a>
      </p>
      {body}
    </section>
  );
}

interface ProfileProps extends ViewProps {
  ds: DatasetMeta;
  list: ListMeta;
  map: ColumnarShard<MapColumns>;
  shard: ColumnarShard<CountryColumns>;
  codes: ColumnarShard<ListColumns>;
  /** The monthly section, for monthly datasets (placed after the totals). */
  monthly: ReactNode;
}

function Profile(props: ProfileProps) {
  const { manifest, state, t, lang, nameOf, ds, list, map, shard } = props;
  const iso3 = state.country;
  const covered = coveredCountries(manifest, ds.id);
  // Compared with the same period a year earlier: the year before, or for a partial year the
  // same months of it (the map shard was summed over those months).
  const prevYear = comparisonYear(ds, state.year, 0);
  const totals = countryTotals(
    map,
    iso3,
    state.year,
    prevYear === null ? [state.year] : [prevYear, state.year],
    covered,
  );
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const prevLabel =
    prevYear === null
      ? null
      : periodLabel(ds, prevYear, 0, lang, partial, monthsOfYear(ds, state.year));
  const period = periodLabel(ds, state.year, 0, lang, partial);
  const codes = listCodes(props.codes, list);
  const keys = countedKeys(list, ds.granularity, codes);
  const byCategory = ds.granularity === 'category';
  const describe = (k: string) =>
    byCategory
      ? (list.categories.find((c) => c.id === k)?.label ?? k)
      : `${k} ${codes.get(k)?.description ?? ''}`;
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const share = (v: number) => formatShare(v, lang);
  const coveredSet = new Set(covered);
  const top = (by: 'partner' | 'code', flow: Flow) =>
    countryBy(shard, by, flow, state.year, keys)
      .rows.slice(0, TOP)
      .map((r) => ({
        key: r.key,
        // A partner with data of its own opens its profile; pseudo-areas stay plain text.
        head:
          by === 'code' ? (
            describe(r.key)
          ) : coveredSet.has(r.key) ? (
            <a {...linkTo(props, { country: r.key })}>{nameOf(r.key)}</a>
          ) : (
            nameOf(r.key)
          ),
        cells: [{ text: money(r.value), value: r.value }, { text: share(r.share) }],
      }));
  const n = String(TOP);

  return (
    <>
      <h3>{t('pgTotals')}</h3>
      <dl className="pg-totals">
        <Direction
          {...props}
          label={t('pgExports')}
          d={totals.export}
          prev={prevLabel}
          money={money}
        />
        <Direction
          {...props}
          label={t('pgImports')}
          d={totals.import}
          prev={prevLabel}
          money={money}
        />
        <div>
          <dt>{t('pgBalance')}</dt>
          <dd data-value={totals.balance}>{money(totals.balance)}</dd>
        </div>
      </dl>
      <p className="muted">{t('pgUpperBoundNote')}</p>
      {props.monthly && (
        <section aria-labelledby="pg-country-monthly">
          <h3 id="pg-country-monthly">{t('moChartHeading')}</h3>
          {props.monthly}
        </section>
      )}

      <h3>{t('pgByCategory')}</h3>
      <DataTable
        caption={t('pgByCategoryCaption', { list: list.name, year: period })}
        head={[
          t('pgCategory'),
          t('pgExports'),
          t('pgShareOfCountry'),
          t('pgImports'),
          t('pgShareOfCountry'),
        ]}
        rows={categoryBreakdown(map, list, iso3, state.year).map((c) => ({
          key: c.id,
          head: (
            <>
              {c.label}
              {!c.inTotal && <span className="pg-tag"> {t('pgNotInTotal')}</span>}
            </>
          ),
          // Outside the total a share of the total would mislead, so none is given.
          cells: [
            { text: money(c.export), value: c.export },
            { text: c.inTotal ? share(c.exportShare) : '–' },
            { text: money(c.import), value: c.import },
            { text: c.inTotal ? share(c.importShare) : '–' },
          ],
        }))}
        empty=""
      />
      <p className="muted">{t('pgCategoryOverlap')}</p>

      <h3>{t('pgTopPartners')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            caption={t(flow === 'export' ? 'pgPartnersExport' : 'pgPartnersImport', { n })}
            head={[t('pgPartner'), t('value'), t('pgShareOfCountry')]}
            rows={top('partner', flow)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
      <h3>{t(byCategory ? 'pgTopCategories' : 'pgTopCodes')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            caption={t(flow === 'export' ? 'pgCodesExport' : 'pgCodesImport', { n })}
            head={[t(byCategory ? 'pgCategory' : 'pgCode'), t('value'), t('pgShareOfCountry')]}
            rows={top('code', flow)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
    </>
  );
}

function Direction(
  props: ViewProps & {
    label: string;
    d: DirectionTotal;
    /** The period the change compares with ("2021", "2021 (January–November)"). */
    prev: string | null;
    money: (v: number) => string;
  },
) {
  const { t, lang, label, d, prev, money } = props;
  return (
    <div>
      <dt>{label}</dt>
      <dd data-value={d.value}>
        <strong>{money(d.value)}</strong>
        <br />
        {d.rank > 0
          ? t('pgRankOf', {
              rank: formatInteger(d.rank, lang),
              n: formatInteger(d.reporting, lang),
              share: formatShare(d.share, lang),
            })
          : t('pgNoTradeDirection')}
        {prev !== null && d.change !== null && (
          <>
            <br />
            {t('pgChangeFrom', { change: formatChange(d.change, lang), prev })}
          </>
        )}
      </dd>
    </div>
  );
}

interface Row {
  key: string;
  head: ReactNode;
  /** Numeric cells; `value` is the raw number, kept in data-value for tests and checks. */
  cells: { text: string; value?: number }[];
}

/** A small table: the first column names the row, the others are numbers. */
function DataTable({
  caption,
  head,
  rows,
  empty,
}: {
  caption: string;
  head: string[];
  rows: Row[];
  empty: string;
}) {
  const id = useId();
  if (rows.length === 0) {
    return (
      <p className="pg-empty">
        {caption}: {empty}
      </p>
    );
  }
  return (
    <div className="pg-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="pg-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i > 0 ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="num" data-value={c.value}>
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
