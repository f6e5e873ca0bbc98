/**
 * CSV cells for files people open in spreadsheets: text that starts like a formula is
 * prefixed with an apostrophe so it is shown, never run (OWASP CSV injection).
 */
export function csvText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers are written bare (unformatted, no thousands separators); null is an empty cell. */
export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells
    .map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : csvText(c)))
    .join(',');
}
