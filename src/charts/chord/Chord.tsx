import { useMemo, useState } from 'react';
import { layoutChord, type ChordGroup } from './layout.ts';
import './chord.css';

interface Props {
  keys: readonly string[];
  cells: readonly (readonly number[])[];
  other: string;
  title: string;
  name: (key: string) => string;
  groupLabel: (g: ChordGroup) => string;
  ribbonLabel: (source: string, target: string, value: number) => string;
}

const SIZE = 640;
const RADIUS = 200;

/**
 * Who trades with whom, drawn from layoutChord. Country arcs are focusable and name their
 * exports and imports; pointing at or focusing one brings out its ribbons.
 */
export function Chord({ keys, cells, other, title, name, groupLabel, ribbonLabel }: Props) {
  const layout = useMemo(() => layoutChord({ keys, cells, radius: RADIUS }), [keys, cells]);
  const [active, setActive] = useState<string | null>(null);
  return (
    <div className="ch" data-testid="chord">
      <svg
        className="ch-svg"
        data-export="chord"
        viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`}
        role="group"
        aria-label={title}
      >
        <g className="ch-ribbons" aria-hidden="true">
          {layout.ribbons.map((r) => (
            <path
              key={`${r.source}>${r.target}`}
              d={r.d}
              className={
                active === null
                  ? 'ch-ribbon'
                  : active === r.source || active === r.target
                    ? 'ch-ribbon ch-lit'
                    : 'ch-ribbon ch-dim'
              }
              data-source={r.source}
              data-target={r.target}
              data-value={r.value}
            >
              <title>{ribbonLabel(r.source, r.target, r.value)}</title>
            </path>
          ))}
        </g>
        <g className="ch-groups">
          {layout.groups.map((g) => {
            const deg = (g.labelAngle * 180) / Math.PI;
            const flip = g.labelAngle > Math.PI;
            return (
              <g
                key={g.key}
                className={g.key === other ? 'ch-group ch-other' : 'ch-group'}
                tabIndex={0}
                role="img"
                aria-label={groupLabel(g)}
                data-key={g.key}
                data-out={g.out}
                data-in={g.in}
                onMouseEnter={() => setActive(g.key)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(g.key)}
                onBlur={() => setActive(null)}
              >
                <path d={g.d} />
                <text
                  transform={`rotate(${Math.round(deg - 90)}) translate(${RADIUS + 6} 0)${flip ? ' rotate(180)' : ''}`}
                  textAnchor={flip ? 'end' : 'start'}
                  dy="0.32em"
                >
                  {name(g.key)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
