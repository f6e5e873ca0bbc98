import { Announce } from '../ui/Announce.tsx';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { MapColumns, MonthColumns, ProductColumns, WorldPaths } from '../schema/manifest.ts';
import { useShards, useTopology } from '../data/use-data.ts';
import { useSelection } from './use-selection.ts';
import { metricValue, type MapModel } from '../derive/map-model.ts';
import { loadShard } from '../data/loader.ts';
import { periodLabel } from '../derive/months.ts';
import { buildScale } from '../derive/scale.ts';
import { countryFills } from '../derive/fills.ts';
import { broadCodesOf, listInfo, selectionLabel } from '../derive/list-info.ts';
import { mapFigures, productYears } from '../derive/figures.ts';
import { coverageOf, reachLimited, resolve } from '../derive/resolve.ts';
import { formatChange, formatInteger, formatMoney, formatShare } from '../format/number.ts';
import { layoutWorld } from '../charts/choropleth/layout.ts';
import { Choropleth, type TooltipContent } from '../charts/choropleth/Choropleth.tsx';
import { Legend } from '../charts/choropleth/Legend.tsx';
import { ChartCard } from '../ui/ChartCard.tsx';
import { Controls } from '../ui/Controls.tsx';
import { SelectionCoverage } from '../ui/SelectionCoverage.tsx';
import { RankingTable } from './RankingTable.tsx';
import type { ViewProps } from '../state/view-props.ts';
import { DataErrorNote, LoadingStatus } from '../ui/DataStatus.tsx';
import { FoldedControls } from '../ui/FoldedControls.tsx';
import './map-view.css';

// Groups load only when asked for (or named in the address), never with the first view.
const MapGroups = lazy(() => import('./group-map.tsx').then((m) => ({ default: m.MapGroups })));

