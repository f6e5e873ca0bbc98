import { useId, useMemo } from 'react';
import type { Lang } from '../../schema/manifest.ts';
import { labelValue } from '../../i18n/punctuation.ts';
import { layoutStrip } from './layout.ts';
import '../trend/trend.css';

interface Props {
  points: readonly { id: string; label: string; value: number }[];
  median: number | null;
  highlight: readonly string[];
  title: string;
  summary: string;
  medianLabel: string;
  formatTick: (v: number) => string;
  formatValue: (v: number) => string;
  tableToggle: string;
  tableCaption: string;
  head: [string, string, string];
  /** Text of the third column (e.g. the ratio to the median) for a point. */
  extra: (id: string) => string;
  /** The language of the tooltips' punctuation. */
  lang?: Lang;
}

const WIDTH = 640;

/** Unit values as dots on a log axis, the median as a line; every dot also in the table. */
export function Strip(props: Props) {
  const { points, median, highlight, formatTick, formatValue } = props;
  const lang = props.lang ?? 'en';
  const id = useId();
  const layout = useMemo(
    () => layoutStrip({ points, width: WIDTH, median, highlight }),
    [points, median, highlight],
  );
  const label = new Map(points.map((p) => [p.id, p.label]));
  const { plot } = layout;
  return (
    <figure className="tr" data-testid="strip-chart">
      <figcaption id={`${id}-title`} className="tr-title">
        {props.title}
      </figcaption>
      <svg
        className="sp-svg"
        data-export="strip"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <g className="sp-axis">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.ticks.map((tk) => (
            <g key={tk.value}>
              <line x1={tk.x} x2={tk.x} y1={plot.bottom} y2={plot.bottom + 4} />
              <text x={tk.x} y={plot.bottom + 16} textAnchor="middle">
                {formatTick(tk.value)}
              </text>
            </g>
          ))}
        </g>
        {layout.median && (
          <g className="sp-median" data-median={Math.round(layout.median.value)}>
            <line x1={layout.median.x} x2={layout.median.x} y1={plot.top - 6} y2={plot.bottom} />
            <text x={layout.median.x + 3} y={plot.top}>
              {props.medianLabel}
            </text>
          </g>
        )}
        {layout.dots.map((d) => (
          <circle
            key={d.id}
            data-id={d.id}
            className={d.highlight ? 'sp-dot sp-on' : 'sp-dot'}
            cx={d.x}
            cy={d.y}
            r={4}
          >
            <title>{labelValue(lang, label.get(d.id) ?? d.id, formatValue(d.value))}</title>
          </circle>
        ))}
      </svg>
      <p id={`${id}-summary`} className="tr-summary">
        {props.summary}
      </p>
      <details className="ts-table">
        <summary>{props.tableToggle}</summary>
        <div className="pg-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
          <table className="pg-table">
            <caption id={`${id}-cap`}>{props.tableCaption}</caption>
            <thead>
              <tr>
                {props.head.map((h, i) => (
                  <th key={i} scope="col" className={i > 0 ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...layout.dots]
                .sort((a, b) => b.value - a.value)
                .map((d) => (
                  <tr key={d.id} data-key={d.id}>
                    <th scope="row">{label.get(d.id) ?? d.id}</th>
                    <td className="num" data-value={d.value}>
                      {formatValue(d.value)}
                    </td>
                    <td className="num">{props.extra(d.id)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
