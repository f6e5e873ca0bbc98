import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import { parseState } from '../../src/state/url-state.ts';
import {
  baseName,
  describeFilters,
  filterSpec,
  rowMatcher,
  type DownloadRow,
} from '../../src/download/filter.ts';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8'),
) as Manifest;

const row = (exporter: string, importer: string): DownloadRow => ({
  year: 2023,
  period: '2023',
  exporter_iso3: exporter,
  exporter,
  importer_iso3: importer,
  importer,
  hs6: '854140',
  hs_description: '',
  list: 'chpl',
  category: 'tier-3a',
  value: 1,
  currency: 'USD',
  quantity_t: null,
});

describe('the data shown by a group profile', () => {
  const { state } = parseState('?view=group&members=KAZ,KGZ', manifest);
  const spec = filterSpec(manifest, state);

  it('keeps the rows where a member is the exporter or the importer', () => {
    const keep = rowMatcher({ ...spec, categories: undefined });
    expect(keep(row('KAZ', 'RUS'))).toBe(true);
    expect(keep(row('CHN', 'KGZ'))).toBe(true);
    expect(keep(row('KAZ', 'KGZ'))).toBe(true);
    expect(keep(row('CHN', 'RUS'))).toBe(false);
  });

  it('names the group in the filters, in each language, and in the file name', () => {
    expect(describeFilters(spec, manifest, (c) => c, 'en')).toContain(
      'Group: your own group; rows where a member is the exporter or the importer (members: KAZ, KGZ)',
    );
    expect(describeFilters(spec, manifest, (c) => c, 'fr').join('\n')).toMatch(
      /Groupe\u00a0: votre propre groupe/,
    );
    expect(baseName(spec, false)).toMatch(/_group_2023_chpl_members2$/);
  });
});
