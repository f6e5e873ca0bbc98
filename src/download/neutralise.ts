/**
 * Formula neutralisation for files people open in spreadsheets (OWASP "CSV injection"), the
 * same rule as scripts/lib/csv-write.ts uses for every CSV the build writes: a text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets an apostrophe in front, so a
 * spreadsheet shows it and never runs it. Numbers are never touched (a negative value stays a
 * number). JSON keeps the raw text: it is not opened by spreadsheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * The download files of the build are already neutralised; this gives back the raw text (for
 * JSON, and so that neutralising again never doubles the apostrophe). A raw text that itself
 * began with an apostrophe followed by one of those characters cannot be told apart: it is
 * read as neutralised.
 */
export function restoreRaw(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

/** A CSV cell: text neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = neutralise(v);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
