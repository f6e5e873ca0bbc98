import type { SheetData } from 'write-excel-file/browser';
import type { DownloadRow } from './filter.ts';
import type { DownloadMetadata } from '../schema/metadata.ts';
import { csvCell, neutralise } from './neutralise.ts';

/** Byte-order mark: spreadsheets (Excel above all) then read the CSV as UTF-8. */
export const BOM = '\uFEFF';

/** CSV text: BOM, header, one line per row (LF), text neutralised and quoted as needed. */
export function toCsv(rows: readonly DownloadRow[], columns: readonly string[]): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const r of rows) {
    const rec = r as unknown as Record<string, string | number | null | undefined>;
    lines.push(columns.map((c) => csvCell(rec[c])).join(','));
  }
  return BOM + lines.join('\n') + '\n';
}

/** JSON: metadata and rows in one document; values raw and typed (numbers as numbers). */
export function toJson(
  rows: readonly DownloadRow[],
  columns: readonly string[],
  metadata: DownloadMetadata,
): string {
  const data = rows.map((r) => {
    const rec = r as unknown as Record<string, unknown>;
    const o: Record<string, unknown> = {};
    for (const c of columns) o[c] = rec[c] ?? null;
    return o;
  });
  return JSON.stringify({ metadata, data }, null, 1);
}

/** The data sheet: a header row of text, then typed cells (text neutralised). */
export function dataSheet(rows: readonly DownloadRow[], columns: readonly string[]): SheetData {
  const out: SheetData = [columns.map((c) => ({ value: c, fontWeight: 'bold' as const }))];
  for (const r of rows) {
    const rec = r as unknown as Record<string, string | number | null | undefined>;
    out.push(
      columns.map((c) => {
        const v = rec[c];
        if (v === null || v === undefined || v === '') return null;
        if (typeof v === 'number') return { value: v, type: Number };
        return { value: neutralise(v), type: String };
      }),
    );
  }
  return out;
}

/** The README sheet: one line of the README per row. */
export function readmeSheet(readme: string): SheetData {
  return readme
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => [line ? { value: neutralise(line), type: String } : null]);
}
