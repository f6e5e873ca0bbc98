import type { ReactNode } from 'react';
import { listCodes, type ListColumns } from '../derive/compare.ts';
import { categoryBreakdown } from '../derive/country-totals.ts';
import { seriesFromMapShard, seriesFromProductShards } from '../derive/map-model.ts';
import { comparisonYear, monthsOfYear, periodLabel } from '../derive/months.ts';
import {
  editionMarks,
  profileBy,
  selectedKeys,
  specificitySplit,
  standing,
  yearlyTotals,
  type Standing,
} from '../derive/profile.ts';
import {
  formatAmount,
  formatChange,
  formatInteger,
  formatMoney,
  formatShare,
} from '../format/number.ts';
import type {
  ColumnarShard,
  CountryColumns,
  DatasetMeta,
  ListMeta,
  MapColumns,
  ProductColumns,
  WorldPaths,
} from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import { Trend } from '../charts/trend/Trend.tsx';
import type { useTopology } from '../data/use-data.ts';
import { PartnerMap } from './PartnerMap.tsx';
import { linkTo } from '../ui/link-to.ts';
import { Comparison } from './ProfileCompare.tsx';
import { Concentration, Patterns, Transit } from './ProfileIndicators.tsx';
import { DataTable, formatPerTonne, formatTonnes, type Row } from './ProfileParts.tsx';
import type { ViewProps } from './types.ts';

const TOP = 10;

export interface CountryProfileProps extends ViewProps {
  ds: DatasetMeta;
  list: ListMeta;
  map: ColumnarShard<MapColumns>;
  /** Map shards of the comparison year (null without one). */
  map2: ColumnarShard<MapColumns> | null;
  shard: ColumnarShard<CountryColumns>;
  codes: ColumnarShard<ListColumns>;
  products: { code: string; shard: ColumnarShard<ProductColumns> }[];
  covered: string[];
  /** World geometry for the partners map (loads beside the shards). */
  topo: ReturnType<typeof useTopology<WorldPaths>>;
  /** The monthly section, for monthly datasets (placed after the totals). */
  monthly: ReactNode;
}

