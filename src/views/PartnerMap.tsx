import { useMemo } from 'react';
import { Choropleth, type TooltipContent } from '../charts/choropleth/Choropleth.tsx';
import { Legend } from '../charts/choropleth/Legend.tsx';
import { layoutWorld } from '../charts/choropleth/layout.ts';
import type { useTopology } from '../data/use-data.ts';
import { countryFills } from '../derive/fills.ts';
import { buildMapModel } from '../derive/map-model.ts';
import { buildScale } from '../derive/scale.ts';
import { formatMoney, formatShare } from '../format/number.ts';
import type { DatasetMeta, WorldPaths } from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import type { ViewProps } from './types.ts';

/** Drawn in a fixed dark grey: the country whose partners the map shows. */
const SELF = '#252525';

/**
 * The country's partners on the world map: where its exports go, or where its imports come
 * from, shaded by value; the country itself in dark grey. Also what the printed country
 * sheet shows as its map.
 */
export function PartnerMap(
  props: ViewProps & {
    ds: DatasetMeta;
    flow: Flow;
    partners: { key: string; value: number }[];
    topo: ReturnType<typeof useTopology<WorldPaths>>;
  },
) {
  const { state, t, lang, nameOf, ds, flow, partners, topo, update } = props;
  const iso3 = state.country;
  const layout = useMemo(() => (topo.status === 'ready' ? layoutWorld(topo.data) : null), [topo]);
  const model = useMemo(
    () =>
      buildMapModel(
        partners.map((p) => ({ year: state.year, iso3: p.key, value: p.value, broad: 0 })),
        state.year,
        [state.year],
        partners.map((p) => p.key),
      ),
    [partners, state.year],
  );
  const scale = useMemo(
    () =>
      buildScale(
        'value',
        [...model.values.values()].map((v) => v.value),
      ),
    [model],
  );
  const fills = useMemo(() => {
    const ids = layout?.shapes.map((s) => s.id) ?? [];
    const f = countryFills(ids, model, 'value', scale);
    if (f.has(iso3)) f.set(iso3, SELF);
    return f;
  }, [layout, model, scale, iso3]);
  const title = t('prPartnerMapTitle', {
    country: nameOf(iso3),
    flow: t(flow === 'export' ? 'prPartnerMapExports' : 'prPartnerMapImports'),
    year: String(state.year),
    currency: ds.currency,
  });
  const describe = (id: string): TooltipContent => {
    const name = nameOf(id);
    if (id === iso3) return { title: name, lines: [t('prPartnerMapSelf')] };
    const v = model.values.get(id);
    if (!v || v.value === 0) return { title: name, lines: [t('tooltipNoData')] };
    return {
      title: name,
      lines: [
        formatMoney(v.value, ds.currency, lang),
        t('tooltipShare', { share: formatShare(v.share, lang) }),
      ],
    };
  };
  return (
    <section aria-labelledby="pr-partner-map-h" className="pr-map pr-partner-map">
      <h3 id="pr-partner-map-h">{title}</h3>
      {topo.status === 'error' ? (
        <div role="alert" className="data-error">
          <strong>{t('dataError')}</strong>: {topo.error}
        </div>
      ) : !layout ? (
        <p role="status">{t('loadingMap')}</p>
      ) : (
        <>
          <Choropleth
            layout={layout}
            fills={fills}
            describe={describe}
            ariaLabel={t('mapLabel', { title })}
            onSelect={(id) => update({ country: id })}
            t={t}
          />
          <Legend
            scale={scale}
            title={t('metricValueLabel', { currency: ds.currency })}
            format={(v) => formatMoney(v, ds.currency, lang)}
            t={t}
            showZero={false}
          />
          <p className="muted">{t('prPartnerMapNote', { country: nameOf(iso3) })}</p>
        </>
      )}
    </section>
  );
}
