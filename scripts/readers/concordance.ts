import type { HsEdition } from '../../src/schema/manifest.ts';
import type { CorrelationTable } from '../hs/convert.ts';
import { InputError } from '../lib/errors.ts';
import { parseHsEdition } from '../normalize/hs.ts';
import type { ReferenceData, ReferenceReader } from './types.ts';

const RELATIONSHIPS = new Set(['1:1', '1:n', 'n:1', 'n:n']);

/** `hs2022,hs2017,relationship` (correlation) or `hs2022,hs2017` (conversion). */
function parseHeader(
  header: string[],
): { from: HsEdition; to: HsEdition; kind: CorrelationTable['kind'] } | null {
  const h = header.map((x) => x.trim().toLowerCase());
  if (h.length !== 2 && !(h.length === 3 && h[2] === 'relationship')) return null;
  const from = /^hs\d{4}$/.test(h[0] ?? '') ? parseHsEdition(h[0] ?? '') : null;
  const to = /^hs\d{4}$/.test(h[1] ?? '') ? parseHsEdition(h[1] ?? '') : null;
  if (!from || !to || from === to) return null;
  return { from, to, kind: h.length === 3 ? 'correlation' : 'conversion' };
}

/**
 * Keeps a table in `ref` while it is read; a malformed row removes it again, so that a
 * table is used whole or not at all (the file is then reported as failed, with its line).
 */
function openTable(kind: CorrelationTable['kind']): ReferenceReader['open'] {
  return (file: string, header: string[], ref: ReferenceData) => {
    const h = parseHeader(header);
    if (!h || h.kind !== kind) throw new Error('not an HS correlation table header');
    const table: CorrelationTable = { from: h.from, to: h.to, kind, file, pairs: [] };
    ref.correlations.push(table);
    return (f, line) => {
      const a = (f[0] ?? '').trim();
      const b = (f[1] ?? '').trim();
      const rel = (f[2] ?? '').trim();
      let problem: string | null = null;
      if (f.length !== header.length) problem = `${f.length} fields instead of ${header.length}`;
      else if (!/^\d{6}$/.test(a) || !/^\d{6}$/.test(b))
        problem = `HS codes must be six digits, not "${a}", "${b}"`;
      else if (kind === 'correlation' && !RELATIONSHIPS.has(rel))
        problem = `unknown relationship "${rel}" (1:1, 1:n, n:1, n:n)`;
      if (problem) {
        ref.correlations.splice(ref.correlations.indexOf(table), 1);
        throw new InputError(file, line, `${problem}; the table is not used`);
      }
      table.pairs.push([a, b]);
    };
  };
}

/** UNSD correlation table between two HS editions: every link, with its relationship. */
export const hsCorrelationReader: ReferenceReader = {
  kind: 'reference',
  format: 'HS correlation table (hsYYYY,hsYYYY,relationship)',
  matches: (h) => parseHeader(h)?.kind === 'correlation',
  open: openTable('correlation'),
};

/**
 * UNSD conversion table (one target per code). Recognised and kept, but lists are converted
 * with correlation tables only: this one hides splits and merges.
 */
export const hsConversionReader: ReferenceReader = {
  kind: 'reference',
  format: 'HS conversion table (hsYYYY,hsYYYY; not used to convert lists)',
  matches: (h) => parseHeader(h)?.kind === 'conversion',
  open: openTable('conversion'),
};