/** Everything below the page's controls: headline, breakdowns, trend and indicators. */
export function CountryProfile(props: CountryProfileProps) {
  const { state, t, lang, nameOf, ds, list, map, shard } = props;
  const iso3 = state.country;
  const codes = listCodes(props.codes, list);
  const keys = selectedKeys(list, ds.granularity, codes, state);
  const byCategory = ds.granularity === 'category';
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const share = (v: number) => formatShare(v, lang);
  const country = nameOf(iso3);
  const hsShard = props.products.find((p) => p.code === state.hs)?.shard;
  const seriesOf = (m: ColumnarShard<MapColumns>, flow: Flow) =>
    state.hs
      ? hsShard
        ? seriesFromProductShards([{ hs6: state.hs, shard: hsShard }], flow)
        : []
      : seriesFromMapShard(m, state.cat, flow);
  const prevYear = comparisonYear(ds, state.year, 0);
  const years = prevYear === null ? [state.year] : [prevYear, state.year];
  const stand = (flow: Flow) =>
    standing(seriesOf(map, flow), iso3, state.year, years, props.covered);
  const ex = stand('export');
  const im = stand('import');
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const prevLabel =
    prevYear === null
      ? null
      : periodLabel(ds, prevYear, 0, lang, partial, monthsOfYear(ds, state.year));
  const describe = (k: string) =>
    byCategory
      ? (list.categories.find((c) => c.id === k)?.label ?? k)
      : `${k} ${codes.get(k)?.description ?? ''}`;
  const coveredSet = new Set(props.covered);
  const partners = (flow: Flow) => profileBy(shard, 'partner', flow, state.year, keys);
  const byCode = (flow: Flow) => profileBy(shard, 'code', flow, state.year, keys);
  const unitOf = (q: number | null, v: number) => (q !== null && q > 0 ? v / q : null);
  const partnerRows = (flow: Flow): Row[] =>
    partners(flow)
      .rows.slice(0, TOP)
      .map((r) => ({
        key: r.key,
        // A partner with data of its own opens its profile; pseudo-areas stay plain text.
        head: coveredSet.has(r.key) ? (
          <a {...linkTo(props, { country: r.key })}>{nameOf(r.key)}</a>
        ) : (
          nameOf(r.key)
        ),
        cells: [
          { text: money(r.value), value: r.value },
          { text: share(r.share) },
          { text: formatTonnes(r.quantityT, r.quantityPartial, lang) },
        ],
      }));
  const codeRows = (flow: Flow): Row[] =>
    byCode(flow)
      .rows.slice(0, TOP)
      .map((r) => ({
        key: r.key,
        head: byCategory ? (
          describe(r.key)
        ) : (
          <a {...linkTo(props, { view: 'product', hs: r.key })}>{describe(r.key)}</a>
        ),
        cells: [
          { text: money(r.value), value: r.value },
          { text: share(r.share) },
          { text: formatTonnes(r.quantityT, r.quantityPartial, lang) },
          {
            text: r.quantityPartial
              ? '–'
              : formatPerTonne(unitOf(r.quantityT, r.value), ds.currency, lang),
          },
        ],
      }));
  const n = String(TOP);
  const split = specificitySplit(map, iso3, state.year);
  const coreOf = (id: string, flow: Flow) => {
    const s = split.get(id);
    const v = flow === 'export' ? s?.exportCoreShare : s?.importCoreShare;
    return v === null || v === undefined ? '–' : share(v);
  };
  const totalSplit = split.get('');
  const trend = yearlyTotals(shard, keys, ds.years);
  const marks = editionMarks(ds, list.id);
  const sourceLine = t('prPrintCaption', {
    dataset: ds.title,
    list: list.name,
    year: periodLabel(ds, state.year, 0, lang, partial),
    currency: ds.currency,
    source: ds.citation,
  });

  return (
    <>
      <h3>{t('pgTotals')}</h3>
      <dl className="pg-totals">
        <Direction {...props} label={t('pgExports')} d={ex} prev={prevLabel} money={money} />
        <Direction {...props} label={t('pgImports')} d={im} prev={prevLabel} money={money} />
        <div>
          <dt>{t('pgBalance')}</dt>
          <dd data-value={ex.value - im.value}>{money(ex.value - im.value)}</dd>
        </div>
      </dl>
      <p className="muted" data-testid="total-share-na">
        {t('prTotalShareNA', { country, dataset: ds.title })}
      </p>
      <p className="muted">{t('pgUpperBoundNote')}</p>
      <PartnerMap
        {...props}
        flow={state.flow}
        partners={partners(state.flow).rows.map((r) => ({ key: r.key, value: r.value }))}
      />
      {props.monthly && (
        <section aria-labelledby="pg-country-monthly">
          <h3 id="pg-country-monthly">{t('moChartHeading')}</h3>
          {props.monthly}
        </section>
      )}

      <h3>{t('pgByCategory')}</h3>
      <DataTable
        caption={t('pgByCategoryCaption', { list: list.name, year: String(state.year) })}
        head={[
          t('pgCategory'),
          t('pgExports'),
          t('pgShareOfCountry'),
          t('prCoreShare'),
          t('pgImports'),
          t('pgShareOfCountry'),
          t('prCoreShare'),
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
            { text: list.hasSpecificity ? coreOf(c.id, 'export') : '–' },
            { text: money(c.import), value: c.import },
            { text: c.inTotal ? share(c.importShare) : '–' },
            { text: list.hasSpecificity ? coreOf(c.id, 'import') : '–' },
          ],
        }))}
        empty=""
      />
      <p className="muted">{t('pgCategoryOverlap')}</p>
      {list.hasSpecificity ? (
        <p data-testid="core-broad">
          {t('prCoreBroadLine', {
            exportCore: coreOf('', 'export'),
            importCore: coreOf('', 'import'),
            exportBroad: money(totalSplit?.exportBroad ?? 0),
            importBroad: money(totalSplit?.importBroad ?? 0),
          })}{' '}
          <span className="muted">{t('prCoreBroadNote')}</span>
        </p>
      ) : (
        <p className="muted">{t('prNoSpecificity', { list: list.name })}</p>
      )}

      <h3>{t('pgTopPartners')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`partners-${flow}`}
            caption={t(flow === 'export' ? 'pgPartnersExport' : 'pgPartnersImport', { n })}
            head={[t('pgPartner'), t('value'), t('pgShareOfCountry'), t('prQuantity')]}
            rows={partnerRows(flow)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
      <h3>{t(byCategory ? 'pgTopCategories' : 'pgTopCodes')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`codes-${flow}`}
            caption={t(flow === 'export' ? 'pgCodesExport' : 'pgCodesImport', { n })}
            head={[
              t(byCategory ? 'pgCategory' : 'pgCode'),
              t('value'),
              t('pgShareOfCountry'),
              t('prQuantity'),
              t('prUnitValue'),
            ]}
            rows={codeRows(flow)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
      <p className="muted">{t('prQuantityNote')}</p>

      <section aria-labelledby="pr-trend-h">
        <h3 id="pr-trend-h">{t('prTrend')}</h3>
        {trend.length > 1 ? (
          <Trend
            years={trend.map((p) => p.year)}
            series={[
              { id: 'export', label: t('pgExports'), className: 'tr-export' },
              { id: 'import', label: t('pgImports'), className: 'tr-import' },
            ]}
            values={[trend.map((p) => p.export), trend.map((p) => p.import)]}
            breaks={marks.breaks.map((b) => ({
              year: b.year,
              label: t('prEditionMarker', { edition: b.to }),
            }))}
            highlight={state.year2 ? [state.year, state.year2] : [state.year]}
            title={t('prTrendTitle', { country, list: list.name, currency: ds.currency })}
            summary={trendSummary(trend, t, (v) => formatMoney(v, ds.currency, lang))}
            formatTick={(v) => formatMoney(v, ds.currency, lang)}
            formatValue={money}
            tableCaption={t('prTrendCaption', { country, currency: ds.currency })}
            yearHeader={t('pgYear')}
            highlightNote={t('prSelected')}
          />
        ) : (
          <p className="muted">{t('prTrendOne', { year: String(state.year) })}</p>
        )}
        {marks.breaks.map((b) => (
          <p key={b.year} className="pg-note" role="note">
            {t('prEditionBreak', {
              year: String(b.year),
              prev: String(b.prev),
              from: b.from,
              to: b.to,
            })}
          </p>
        ))}
        {marks.conversions.map((c) => (
          <p key={`${c.from}-${c.to}`} className="muted" data-testid="list-conversion">
            {t('prConversion', {
              list: list.name,
              from: c.from,
              to: c.to,
              exact: formatInteger(c.counts.exact, lang),
              split: formatInteger(c.counts.split, lang),
              merged: formatInteger(c.counts.merged, lang),
              nn: formatInteger(c.counts['n:n'], lang),
              none: formatInteger(c.counts.none, lang),
              upper: formatInteger(c.upperBound, lang),
            })}
          </p>
        ))}
      </section>

      {state.year2 !== 0 && props.map2 && (
        <Comparison
          {...props}
          map2={props.map2}
          keys={keys}
          seriesOf={seriesOf}
          stand={{ ex, im }}
        />
      )}

      <Concentration {...props} partners={partners} />
      <Transit {...props} keys={keys} describe={describe} />
      <Patterns {...props} keys={keys} describe={describe} />

      <p className="pr-source" data-testid="print-caption">
        {sourceLine}
      </p>
    </>
  );
}

function trendSummary(
  trend: { year: number; export: number; import: number }[],
  t: ViewProps['t'],
  money: (v: number) => string,
): string {
  const a = trend[0];
  const b = trend[trend.length - 1];
  if (!a || !b) return '';
  return t('prTrendSummary', {
    y0: String(a.year),
    y1: String(b.year),
    ex0: money(a.export),
    ex1: money(b.export),
    im0: money(a.import),
    im1: money(b.import),
  });
}

function Direction(
  props: ViewProps & {
    label: string;
    d: Standing;
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
