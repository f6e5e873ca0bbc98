import { useMemo, useState } from 'react';
import { layoutSankey, type SankeyNode } from './layout.ts';
import './sankey.css';

interface Props {
  left: readonly string[];
  right: readonly string[];
  cells: readonly (readonly number[])[];
  other: string;
  title: string;
  name: (key: string) => string;
  /** Compact value ("US$1.2m") and share ("12%") for labels. */
  money: (v: number) => string;
  share: (v: number) => string;
  /** Accessible label of a node ("France exports US$1.2m, 12% of the total"). */
  nodeLabel: (n: SankeyNode) => string;
  linkLabel: (source: string, target: string, value: number, share: number) => string;
  sideLabels: { left: string; right: string };
}

const WIDTH = 760;
const LABEL = 190;
const ROW = 30;
/** Two lines of label (name; value and share) need this much room per node. */
const SLOT = 26;

/**
 * Exporters -> importers as bands drawn from layoutSankey. Nodes are focusable and name their
 * value and share; pointing at or focusing a node brings out its bands.
 */
export function Sankey(props: Props) {
  const { left, right, cells, other, name, money, share } = props;
  const height = Math.max(240, Math.max(left.length, right.length) * ROW);
  const layout = useMemo(
    () =>
      layoutSankey({
        left,
        right,
        cells,
        other,
        width: WIDTH - 2 * LABEL,
        height,
        nodeWidth: 12,
        padding: 6,
        minSlot: SLOT,
      }),
    [left, right, cells, other, height],
  );
  const [active, setActive] = useState<string | null>(null);
  const lit = (side: 'left' | 'right', key: string) => active === `${side}:${key}`;
  const nodes = [...layout.left, ...layout.right];
  return (
    <div className="sk" data-testid="sankey">
      <svg
        className="sk-svg"
        data-export="sankey"
        viewBox={`0 0 ${WIDTH} ${layout.height + 24}`}
        role="group"
        aria-label={props.title}
      >
        <text className="sk-side" x={LABEL - 6} y={12} textAnchor="end">
          {props.sideLabels.left}
        </text>
        <text className="sk-side" x={WIDTH - LABEL + 6} y={12}>
          {props.sideLabels.right}
        </text>
        <g transform={`translate(${LABEL} 24)`}>
          <g className="sk-links" aria-hidden="true">
            {layout.links.map((l) => (
              <path
                key={`${l.source}>${l.target}`}
                d={l.d}
                strokeWidth={l.width}
                className={
                  active && (lit('left', l.source) || lit('right', l.target))
                    ? 'sk-link sk-lit'
                    : 'sk-link'
                }
                data-source={l.source}
                data-target={l.target}
                data-value={l.value}
              >
                <title>{props.linkLabel(l.source, l.target, l.value, l.share)}</title>
              </path>
            ))}
          </g>
          <g className="sk-nodes">
            {nodes.map((n) => {
              const leftSide = n.side === 'left';
              const x = leftSide ? n.x0 - 6 : n.x1 + 6;
              const y = (n.y0 + n.y1) / 2;
              return (
                <g
                  key={`${n.side}:${n.key}`}
                  className={n.key === other ? 'sk-node sk-other' : 'sk-node'}
                  tabIndex={0}
                  role="img"
                  aria-label={props.nodeLabel(n)}
                  data-side={n.side}
                  data-key={n.key}
                  data-value={n.value}
                  onMouseEnter={() => setActive(`${n.side}:${n.key}`)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(`${n.side}:${n.key}`)}
                  onBlur={() => setActive(null)}
                >
                  <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} />
                  <text x={x} y={y} dy="-0.15em" textAnchor={leftSide ? 'end' : 'start'}>
                    {name(n.key)}
                  </text>
                  <text
                    className="sk-num"
                    x={x}
                    y={y}
                    dy="0.95em"
                    textAnchor={leftSide ? 'end' : 'start'}
                  >
                    {`${money(n.value)} · ${share(n.share)}`}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
