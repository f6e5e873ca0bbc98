import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import type { Lang } from '../../schema/manifest.ts';
import { labelValue } from '../../i18n/punctuation.ts';
import './chord.css';

interface Props {
  rows: readonly string[];
  cols: readonly string[];
  cells: readonly (readonly number[])[];
  rowTotals: readonly number[];
  colTotals: readonly number[];
  total: number;
  caption: string;
  hint: string;
  corner: string;
  totalLabel: string;
  name: (key: string) => string;
  format: (v: number) => string;
  /** Words read for a cell ("France → United States: 1,234 USD"). */
  cellLabel: (row: string, col: string, value: number) => string;
  /** The language of the totals' accessible names' punctuation. */
  lang?: Lang;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Exporters x importers as a real table: headers on both axes, so screen readers read each
 * cell with its row and column, and one roving tab stop moved with the arrow keys (Home and
 * End go to the row's ends). Also the chord diagram's accessible and printable form.
 */
export function Matrix(props: Props) {
  const { rows, cols, cells, rowTotals, colTotals, total, name, format } = props;
  const lang = props.lang ?? 'en';
  const [pos, setPos] = useState<[number, number]>([0, 0]);
  // Grid coordinates include the totals row and column.
  const nr = rows.length + 1;
  const nc = cols.length + 1;
  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[e.key];
    let next: [number, number] | null = null;
    if (move) next = [pos[0] + move[0], pos[1] + move[1]];
    else if (e.key === 'Home') next = [pos[0], 0];
    else if (e.key === 'End') next = [pos[0], nc - 1];
    if (!next) return;
    e.preventDefault();
    const r = Math.max(0, Math.min(nr - 1, next[0]));
    const c = Math.max(0, Math.min(nc - 1, next[1]));
    setPos([r, c]);
    const cell = e.currentTarget.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`);
    cell?.focus();
  };
  const cell = (r: number, c: number, value: number, label: string, head = false) => {
    const props2 = {
      'data-cell': `${r}:${c}`,
      'data-value': value,
      tabIndex: pos[0] === r && pos[1] === c ? 0 : -1,
      onFocus: () => setPos([r, c]),
      title: label,
      className: value === 0 ? 'num fl-zero' : 'num',
    };
    return head ? (
      <td key={c} {...props2}>
        <strong>{format(value)}</strong>
      </td>
    ) : (
      <td key={c} {...props2}>
        {value === 0 ? '–' : format(value)}
      </td>
    );
  };
  return (
    <div className="pg-scroll fl-matrix-wrap" data-testid="matrix-wrap">
      <table className="pg-table fl-matrix" data-testid="matrix" onKeyDown={onKey}>
        <caption>
          {props.caption}
          <span className="pg-caption-note">{props.hint}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{props.corner}</th>
            {cols.map((c) => (
              <th key={c} scope="col" className="num" data-key={c}>
                {name(c)}
              </th>
            ))}
            <th scope="col" className="num">
              {props.totalLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r} data-key={r}>
              <th scope="row">{name(r)}</th>
              {cols.map((c, j) =>
                cell(i, j, cells[i]?.[j] ?? 0, props.cellLabel(r, c, cells[i]?.[j] ?? 0)),
              )}
              {cell(
                i,
                cols.length,
                rowTotals[i] ?? 0,
                labelValue(lang, name(r), props.totalLabel),
                true,
              )}
            </tr>
          ))}
          <tr data-key="total">
            <th scope="row">{props.totalLabel}</th>
            {cols.map((c, j) =>
              cell(
                rows.length,
                j,
                colTotals[j] ?? 0,
                labelValue(lang, props.totalLabel, name(c)),
                true,
              ),
            )}
            {cell(rows.length, cols.length, total, props.totalLabel, true)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
