import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsvText } from '../pipeline/independent.ts';

export const DATA = resolve(import.meta.dirname, '../../public/data');

/**
 * Totals by country from the download CSV, independently of the app's code. For a whole list
 * a code in two categories must count once, so rows are de-duplicated per flow first.
 */
export function totalsFromDownload(
  dataset: string,
  filter: {
    list: string;
    year: number;
    flow: 'export' | 'import';
    category?: string;
    hs6?: string;
  },
): Map<string, number> {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString(
    'utf8',
  );
  const [header = [], ...records] = parseCsvText(csv);
  const at = (f: string[], c: string) => f[header.indexOf(c)] ?? '';
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const f of records) {
    if (at(f, 'list') !== filter.list || Number(at(f, 'year')) !== filter.year) continue;
    if (filter.category && at(f, 'category') !== filter.category) continue;
    if (filter.hs6 && at(f, 'hs6') !== filter.hs6) continue;
    const flowKey = [
      at(f, 'period'),
      at(f, 'exporter_iso3'),
      at(f, 'importer_iso3'),
      at(f, 'hs6'),
      filter.category ? at(f, 'category') : '',
    ].join('|');
    if (seen.has(flowKey)) continue;
    seen.add(flowKey);
    const iso3 = at(f, filter.flow === 'export' ? 'exporter_iso3' : 'importer_iso3');
    out.set(iso3, (out.get(iso3) ?? 0) + Number(at(f, 'value')));
  }
  return out;
}
