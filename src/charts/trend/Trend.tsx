import { useId, useMemo } from 'react';
import type { Lang } from '../../schema/manifest.ts';
import { labelValue } from '../../i18n/punctuation.ts';
import { layoutTrend } from './layout.ts';
import './trend.css';

export interface TrendSeries {
  id: string;
  label: string;
  /** 'tr-export' or 'tr-import': colour and pattern, distinct without colour too. */
  className: string;
}

interface Props {
  years: readonly number[];
  series: readonly TrendSeries[];
  /** One array per series, aligned with `years`; null is "no data" (no bar, said in the table). */
  values: readonly (readonly (number | null)[])[];
  /** The word for a null value in the table. */
  noData?: string;
  /** A year's name in the table, for a partial year ("2022 (January–November)"). */
  yearLabel?: (year: number) => string;
  breaks: readonly { year: number; label: string }[];
  highlight: readonly number[];
  title: string;
  summary: string;
  formatTick: (v: number) => string;
  formatValue: (v: number) => string;
  tableCaption: string;
  yearHeader: string;
  /** A note for highlighted years in the table ("selected"). */
  highlightNote: string;
  /** The language of the tooltips' punctuation. */
  lang?: Lang;
  testId?: string;
}

const WIDTH = 640;
const HEIGHT = 240;

/**
 * Yearly bars drawn from layoutTrend. The SVG is one image with a name and a summary; the
 * table under it holds every value, which is the accessible and printable form.
 */
export function Trend(props: Props) {
  const { years, series, values, breaks, highlight, formatTick, formatValue } = props;
  const lang = props.lang ?? 'en';
  const id = useId();
  const layout = useMemo(
    () => layoutTrend({ years, values, width: WIDTH, height: HEIGHT, breaks, highlight }),
    [years, values, breaks, highlight],
  );
  const { plot } = layout;
  return (
    <figure className="tr" data-testid={props.testId ?? 'trend-chart'}>
      <figcaption id={`${id}-title`} className="tr-title">
        {props.title}
      </figcaption>
      <ul className="tr-key" data-export-legend>
        {series.map((s) => (
          <li key={s.id}>
            <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
              <rect x="1" y="1" width="12" height="12" className={`tr-bar ${s.className}`} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg
        className="tr-svg"
        data-export="trend"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        {layout.groups
          .filter((g) => g.highlight)
          .map((g) => (
            <rect
              key={`h${g.year}`}
              className="tr-highlight"
              x={g.x0}
              width={g.x1 - g.x0}
              y={plot.top}
              height={plot.bottom - plot.top}
            />
          ))}
        <g className="tr-grid">
          {layout.yTicks.map((tk) => (
            <g key={tk.value}>
              <line x1={plot.left} x2={plot.right} y1={tk.y} y2={tk.y} />
              <text x={plot.left - 6} y={tk.y} dy="0.32em" textAnchor="end">
                {formatTick(tk.value)}
              </text>
            </g>
          ))}
        </g>
        {layout.groups.map((g) => (
          <g key={g.year} data-year={g.year}>
            {g.bars.map((b) => (
              <rect
                key={b.series}
                className={`tr-bar ${series[b.series]?.className ?? ''}`}
                x={b.x}
                y={b.y}
                width={b.w}
                height={b.h}
              >
                <title>
                  {labelValue(
                    lang,
                    `${g.year}, ${series[b.series]?.label ?? ''}`,
                    formatValue(b.value),
                  )}
                </title>
              </rect>
            ))}
            <text
              className={g.highlight ? 'tr-year tr-year-on' : 'tr-year'}
              x={g.x}
              y={plot.bottom + 18}
              textAnchor="middle"
            >
              {g.year}
            </text>
          </g>
        ))}
        <line
          className="tr-axis"
          x1={plot.left}
          x2={plot.right}
          y1={plot.bottom}
          y2={plot.bottom}
        />
        {layout.breaks.map((b) => (
          <g key={b.year} className="tr-break" data-break={b.year}>
            <line x1={b.x} x2={b.x} y1={plot.top - 4} y2={plot.bottom} />
            <text x={b.x + 4} y={plot.top + 6}>
              {b.label}
            </text>
          </g>
        ))}
      </svg>
      <p id={`${id}-summary`} className="tr-summary">
        {props.summary}
      </p>
      <div className="pg-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table className="pg-table tr-table">
          <caption id={`${id}-cap`}>{props.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.yearHeader}</th>
              {series.map((s) => (
                <th key={s.id} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y, i) => (
              <tr key={y} data-year={y}>
                <th scope="row">
                  {props.yearLabel ? props.yearLabel(y) : y}
                  {highlight.includes(y) && (
                    <span className="pg-tag"> ({props.highlightNote})</span>
                  )}
                </th>
                {series.map((s, j) => {
                  const v = values[j]?.[i];
                  return v === null || v === undefined ? (
                    <td key={s.id} className="num no-data" data-value="">
                      {props.noData ?? '–'}
                    </td>
                  ) : (
                    <td key={s.id} className="num" data-value={v}>
                      {formatValue(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
