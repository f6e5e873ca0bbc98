import { editionLabel } from '../i18n/names.ts';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { useMemo } from 'react';
import type { ListColumns } from '../schema/manifest.ts';
import { unitValueChecks, UNIT_VALUE_FACTOR } from '../derive/indicators.ts';
import { buildMapModel, seriesFromProductShards } from '../derive/map-model.ts';
import { editionBreaks } from '../derive/months.ts';
import { productCountries, productKeyFigure, productYearly } from '../derive/profile.ts';
import { productLists, type ProductListEntry } from '../derive/profile-product.ts';
import { buildScale } from '../derive/scale.ts';
import { datasetOf, reachOf } from '../derive/resolve.ts';
import { useShard, useShards, useTopology } from '../data/use-data.ts';
import { formatAmount, formatInteger, formatMoney, formatShare } from '../format/number.ts';
import type {
  ColumnarShard,
  ConversionColumns,
  DatasetMeta,
  ProductColumns,
  ShardRef,
  WorldPaths,
} from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import type { Flow } from '../state/params.ts';
import type { TooltipContent } from '../charts/choropleth/Choropleth.tsx';
import { SmallMap } from './SmallMap.tsx';
import { Trend } from '../charts/trend/Trend.tsx';
import { Strip } from '../charts/strip/Strip.tsx';
import { StateSelects } from '../ui/StateSelects.tsx';
import { KeyFigure } from '../ui/KeyFigure.tsx';
import { ChartFrame } from '../ui/ChartCard.tsx';
import { linkTo } from '../ui/link-to.ts';
import { HsSearch } from '../ui/controls/HsSearch.tsx';
import { DataTable, formatPerTonne, formatRatio, formatTonnes, type Row } from './ProfileParts.tsx';
import type { ViewProps } from '../state/view-props.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../i18n/catalog/profiles.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);
registerCatalog(profilesCatalogue);

const TOP = 10;

/** The product profile (`view=product&hs=XXXXXX`): one HS code in one dataset. */
export function ProductView(props: ViewProps) {
  const { manifest, state, t } = props;
  const ds = datasetOf(manifest, state);
  const code = state.hs;
  const ref = code ? manifest.shards.product[shardKey.product(state.dataset, code)] : undefined;
  const lists = (ds?.lists ?? [])
    .map((id) => ({
      id,
      meta: manifest.lists.find((l) => l.id === id),
      ref: manifest.shards.list[id],
    }))
    .filter((l) => l.meta && l.ref);
  const convIds = (ds?.listConversions ?? [])
    .map((c) => c.shard)
    .filter((k) => manifest.shards.conversion?.[k]);
  const product = useShard<ProductColumns>(ref, t('prNoProductShard'));
  const listShards = useShards<ListColumns>(
    code && ds ? lists.map((l) => l.ref as ShardRef) : [],
    t('pgNoListShard'),
  );
  const convShards = useShards<ConversionColumns>(
    code && ds ? convIds.map((k) => manifest.shards.conversion?.[k] as ShardRef) : [],
  );
  const topo = useTopology<WorldPaths>(ref ? manifest.geo.world : undefined);

  let body;
  if (!ds) body = null;
  else if (ds.granularity !== 'hs6')
    body = <p className="pg-note">{t('prProductNotHs6', { dataset: ds.title })}</p>;
  else if (!code) body = <CodeIndex {...props} ds={ds} />;
  else if (!ref)
    body = (
      <p className="pg-note" role="note">
        {t('prProductNoData', { code, dataset: ds.title })}
      </p>
    );
  else {
    const failed = [product, listShards, convShards].find((x) => x.status === 'error');
    if (failed?.status === 'error') body = <DataErrorNote t={t} failure={failed} />;
    else if (
      product.status === 'ready' &&
      listShards.status === 'ready' &&
      convShards.status === 'ready'
    ) {
      const found = productLists(
        code,
        ds,
        lists.map((l, i) => ({
          meta: l.meta as NonNullable<typeof l.meta>,
          shard: listShards.data[i] as ColumnarShard<ListColumns>,
        })),
        new Map(convIds.map((k, i) => [k, convShards.data[i] as ColumnarShard<ConversionColumns>])),
      );
      body = <Product {...props} ds={ds} shard={product.data} found={found} topo={topo} />;
    } else body = <p role="status">{t('loading')}</p>;
  }
  return (
    <section className="pg pg-product" aria-labelledby="pr-product-h" data-hs={code || undefined}>
      <h2 id="pr-product-h">{code ? t('pgSelHs', { code }) : t('prProductTitle')}</h2>
      <CoverageNote ds={ds} t={t} lang={props.lang} year={props.state.year} />
      {code && ds?.granularity === 'hs6' && (
        <div className="pr-controls">
          <StateSelects {...props} which={['year', 'flow']} />
        </div>
      )}
      {ds?.granularity === 'hs6' && (
        <div className="pr-search">
          {/* Keyed by dataset: a query typed for another dataset's codes starts over. */}
          <HsSearch
            key={`pr-hs-${ds.id}`}
            manifest={manifest}
            ds={ds}
            hs={code}
            update={(patch, how) => props.update({ ...patch, view: 'product' }, how)}
            t={t}
          />
        </div>
      )}
      <p className="pr-controls">
        <a {...linkTo(props, { view: 'map' })}>{t('pgBackToMap')}</a>
      </p>
      {body}
    </section>
  );
}

