import { useState } from 'react';
import type { Lang } from '../../schema/manifest.ts';
import { clauses, labelValue } from '../../i18n/punctuation.ts';
import type { Arc, FlowMapLayout } from './layout.ts';
import './flowmap.css';

export interface FlowTip {
  title: string;
  lines: string[];
}

interface Props {
  layout: FlowMapLayout;
  /** Faint base map: the choropleth's projected world, same coordinate space. */
  base: readonly { id: string; d: string }[];
  title: string;
  describe: (arc: Arc) => FlowTip;
  /** 'out' or 'in' relative to the chosen country, for colour; 'all' without one. */
  kind: (arc: Arc) => 'out' | 'in' | 'all';
  /** Words for the arcs' group (e.g. "Flows, largest first; Tab moves between them"). */
  arcsLabel: string;
  /** The language of the arcs' accessible names' punctuation. */
  lang?: Lang;
}

/**
 * Arcs and arrowheads drawn from layoutFlowMap. Every arc is focusable (largest first) and
 * hover and focus share one tooltip; the table beside the chart holds the same figures.
 */
export function FlowMap({ layout, base, title, describe, kind, arcsLabel, lang = 'en' }: Props) {
  // Pointer and focus are kept apart, so a pointer leaving (or a scroll moving the map away
  // from it) does not hide the tooltip of the arc the keyboard is on.
  const [hover, setHover] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const active = hover ?? focus;
  const arc = active === null ? undefined : layout.arcs[active];
  const tip = arc ? describe(arc) : null;
  return (
    <div className="fm" data-testid="flowmap">
      <svg
        className="fm-svg"
        data-export="flowmap"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={title}
      >
        <g className="fm-base" aria-hidden="true">
          {base.map((s) => (
            <path key={s.id} d={s.d} />
          ))}
        </g>
        <g className="fm-arcs" role="list" aria-label={arcsLabel}>
          {layout.arcs.map((a, i) => {
            const t = describe(a);
            return (
              <g
                key={`${a.exporter}>${a.importer}`}
                role="listitem"
                tabIndex={0}
                aria-label={labelValue(lang, t.title, clauses(lang, t.lines))}
                className={`fm-flow fm-${kind(a)}${active === i ? ' fm-active' : ''}`}
                data-exporter={a.exporter}
                data-importer={a.importer}
                data-value={a.value}
                onMouseEnter={() => setHover(i)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => setFocus(i)}
                onBlur={() => setFocus(null)}
              >
                <path className="fm-hit" d={a.d} strokeWidth={Math.max(8, a.width + 4)} />
                <path className="fm-arc" d={a.d} strokeWidth={a.width} opacity={a.opacity} />
                <path className="fm-arrow" d={a.arrow} opacity={a.opacity} />
              </g>
            );
          })}
        </g>
        <g className="fm-nodes" aria-hidden="true">
          {layout.nodes.map((n) => (
            <circle key={n.id} cx={n.x} cy={n.y} r={2.2} />
          ))}
        </g>
      </svg>
      {arc && tip && (
        <div
          className="fm-tip"
          style={{
            left: `${(arc.mid[0] / layout.width) * 100}%`,
            top: `${(arc.mid[1] / layout.height) * 100}%`,
          }}
          aria-hidden="true"
        >
          <strong>{tip.title}</strong>
          {tip.lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      )}
    </div>
  );
}
