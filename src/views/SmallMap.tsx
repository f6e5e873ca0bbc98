import { useMemo, type ReactNode } from 'react';
import { Choropleth, type TooltipContent } from '../charts/choropleth/Choropleth.tsx';
import { Legend } from '../charts/choropleth/Legend.tsx';
import { layoutWorld } from '../charts/choropleth/layout.ts';
import type { useTopology } from '../data/use-data.ts';
import { countryFills } from '../derive/fills.ts';
import type { MapModel } from '../derive/map-model.ts';
import type { ColorScale } from '../derive/scale.ts';
import { formatMoney } from '../format/number.ts';
import type { Lang, WorldPaths } from '../schema/manifest.ts';
import type { T } from '../i18n/types.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';

/**
 * The profiles' small value map (a product's traders, a country's partners): the world
 * shaded by one model's values, its legend, and an optional country drawn in a fixed colour.
 */
export function SmallMap(props: {
  headingId: string;
  className: string;
  title: string;
  topo: ReturnType<typeof useTopology<WorldPaths>>;
  model: MapModel;
  scale: ColorScale;
  currency: string;
  describe: (id: string) => TooltipContent;
  onSelect: (id: string) => void;
  showZero: boolean;
  /** A country drawn in `highlightFill` instead of its value's colour. */
  highlightId?: string;
  highlightFill?: string;
  t: T;
  lang: Lang;
  children?: ReactNode;
}) {
  const { topo, model, scale, highlightId, highlightFill, t, lang, currency, title } = props;
  const layout = useMemo(() => (topo.status === 'ready' ? layoutWorld(topo.data) : null), [topo]);
  const fills = useMemo(() => {
    const ids = layout?.shapes.map((s) => s.id) ?? [];
    const f = countryFills(ids, model, 'value', scale);
    if (highlightId && highlightFill && f.has(highlightId)) f.set(highlightId, highlightFill);
    return f;
  }, [layout, model, scale, highlightId, highlightFill]);
  return (
    <section aria-labelledby={props.headingId} className={props.className}>
      <h3 id={props.headingId}>{title}</h3>
      {topo.status === 'error' ? (
        <DataErrorNote t={t} failure={topo} />
      ) : !layout ? (
        <p role="status">{t('loadingMap')}</p>
      ) : (
        <>
          <Choropleth
            layout={layout}
            fills={fills}
            describe={props.describe}
            ariaLabel={t('mapLabel', { title })}
            onSelect={props.onSelect}
            t={t}
          />
          <Legend
            scale={scale}
            title={t('metricValueLabel', { currency })}
            format={(v) => formatMoney(v, currency, lang)}
            t={t}
            showZero={props.showZero}
          />
          {props.children}
        </>
      )}
    </section>
  );
}
