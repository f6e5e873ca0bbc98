import { CoverageNote } from '../ui/CoverageNote.tsx';
import { useEffect, useMemo } from 'react';
import type { MapColumns, MonthColumns, ProductColumns, WorldPaths } from '../schema/manifest.ts';
import { useShards, useTopology } from '../data/use-data.ts';
import {
  buildMapModel,
  metricValue,
  seriesFromMapShard,
  seriesFromProductShards,
} from '../derive/map-model.ts';
import { coveredCountries, datasetOf, mapShardRefs, selectionOf } from '../derive/selection.ts';
import { loadShard } from '../data/loader.ts';
import {
  comparisonYear,
  monthShardRefs,
  periodLabel,
  periodMonths,
  periodShard,
  usesMonthShards,
} from '../derive/months.ts';
import { buildScale } from '../derive/scale.ts';
import { countryFills } from '../derive/fills.ts';
import { broadCodesOf, listInfo, selectionLabel } from '../derive/list-info.ts';
import { formatChange, formatMoney, formatShare } from '../format/number.ts';
import { layoutWorld } from '../charts/choropleth/layout.ts';
import { Choropleth, type TooltipContent } from '../charts/choropleth/Choropleth.tsx';
import { Legend } from '../charts/choropleth/Legend.tsx';
import { Controls } from '../ui/Controls.tsx';
import { RankingTable } from './RankingTable.tsx';
import type { ViewProps } from './types.ts';
import { DataErrorNote, LoadingStatus } from './DataStatus.tsx';
import './map-view.css';