/** The map explorer (view=map) and the full ranking (view=table), on the same filters. */
export function MapView(props: ViewProps) {
  const { manifest, state, t, lang } = props;
  const [groupsAsked, setGroupsAsked] = useState(false);
  const [outline, setOutline] = useState<ReadonlySet<string>>(() => new Set());
  const setMembers = useMemo(() => (m: string[]) => setOutline(new Set(m)), []);
  const showGroups = groupsAsked || state.group !== '' || state.members.length > 0;
  const { res, sel } = useSelection(manifest, state);
  const ds = res?.dataset;
  // Every value is shown in its own dataset's currency; nothing here assumes one.
  const currency = ds?.currency ?? '';
  const byCode = res?.kind === 'hs' || res?.kind === 'codes';

  const topo = useTopology<WorldPaths>(state.view === 'map' ? manifest.geo.world : undefined);
  const mapShards = useShards<MapColumns>(res && !res.monthShards ? res.refs.map : []);
  const monthShards = useShards<MonthColumns>(
    res?.monthShards ? res.refs.month : [],
    t('moNoMonthShard'),
  );
  const products = useShards<ProductColumns>(res ? res.refs.product.map((p) => p.ref) : []);
  const lists = useShards<string>((ds?.lists ?? []).map((l) => manifest.shards.list[l]));
  const info = useMemo(() => (lists.status === 'ready' ? listInfo(lists.data) : null), [lists]);
  const productList = useMemo(
    () =>
      res && products.status === 'ready'
        ? res.refs.product.map((p, i) => ({
            code: p.code,
            shard: products.data[i] as (typeof products.data)[number],
          }))
        : null,
    [res, products],
  );

  // Known before the figures: a selection without data must never flash as zeros.
  const coverage = useMemo(
    () =>
      res && sel && (!byCode || productList)
        ? coverageOf(res, sel, res.period.year, productList ? productYears(productList) : undefined)
        : null,
    [res, sel, byCode, productList],
  );
  const model = useMemo(() => {
    if (!res || !coverage) return null;
    if (byCode) {
      if (!productList) return null;
      const src = {
        products: productList,
        broadCodes: info ? broadCodesOf(info) : new Set<string>(),
      };
      return mapFigures(manifest, res, state.flow, src, coverage);
    }
    if (res.monthShards) {
      return monthShards.status === 'ready'
        ? mapFigures(manifest, res, state.flow, { month: monthShards.data }, coverage)
        : null;
    }
    return mapShards.status === 'ready'
      ? mapFigures(manifest, res, state.flow, { map: mapShards.data }, coverage)
      : null;
  }, [manifest, res, coverage, byCode, productList, info, monthShards, mapShards, state.flow]);

  // Fetch the neighbouring years' map shards once this one is shown, so stepping through
  // the years never waits for the network.
  const ready = model !== null;
  useEffect(() => {
    if (!ready || !ds || byCode) return;
    const i = ds.years.indexOf(state.year);
    for (const y of [ds.years[i - 1], ds.years[i + 1]]) {
      if (y === undefined) continue;
      const other = resolve(manifest, { ...state, year: y });
      for (const ref of other?.monthShards ? other.refs.month : (other?.refs.map ?? []))
        void loadShard(ref).catch(() => undefined);
    }
  }, [ready, ds, byCode, state, manifest]);

  const scale = useMemo(() => {
    if (!model) return null;
    const vals = [...model.values.values()]
      .map((v) => metricValue(v, state.metric))
      .filter((v): v is number => v !== null);
    return buildScale(state.metric, vals);
  }, [model, state.metric]);

  const selection = selectionLabel(res, info, t, lang);
  const partial = (vars: { year: string; range: string }) => t('moYearPart', vars);
  const month = res?.period.month ?? 0;
  const period = periodLabel(ds, state.year, month, lang, partial);
  // The earlier period is named by the months it is compared over ("2021 (January–November)").
  const prevPeriod = res?.previous
    ? periodLabel(ds, res.previous.year, month, lang, partial, res.previous.months)
    : '';
  const title = t(state.flow === 'export' ? 'titleExport' : 'titleImport', {
    selection,
    year: period,
    currency,
  });
  const shardError =
    !byCode && res?.monthShards && monthShards.status === 'error'
      ? monthShards
      : !byCode && !res?.monthShards && mapShards.status === 'error'
        ? mapShards
        : products.status === 'error'
          ? products
          : null;
  // A change between periods whose covered codes differ is partly a change of coverage.
  const prevCoverage =
    res?.previous && sel && !byCode ? coverageOf(res, sel, res.previous.year) : null;
  const coverageChanged =
    coverage !== null &&
    prevCoverage !== null &&
    coverage.withRows.join() !== prevCoverage.withRows.join();
  const partialCoverage = coverage !== null && !coverage.complete && coverage.unit === 'code';
  // "World total" only where the data are world trade of every selected code.
  const totalLine = (value: string) =>
    t(
      partialCoverage && res?.kind !== 'hs'
        ? 'covWorldPartial'
        : ds && reachLimited(ds)
          ? 'covReachTotal'
          : 'covWorldComplete',
      {
        k: formatInteger(coverage?.withRows.length ?? 0, lang),
        value,
        n: formatInteger(model?.reporting ?? 0, lang),
      },
    );
  const worldLine = model ? totalLine(formatMoney(model.world, currency, lang)) : '';

  return (
    <div className="map-view">
      <aside className="map-controls">
        <FoldedControls summary={t('ctlFoldSummary')}>
          <Controls {...props} />
        </FoldedControls>
      </aside>
      <ChartCard
        props={props}
        titleId="map-title"
        title={title}
        className="map-main"
        subtitle={
          shardError ? null : !model || !scale ? (
            // Same box as the loaded view, so nothing jumps when the data arrives.
            <p className="upper-bound card-subtitle" aria-hidden="true">
              &nbsp;
            </p>
          ) : (
            <p
              className="upper-bound card-subtitle"
              data-testid="world-total"
              data-value={model.world}
            >
              {model.worldBroad > 0
                ? t('upperBound', { share: formatShare(model.worldBroad / model.world, lang) })
                : t('upperBoundGeneric')}{' '}
              {worldLine}
            </p>
          )
        }
      >
        <Announce text={model ? `${title}. ${worldLine}` : ''} />
        {shardError ? (
          <DataErrorNote t={t} failure={shardError} />
        ) : !model || !scale ? (
          <>
            <LoadingStatus
              t={t}
              lang={lang}
              className={state.view === 'map' ? 'map-loading' : undefined}
            />
            {state.view === 'map' && <div className="legend-space" aria-hidden="true" />}
          </>
        ) : (
          <>
            {coverageChanged && coverage && prevCoverage && (
              <p className="series-break" role="note" data-testid="coverage-changed">
                {t('covChangeDiffers', {
                  prev: prevPeriod,
                  year: period,
                  a: t('covKofN', {
                    k: formatInteger(prevCoverage.withRows.length, lang),
                    n: formatInteger(prevCoverage.asked.length, lang),
                  }),
                  b: t('covKofN', {
                    k: formatInteger(coverage.withRows.length, lang),
                    n: formatInteger(coverage.asked.length, lang),
                  }),
                })}
              </p>
            )}
            {state.view === 'map' && (
              <MapPanel
                {...props}
                model={model}
                scale={scale}
                title={title}
                currency={currency}
                prevPeriod={prevPeriod}
                topo={topo}
                outline={outline}
              />
            )}
          </>
        )}
        {/* What the figures cover: read after the chart, as a chart's notes are. */}
        <CoverageNote ds={ds} t={t} lang={props.lang} year={props.state.year} />
        {res && coverage && (
          <SelectionCoverage {...props} res={res} coverage={coverage} period={period} />
        )}
      </ChartCard>
      {/* Its own grid area: beside the map on a wide screen, under it elsewhere. */}
      {model && scale && !shardError && (
        <section className="map-ranking" aria-labelledby="ranking-heading">
          {showGroups ? (
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <MapGroups {...props} model={model} currency={currency} onMembers={setMembers} />
            </Suspense>
          ) : (
            <button type="button" className="map-groups-open" onClick={() => setGroupsAsked(true)}>
              {t('mapGroupsButton')}
            </button>
          )}
          <h3 id="ranking-heading" className="ranking-heading">
            {t('rankingHeading')}
          </h3>
          <RankingTable
            {...props}
            model={model}
            currency={currency}
            period={period}
            prevPeriod={prevPeriod}
            compact={state.view === 'map'}
            totalLine={totalLine}
          />
        </section>
      )}
    </div>
  );
}

