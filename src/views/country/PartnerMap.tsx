import { useMemo } from 'react';
import type { TooltipContent } from '../../charts/choropleth/Choropleth.tsx';
import type { useTopology } from '../../data/use-data.ts';
import { buildMapModel } from '../../derive/map-model.ts';
import { buildScale } from '../../derive/scale.ts';
import { formatMoney, formatShare } from '../../format/number.ts';
import { SmallMap } from '../SmallMap.tsx';
import type { DatasetMeta, WorldPaths } from '../../schema/manifest.ts';
import type { Flow } from '../../state/params.ts';
import type { ViewProps } from '../../state/view-props.ts';

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
  const model = useMemo(
    () =>
      buildMapModel(
        partners.map((p) => ({ year: state.year, iso3: p.key, value: p.value, broad: 0 })),
        state.year,
        null,
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
    <SmallMap
      headingId="pr-partner-map-h"
      className="pr-map pr-partner-map"
      title={title}
      topo={topo}
      model={model}
      scale={scale}
      currency={ds.currency}
      describe={describe}
      onSelect={(id) => update({ country: id })}
      showZero={false}
      highlightId={iso3}
      highlightFill={SELF}
      t={t}
      lang={lang}
    >
      <p className="muted">{t('prPartnerMapNote', { country: nameOf(iso3) })}</p>
    </SmallMap>
  );
}
