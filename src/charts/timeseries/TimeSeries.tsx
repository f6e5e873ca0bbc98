import { useId, useMemo, type MouseEvent } from 'react';
import type { Lang } from '../../schema/manifest.ts';
import { clauses, labelValue } from '../../i18n/punctuation.ts';
import { layoutTimeSeries, type SeriesPoint } from './layout.ts';
import './timeseries.css';

export interface SeriesDef {
  id: string;
  label: string;
  className: string;
}

interface Props {
  points: readonly SeriesPoint[];
  series: readonly SeriesDef[];
  breaks: readonly { key: string; label: string }[];
  /** The chart's title (also the SVG's accessible name) and its text summary. */
  title: string;
  summary: string;
  /** Compact value for axis ticks ("€2m"), exact value for the table and the tooltips. */
  formatTick: (v: number) => string;
  formatValue: (v: number) => string;
  /** "March 2022" for a point; "Mar" style label is not needed: years label the axis. */
  pointLabel: (p: SeriesPoint) => string;
  /** The month currently on the map, highlighted; '' for none. */
  selectedKey: string;
  selectedNote: string;
  /** A real link to the map at a month, so the table works from the keyboard and in a new tab. */
  monthLink: (p: SeriesPoint) => {
    href: string;
    onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
  };
  onSelect: (p: SeriesPoint) => void;
  tableToggle: string;
  tableCaption: string;
  tableHint: string;
  monthHeader: string;
  /** The language of the tooltips' punctuation. */
  lang?: Lang;
}

const WIDTH = 760;
const HEIGHT = 280;

/**
 * Monthly lines drawn from layoutTimeSeries. The SVG is one image with a name and a summary;
 * every value is in the table beside it, which is the accessible (and printable) form.
 */
export function TimeSeries(props: Props) {
  const { points, series, breaks, formatTick, formatValue, pointLabel, selectedKey } = props;
  const id = useId();
  const layout = useMemo(
    () =>
      layoutTimeSeries({
        points,
        series: series.map((s) => s.id),
        width: WIDTH,
        height: HEIGHT,
        breaks,
      }),
    [points, series, breaks],
  );
  const { plot } = layout;
  const selected = layout.bands.find((b) => b.key === selectedKey);
  const lang = props.lang ?? 'en';
  const tip = (p: SeriesPoint) =>
    labelValue(
      lang,
      pointLabel(p),
      clauses(
        lang,
        series.map((s, i) => `${s.label} ${formatValue(p.values[i] ?? 0)}`),
      ),
    );

  return (
    <figure className={series.length === 1 ? 'ts ts-solo' : 'ts'} data-testid="monthly-chart">
      <figcaption id={`${id}-title`} className="ts-title">
        {props.title}
      </figcaption>
      <ul className="ts-key" data-export-legend>
        {series.map((s) => (
          <li key={s.id}>
            <svg aria-hidden="true" focusable="false" width="28" height="10" viewBox="0 0 28 10">
              <line x1="0" y1="5" x2="28" y2="5" className={`ts-line ${s.className}`} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        className="ts-svg"
        data-export="monthly"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <g className="ts-grid">
          {layout.yTicks.map((tk) => (
            <g key={tk.value}>
              <line x1={plot.left} x2={plot.right} y1={tk.y} y2={tk.y} />
              <text x={plot.left - 6} y={tk.y} dy="0.32em" textAnchor="end">
                {formatTick(tk.value)}
              </text>
            </g>
          ))}
        </g>
        <g className="ts-axis">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.xTicks.map((tk) => (
            <g key={tk.year}>
              <line x1={tk.x} x2={tk.x} y1={plot.bottom} y2={plot.bottom + 5} />
              <text x={tk.x} y={plot.bottom + 18} textAnchor="start">
                {tk.year}
              </text>
            </g>
          ))}
        </g>
        {selected && (
          <rect
            className="ts-selected"
            x={selected.x0}
            width={Math.max(1, selected.x1 - selected.x0)}
            y={plot.top}
            height={plot.bottom - plot.top}
          />
        )}
        {layout.breaks.map((b) => (
          <g key={b.key} className="ts-break" data-break={b.key}>
            <line x1={b.x} x2={b.x} y1={plot.top} y2={plot.bottom} />
            <text x={b.x + 4} y={plot.top + 10}>
              {b.label}
            </text>
          </g>
        ))}
        {layout.lines.map((l, i) => (
          <g key={l.id} data-series={l.id}>
            <path d={l.d} className={`ts-line ${series[i]?.className ?? ''}`} />
            {l.points.map((p) => (
              <circle
                key={p.key}
                cx={p.x}
                cy={p.y}
                r={2.5}
                className={`ts-dot ${series[i]?.className ?? ''}`}
              />
            ))}
          </g>
        ))}
        <g className="ts-hit">
          {layout.bands.map((b, i) => {
            const p = points[i];
            if (!p) return null;
            return (
              <rect
                key={b.key}
                data-month={b.key}
                x={b.x0}
                width={Math.max(1, b.x1 - b.x0)}
                y={plot.top}
                height={plot.bottom - plot.top}
                onClick={() => props.onSelect(p)}
              >
                <title>{tip(p)}</title>
              </rect>
            );
          })}
        </g>
      </svg>
      <p id={`${id}-summary`} className="ts-summary">
        {props.summary}
      </p>
      <details className="ts-table">
        <summary>{props.tableToggle}</summary>
        <p className="muted">{props.tableHint}</p>
        <div className="pg-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
          <table className="pg-table" data-testid="monthly-table">
            <caption id={`${id}-cap`}>{props.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{props.monthHeader}</th>
                {series.map((s) => (
                  <th key={s.id} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.key} data-month={p.key}>
                  <th scope="row">
                    <a
                      {...props.monthLink(p)}
                      aria-current={p.key === selectedKey ? 'true' : undefined}
                    >
                      {pointLabel(p)}
                    </a>
                    {p.key === selectedKey && (
                      <span className="pg-tag"> ({props.selectedNote})</span>
                    )}
                  </th>
                  {series.map((s, i) => (
                    <td key={s.id} className="num" data-value={p.values[i] ?? 0}>
                      {formatValue(p.values[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