/** Without a code: every code with recorded trade in the dataset, each a link. */
function CodeIndex(props: ViewProps & { ds: DatasetMeta }) {
  const { manifest, ds, t } = props;
  const prefix = `${ds.id}/`;
  const codes = Object.keys(manifest.shards.product)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
    .sort();
  return (
    <>
      <p>{t('prProductNone', { dataset: ds.title })}</p>
      <ul className="pr-code-index">
        {codes.map((c) => (
          <li key={c}>
            <a {...linkTo(props, { hs: c })}>{c}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

const STATUS_KEY = {
  same: 'prStatusSame',
  exact: 'prStatusExact',
  split: 'prStatusSplit',
  merged: 'prStatusMerged',
  'n:n': 'prStatusNN',
  none: 'prStatusNone',
} as const;

function Product(
  props: ViewProps & {
    ds: DatasetMeta;
    shard: ColumnarShard<ProductColumns>;
    found: ReturnType<typeof productLists>;
    topo: ReturnType<typeof useTopology<WorldPaths>>;
  },
) {
  const { manifest, state, t, lang, nameOf, ds, shard, found } = props;
  const code = state.hs;
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const flowWord = (f: Flow) => t(f === 'export' ? 'pgExports' : 'pgImports');
  const covered = useMemo(() => reachOf(ds, state.flow), [ds, state.flow]);
  const profiled = useMemo(
    () =>
      new Set(
        Object.keys(manifest.shards.country)
          .filter((k) => k.startsWith(`${ds.id}/`))
          .map((k) => k.slice(ds.id.length + 1)),
      ),
    [manifest, ds.id],
  );
  // A year in which the input holds no row of this code is "no data" (Eurostat's HS2017
  // years have no HS2022-only code), never a zero.
  const heldYears = useMemo(() => new Set(shard.data.year.map(Number)), [shard]);
  const broad = found.entries.some((e) => e.specificity === 'broad');
  const spec = (e: ProductListEntry) =>
    e.specificity === 'broad'
      ? t('prBroad')
      : e.specificity === 'core'
        ? t('prCore')
        : t('prUnspecified');
  const listRows: Row[] = found.entries.map((e, i) => ({
    key: `${e.list}-${e.category}-${i}`,
    head: e.listName,
    cells: [
      { text: e.categoryLabel + (e.inTotal ? '' : ` (${t('pgNotInTotal')})`), words: true },
      { text: e.regime || '–', words: true },
      { text: spec(e), words: true },
      {
        words: true,
        text:
          e.status === 'same'
            ? t('prStatusSame')
            : t('prConvertedFrom', {
                from: e.listEdition,
                code: e.listCode,
                status: t(STATUS_KEY[e.status]),
              }),
      },
    ],
  }));
  const countryRows = (flow: Flow): Row[] =>
    productCountries(shard, state.year, flow)
      .rows.slice(0, TOP)
      .map((r) => ({
        key: r.iso3,
        head: profiled.has(r.iso3) ? (
          <a {...linkTo(props, { view: 'country', country: r.iso3, hs: '' })}>{nameOf(r.iso3)}</a>
        ) : (
          nameOf(r.iso3)
        ),
        cells: [
          { text: money(r.value), value: r.value },
          { text: formatShare(r.share, lang) },
          { text: formatTonnes(r.quantityT, false, lang) },
          { text: formatPerTonne(r.unitValue, ds.currency, lang) },
        ],
      }));
  const yearly = productYearly(shard, ds.years).map((p) =>
    heldYears.has(p.year) ? p : { year: p.year, export: null, import: null },
  );
  const flow = state.flow;
  const uv = unitValueChecks(productCountries(shard, state.year, flow).rows);
  const flagged = uv.checks.filter((c) => c.flagged).map((c) => c.iso3);
  const sorted = [...uv.checks].sort((a, b) => a.unitValue - b.unitValue);
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  const perT = (v: number) => formatPerTonne(v, ds.currency, lang);
  const description = found.description;
  const noDataOr = (v: number | null | undefined) =>
    v === null || v === undefined ? t('covNoData') : formatMoney(v, ds.currency, lang);

  return (
    <>
      {heldYears.has(state.year) && <ProductKeyFigures {...props} shard={shard} />}
      <dl className="pg-facts" data-testid="product-facts">
        <dt>{t('pgCode')}</dt>
        <dd>{code}</dd>
        <dt>{t('prEdition')}</dt>
        <dd>
          {editionLabel(ds.hsEdition, lang)}
          {Object.keys(ds.yearEditions ?? {}).length > 0 &&
            ` (${Object.entries(ds.yearEditions ?? {})
              .map(([y, e]) => t('moYearsEdition', { years: y, edition: e }))
              .join(', ')})`}
        </dd>
        <dt>{t('prDescription')}</dt>
        <dd data-testid="product-description" lang="en">
          {description || '–'}
        </dd>
      </dl>

      <h3>{t('prLists')}</h3>
      <DataTable
        testId="product-lists"
        caption={t('prListsCaption', { code })}
        head={[
          t('pgList'),
          t('pgCategory'),
          t('prRegime'),
          t('prSpecificity'),
          t('prConversionStatus'),
        ]}
        rows={listRows}
        empty={t('prOnNoList', { code })}
      />
      {found.yearEditions.map((y) => (
        <p key={y.list} className="muted">
          {t('prYearEditionMapping', {
            list: manifest.lists.find((l) => l.id === y.list)?.name ?? y.list,
            edition: y.edition,
            status: t(STATUS_KEY[y.status]),
            codes: y.codes.join(', ') || '–',
          })}
        </p>
      ))}
      {broad && (
        <p className="pg-note" role="note" data-testid="broad-caveat">
          {t('prBroadCaveat', { code })}
        </p>
      )}

      {!heldYears.has(state.year) && (
        <p className="pg-note" role="note" data-testid="product-year-no-data">
          {t('covCodeNone', { code, year: String(state.year) })}
        </p>
      )}
      <h3>{t('prTopCountries')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((f) => (
          <DataTable
            key={f}
            testId={`product-${f}ers`}
            caption={t(f === 'export' ? 'prExportersCaption' : 'prImportersCaption', {
              n: TOP,
              code,
              year: String(state.year),
            })}
            head={[
              t('prCountry'),
              t('value'),
              t('prShareOfWorld'),
              t('prQuantity'),
              t('prUnitValue'),
            ]}
            rows={countryRows(f)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
      <p className="muted">{t('prShareOfWorldNote')}</p>

      <ChartFrame props={props}>
        <ProductMap {...props} covered={covered} />
      </ChartFrame>

      <ChartFrame props={props}>
        <section aria-labelledby="pr-ptrend-h">
          <h3 id="pr-ptrend-h">{t('prTrend')}</h3>
          {yearly.length > 1 ? (
            <Trend
              lang={lang}
              years={yearly.map((p) => p.year)}
              series={[
                { id: 'export', label: t('pgExports'), className: 'tr-export' },
                { id: 'import', label: t('pgImports'), className: 'tr-import' },
              ]}
              values={[yearly.map((p) => p.export), yearly.map((p) => p.import)]}
              breaks={editionBreaks(ds).map((b) => ({
                year: b.year,
                label: t('prEditionMarker', { edition: b.to }),
              }))}
              highlight={[state.year]}
              title={t('prProductTrendTitle', { code, currency: ds.currency })}
              summary={t('prProductTrendSummary', {
                y0: String(yearly[0]?.year ?? ''),
                y1: String(yearly[yearly.length - 1]?.year ?? ''),
                ex0: noDataOr(yearly[0]?.export),
                ex1: noDataOr(yearly[yearly.length - 1]?.export),
              })}
              formatTick={(v) => formatMoney(v, ds.currency, lang)}
              formatValue={money}
              tableCaption={t('prProductTrendTitle', { code, currency: ds.currency })}
              yearHeader={t('pgYear')}
              noData={t('covNoData')}
              highlightNote={t('prSelected')}
            />
          ) : (
            <p className="muted">{t('prTrendOne', { year: String(state.year) })}</p>
          )}
        </section>
      </ChartFrame>

      <section aria-labelledby="pr-uv-h">
        <h3 id="pr-uv-h">{t('prUvDist')}</h3>
        <p className="muted">{t('prUvDistHow', { factor: String(UNIT_VALUE_FACTOR) })}</p>
        {uv.median !== null && lo && hi ? (
          <Strip
            lang={lang}
            points={uv.checks.map((c) => ({
              id: c.iso3,
              label: nameOf(c.iso3),
              value: c.unitValue,
            }))}
            median={uv.median}
            highlight={flagged}
            title={t('prUvDistTitle', {
              flow: flowWord(flow),
              code,
              year: String(state.year),
              currency: ds.currency,
            })}
            summary={t('prUvDistSummary', {
              n: formatInteger(uv.countries, lang),
              median: perT(uv.median),
              min: perT(lo.unitValue),
              minC: nameOf(lo.iso3),
              max: perT(hi.unitValue),
              maxC: nameOf(hi.iso3),
              flagged: formatInteger(flagged.length, lang),
              factor: String(UNIT_VALUE_FACTOR),
            })}
            medianLabel={t('prMedian')}
            formatTick={(v) => formatMoney(v, ds.currency, lang)}
            formatValue={perT}
            tableToggle={t('prShowTable')}
            tableCaption={t('prUvDistTitle', {
              flow: flowWord(flow),
              code,
              year: String(state.year),
              currency: ds.currency,
            })}
            head={[t('prCountry'), t('prUvCountry'), t('prUvRatio')]}
            extra={(id) => {
              const c = uv.checks.find((x) => x.iso3 === id);
              return c ? formatRatio(c.ratio, lang) : '';
            }}
          />
        ) : (
          <p className="pg-empty">{t('prUvDistNone')}</p>
        )}
      </section>
      <p className="pr-source" data-testid="print-caption">
        {t('prPrintCaption', {
          dataset: ds.title,
          list: t('pgSelHs', { code }),
          year: String(state.year),
          currency: ds.currency,
          source: ds.citation,
        })}
      </p>
    </>
  );
}

function ProductMap(
  props: ViewProps & {
    ds: DatasetMeta;
    shard: ColumnarShard<ProductColumns>;
    topo: ReturnType<typeof useTopology<WorldPaths>>;
    covered: string[];
  },
) {
  const { state, t, lang, nameOf, ds, shard, topo, covered, update } = props;
  const code = state.hs;
  const model = useMemo(
    () =>
      buildMapModel(
        seriesFromProductShards([{ hs6: code, shard }], state.flow),
        state.year,
        null,
        covered,
      ),
    [code, shard, state.flow, state.year, covered],
  );
  const scale = useMemo(
    () =>
      buildScale(
        'value',
        [...model.values.values()].map((v) => v.value),
      ),
    [model],
  );
  const flowWord = t(state.flow === 'export' ? 'pgExports' : 'pgImports');
  const title = t('prMapTitle', {
    flow: flowWord,
    code,
    year: String(state.year),
    currency: ds.currency,
  });
  const describe = (id: string): TooltipContent => {
    const v = model.values.get(id);
    const name = nameOf(id);
    if (!v) return { title: name, lines: [t('tooltipNoData')] };
    if (v.value === 0) return { title: name, lines: [t('tooltipZero')] };
    return {
      title: name,
      lines: [
        formatMoney(v.value, ds.currency, lang),
        t('tooltipRank', { rank: v.rank, n: model.reporting }),
        t('tooltipShare', { share: formatShare(v.share, lang) }),
      ],
    };
  };
  return (
    <SmallMap
      headingId="pr-map-h"
      className="pr-map"
      title={title}
      topo={topo}
      model={model}
      scale={scale}
      currency={ds.currency}
      describe={describe}
      onSelect={(id) => update({ view: 'country', country: id, hs: '' })}
      showZero
      t={t}
      lang={lang}
    />
  );
}

/**
 * The code's world totals in the year, compact with the exact amount on demand, each with the
 * number of countries and the largest: what a reader takes in first, on a phone's first screen.
 * The same rows as the tables of countries below, so the shares there add up to these.
 */
function ProductKeyFigures(
  props: ViewProps & { ds: DatasetMeta; shard: ColumnarShard<ProductColumns> },
) {
  const { ds, shard, state, t, lang, nameOf } = props;
  const year = String(state.year);
  return (
    <section aria-labelledby="pr-kf-h">
      <h3 id="pr-kf-h">{t('prKfHeading', { year })}</h3>
      <dl className="pg-totals kf" data-testid="product-key-figures">
        {(['export', 'import'] as const).map((flow) => {
          const k = productKeyFigure(shard, state.year, flow);
          return (
            <div key={flow} data-flow={flow}>
              <dt>{t(flow === 'export' ? 'prKfExport' : 'prKfImport')}</dt>
              <dd data-value={k.total} data-countries={k.countries}>
                <KeyFigure value={k.total} currency={ds.currency} lang={lang} />
                <span className="kf-rank" data-top={k.top?.iso3}>
                  {k.top
                    ? t(flow === 'export' ? 'prKfExporters' : 'prKfImporters', {
                        n: k.countries,
                        top: nameOf(k.top.iso3),
                        share: formatShare(k.top.share, lang),
                      })
                    : t('pgNoTradeDirection')}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
