import { useId, type ReactNode } from 'react';
import { formatInteger } from '../format/number.ts';
import type { Lang } from '../schema/manifest.ts';
import type { T } from '../i18n/types.ts';

/** A row of a profile table: the first cell names the row, the others are numbers unless `words`. */
export interface Row {
  key: string;
  head: ReactNode;
  /**
   * `value` is the raw number, kept in data-value for tests and checks; `noData` marks a cell
   * that is "no data" or "not covered", set apart from figures.
   */
  cells: { text: string; value?: number; noData?: boolean; words?: boolean }[];
}

/** A small accessible table with a caption, or a sentence when it has no rows. */
export function DataTable({
  caption,
  head,
  rows,
  empty,
  testId,
}: {
  caption: string;
  head: string[];
  rows: Row[];
  empty: string;
  testId?: string;
}) {
  const id = useId();
  if (rows.length === 0) {
    return (
      <p className="pg-empty" data-testid={testId}>
        {caption} — {empty}
      </p>
    );
  }
  // A column of words (a category, a status) reads from the left, as text does.
  const words = (i: number) => rows[0]?.cells[i]?.words === true;
  return (
    <div className="pg-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="pg-table" data-testid={testId}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i > 0 && !words(i - 1) ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => (
                <td
                  key={i}
                  className={c.words ? undefined : c.noData ? 'num no-data' : 'num'}
                  data-value={c.value}
                >
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Tonnes with up to three decimals; "≥" when some rows had no quantity; "–" when none had. */
export function formatTonnes(q: number | null, partial: boolean, lang: Lang): string {
  if (q === null) return '–';
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, {
    maximumFractionDigits: q < 10 ? 3 : q < 1000 ? 1 : 0,
  }).format(q);
  return partial ? `≥ ${n}` : n;
}

/** A unit value per tonne, as a whole number of currency units. */
export function formatPerTonne(v: number | null, currency: string, lang: Lang): string {
  if (v === null) return '–';
  return `${formatInteger(v, lang)} ${currency}/t`;
}

/** A ratio such as "×4.2" or "×0.15". */
export function formatRatio(r: number, lang: Lang): string {
  return `×${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumSignificantDigits: 2 }).format(r)}`;
}

/** A yearly trend's first and last years' totals, read out as the chart's summary. */
export function trendSummary(
  trend: readonly { year: number; export: number | null; import: number | null }[],
  t: T,
  money: (v: number) => string,
  noData: string,
): string {
  const a = trend[0];
  const b = trend[trend.length - 1];
  if (!a || !b) return '';
  const m = (v: number | null) => (v === null ? noData : money(v));
  return t('prTrendSummary', {
    y0: String(a.year),
    y1: String(b.year),
    ex0: m(a.export),
    ex1: m(b.export),
    im0: m(a.import),
    im1: m(b.import),
  });
}