/** The map explorer (view=map) and the full ranking (view=table), on the same filters. */
export function MapView(props: ViewProps) {
  const { manifest, state, t, lang } = props;
  const ds = useMemo(() => datasetOf(manifest, state), [manifest, state]);
  const sel = useMemo(() => selectionOf(manifest, state), [manifest, state]);
  // Every value is shown in its own dataset's currency; nothing here assumes one.
  const currency = ds?.currency ?? '';
  const byList = sel.kind === 'list' || sel.kind === 'category';
  // Monthly values exist for lists and categories (month shards), not for single codes.
  const month = byList ? state.month : 0;
  const monthly = byList && usesMonthShards(ds, state.year, month);
  const prevYear = comparisonYear(ds, state.year, month);
  const months = useMemo(() => periodMonths(ds, state.year, month), [ds, state.year, month]);

  const topo = useTopology<WorldPaths>(state.view === 'map' ? manifest.geo.world : undefined);
  const mapShards = useShards<MapColumns>(byList && !monthly ? sel.mapRefs : []);
  const monthShards = useShards<MonthColumns>(
    monthly && ds ? monthShardRefs(manifest, ds, state.list, state.year, month) : [],
    t('moNoMonthShard'),
  );
  const productRefs =
    sel.kind === 'hs' || sel.kind === 'codes' ? sel.productRefs.filter((r) => r !== undefined) : [];
  const products = useShards<ProductColumns>(productRefs);
  const lists = useShards<string>((ds?.lists ?? []).map((l) => manifest.shards.list[l]));
  const info = useMemo(() => (lists.status === 'ready' ? listInfo(lists.data) : null), [lists]);

  const series = useMemo(() => {
    if (sel.kind === 'list' || sel.kind === 'category') {
      if (monthly) {
        return monthShards.status === 'ready'
          ? seriesFromMapShard(periodShard(monthShards.data, months), sel.category, state.flow)
          : null;
      }
      return mapShards.status === 'ready'
        ? mapShards.data.flatMap((shard) => seriesFromMapShard(shard, sel.category, state.flow))
        : null;
    }
    if (products.status !== 'ready') return null;
    const codes = sel.kind === 'hs' ? [sel.hs] : sel.codes.filter((c) => !sel.missing.includes(c));
    const shards = products.data.map((shard, i) => ({ hs6: codes[i] ?? '', shard }));
    return seriesFromProductShards(shards, state.flow, info ? broadCodesOf(info) : new Set());
  }, [sel, monthly, monthShards, months, mapShards, products, state.flow, info]);

  // Fetch the neighbouring years' map shards once this one is shown, so stepping through
  // the years never waits for the network.
  const ready = (monthly ? monthShards : mapShards).status === 'ready';
  useEffect(() => {
    if (!ready || !ds || sel.kind === 'hs' || sel.kind === 'codes') return;
    const i = ds.years.indexOf(state.year);
    for (const y of [ds.years[i - 1], ds.years[i + 1]]) {
      if (y === undefined) continue;
      const refs = usesMonthShards(ds, y, month)
        ? monthShardRefs(manifest, ds, sel.list, y, month)
        : mapShardRefs(manifest, ds.id, sel.list, y);
      for (const ref of refs) void loadShard(ref).catch(() => undefined);
    }
  }, [ready, ds, sel, state.year, month, manifest]);

  const covered = useMemo(
    () => coveredCountries(manifest, state.dataset),
    [manifest, state.dataset],
  );
  const model = useMemo(
    () =>
      series && ds
        ? buildMapModel(
            series,
            state.year,
            prevYear === null ? [state.year] : [prevYear, state.year],
            covered,
          )
        : null,
    [series, ds, state.year, prevYear, covered],
  );
  const scale = useMemo(() => {
    if (!model) return null;
    const vals = [...model.values.values()]
      .map((v) => metricValue(v, state.metric))
      .filter((v): v is number => v !== null);
    return buildScale(state.metric, vals);
  }, [model, state.metric]);

  const selection = selectionLabel(manifest, state, info, t);
  const partial = (vars: { year: string; range: string }) => t('moYearPart', vars);
  const period = periodLabel(ds, state.year, month, lang, partial);
  // The earlier period is named by the months it is compared over ("2021 (January–November)").
  const prevPeriod =
    prevYear === null ? '' : periodLabel(ds, prevYear, month, lang, partial, months);
  const title = t(state.flow === 'export' ? 'titleExport' : 'titleImport', {
    selection,
    year: period,
    currency,
  });
  const shardError =
    byList && monthly && monthShards.status === 'error'
      ? monthShards
      : byList && !monthly && mapShards.status === 'error'
        ? mapShards
        : products.status === 'error'
          ? products
          : null;

  return (
    <div className="map-view">
      <aside className="map-controls">
        <Controls {...props} />
      </aside>
      <section className="map-main" aria-labelledby="map-title">
        <h2 id="map-title">{title}</h2>
        <CoverageNote ds={manifest.datasets.find((d) => d.id === state.dataset)} t={t} />
        {sel.kind === 'codes' && sel.missing.length > 0 && (
          <p className="notice">{t('codesNotCarried', { codes: sel.missing.join(', ') })}</p>
        )}
        {shardError ? (
          <DataErrorNote t={t} failure={shardError} />
        ) : !model || !scale ? (
          <>
            {/* Same boxes as the loaded view, so nothing jumps when the data arrives. */}
            <p className="upper-bound" aria-hidden="true">
              &nbsp;
            </p>
            <LoadingStatus
              t={t}
              lang={lang}
              className={state.view === 'map' ? 'map-loading' : undefined}
            />
            {state.view === 'map' && <div className="legend-space" aria-hidden="true" />}
          </>
        ) : (
          <>
            <p className="upper-bound">
              {model.worldBroad > 0
                ? t('upperBound', { share: formatShare(model.worldBroad / model.world, lang) })
                : t('upperBoundGeneric')}{' '}
              {t('worldTotal', {
                value: formatMoney(model.world, currency, lang),
                n: String(model.reporting),
              })}
            </p>
            {state.view === 'map' && (
              <MapPanel
                {...props}
                model={model}
                scale={scale}
                title={title}
                currency={currency}
                prevPeriod={prevPeriod}
                topo={topo}
              />
            )}
          </>
        )}
      </section>
      {/* Its own grid area, so on a phone the map comes first, then the controls, then this. */}
      {model && scale && !shardError && (
        <section className="map-ranking" aria-labelledby="ranking-heading">
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
          />
        </section>
      )}
    </div>
  );
}

type Loaded = ReturnType<typeof useTopology<WorldPaths>>;

function MapPanel({
  model,
  scale,
  title,
  currency,
  prevPeriod,
  topo,
  manifest,
  state,
  t,
  lang,
  nameOf,
  update,
}: ViewProps & {
  model: NonNullable<ReturnType<typeof buildMapModel>>;
  scale: NonNullable<ReturnType<typeof buildScale>>;
  title: string;
  currency: string;
  prevPeriod: string;
  topo: Loaded;
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
    if (!v) return { title: name, lines: [t('tooltipNoData')] };
    if (v.value === 0 && state.metric !== 'change')
      return { title: name, lines: [t('tooltipZero')] };
    const lines = [formatMoney(v.value, currency, lang)];
    if (v.rank > 0)
      lines.push(t('tooltipRank', { rank: String(v.rank), n: String(model.reporting) }));
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