type Loaded = ReturnType<typeof useTopology<WorldPaths>>;

/** The place ranked first, as the ranking table ranks it. */
function topRanked(model: MapModel): string | undefined {
  for (const v of model.values.values()) if (v.rank === 1) return v.iso3;
  return undefined;
}

function MapPanel({
  model,
  scale,
  title,
  currency,
  prevPeriod,
  topo,
  outline,
  manifest,
  state,
  t,
  lang,
  nameOf,
  update,
}: ViewProps & {
  model: MapModel;
  scale: NonNullable<ReturnType<typeof buildScale>>;
  title: string;
  currency: string;
  prevPeriod: string;
  topo: Loaded;
  outline: ReadonlySet<string>;
}) {
  const layout = useMemo(() => (topo.status === 'ready' ? layoutWorld(topo.data) : null), [topo]);
  const ids = useMemo(() => layout?.shapes.map((s) => s.id) ?? [], [layout]);
  const fills = useMemo(
    () => countryFills(ids, model, state.metric, scale),
    [ids, model, state.metric, scale],
  );
  const geoNames = useMemo(
    () => new Map(layout?.shapes.map((s) => [s.id, s.names[lang]]) ?? []),
    [layout, lang],
  );

  const fmt = (v: number) =>
    state.metric === 'value'
      ? formatMoney(v, currency, lang)
      : state.metric === 'share'
        ? formatShare(v, lang)
        : formatChange(v, lang);
  const prev = prevPeriod;
  const describe = (id: string): TooltipContent => {
    const name = geoNames.get(id) ?? nameOf(id);
    const v = model.values.get(id);
    if (!v)
      return {
        title: name,
        lines: [
          t('covNotCoveredTip', {
            flow: t(state.flow === 'export' ? 'covFlowExports' : 'covFlowImports'),
          }),
        ],
      };
    if (v.value === 0 && state.metric !== 'change')
      return { title: name, lines: [t('tooltipZero')] };
    const lines = [formatMoney(v.value, currency, lang)];
    if (v.rank > 0) lines.push(t('tooltipRank', { rank: v.rank, n: model.reporting }));
    lines.push(t('tooltipShare', { share: formatShare(v.share, lang) }));
    if (model.previousYear !== null) {
      lines.push(
        v.change === null
          ? t('tooltipNoPrev', { prev })
          : t('tooltipChange', { change: formatChange(v.change, lang), prev }),
      );
    }
    return { title: name, lines };
  };
  // A change across a change of HS edition (Eurostat's CN: HS2017 to 2021, HS2022 from 2022)
  // mixes trade with nomenclature: say so where the change is shown.
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const editionOf = (y: number) => ds?.yearEditions?.[String(y)] ?? ds?.hsEdition ?? '';
  const prevYear = model.previousYear;
  const seriesBreak =
    state.metric === 'change' && prevYear !== null && editionOf(prevYear) !== editionOf(state.year)
      ? t('seriesBreak', {
          prevYear: String(prevYear),
          year: String(state.year),
          from: editionOf(prevYear),
          to: editionOf(state.year),
        })
      : null;
  const legendTitle =
    state.metric === 'value'
      ? t('metricValueLabel', { currency })
      : state.metric === 'share'
        ? t('metricShareLabel')
        : t('metricChangeLabel', { prev });

  return (
    <div className="map-panel">
      {topo.status === 'error' ? (
        <DataErrorNote t={t} failure={topo} />
      ) : !layout ? (
        <LoadingStatus t={t} lang={lang} className="map-loading" />
      ) : (
        <>
          <Choropleth
            layout={layout}
            fills={fills}
            describe={describe}
            ariaLabel={t('mapLabel', { title })}
            onSelect={(id) => update({ view: 'country', country: id })}
            t={t}
            firstFocus={topRanked(model)}
            outline={outline}
          />
          <Legend
            scale={scale}
            title={legendTitle}
            format={fmt}
            t={t}
            showZero={state.metric !== 'change'}
            naLabel={state.metric === 'change' ? t('legendNa', { prev }) : undefined}
          />
          {seriesBreak && (
            <p className="series-break" role="note">
              {seriesBreak}
            </p>
          )}
        </>
      )}
    </div>
  );
}
