/**
 * The strategic lists in data/lists: every code is a real HS6 subheading of the edition the
 * list declares, the lists match their sources in ../shared/data, and the project's parser
 * reads them as documented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import { loadLists, parseListFile } from '../../scripts/lists/load-lists.ts';
import { LISTS_DIR, readCsvRecords, readListFile, SHARED, type RawList } from './independent.ts';

const NOMENCLATURE: Record<string, string> = {
  HS2022: 'hs-nomenclature/hs2022_harmonized-system.csv',
  HS2017: 'hs-nomenclature/hs2017_harmonized-system.csv',
};
const LIST_FILES = ['chpl.csv', 'indicative.csv', 'jrc-nuclear.csv'];

function rawList(file: string): RawList {
  return readListFile(join(LISTS_DIR, file));
}

describeShared(
  `list codes exist in their HS edition`,
  [
    'hs-nomenclature/hs2022_harmonized-system.csv',
    'hs-nomenclature/hs2017_harmonized-system.csv',
    'strategic-lists/chpl_bis_2024-02_hs6.csv',
    'strategic-lists/strategic-goods-indicative_hs2022.csv',
    'nuclear-trade-360info/nuclear-commodity-categories.csv',
  ],
  () => {
    const level6 = new Map<string, Set<string>>();

    beforeAll(() => {
      for (const [edition, file] of Object.entries(NOMENCLATURE)) {
        const { header, records } = readCsvRecords(readFileSync(join(SHARED, file), 'utf8'));
        // The HS2017 file starts with a BOM; the reader must have dropped it.
        expect(header).toEqual(['section', 'hscode', 'description', 'parent', 'level']);
        level6.set(
          edition,
          new Set(records.filter((r) => r.level === '6').map((r) => r.hscode ?? '')),
        );
      }
    });

    it('reads the nomenclatures (5,613 HS2022 and 5,388 HS2017 level-6 codes, 999999 included)', () => {
      expect(level6.get('HS2022')?.size).toBe(5613);
      expect(level6.get('HS2017')?.size).toBe(5388);
      expect(level6.get('HS2017')?.has('284440')).toBe(true);
      // HS2022 split 2844.40 into 2844.41-2844.44: the JRC list is right to declare HS2017.
      expect(level6.get('HS2022')?.has('284440')).toBe(false);
    });

    it.each(LIST_FILES)('%s: every code is a level-6 code of the declared edition', (file) => {
      const list = rawList(file);
      const known = level6.get(list.hsEdition);
      expect(known, `${file} declares hs_edition ${list.hsEdition}`).toBeDefined();
      const unknown = list.rows.map((r) => r.hs6).filter((c) => !known?.has(c));
      expect(unknown).toEqual([]);
      expect(list.rows.length).toBeGreaterThan(0);
    });

    it('chpl and indicative carry exactly the code-category pairs of their shared sources', () => {
      const pairs = (rows: { hs6: string; category: string }[]) =>
        rows.map((r) => `${r.hs6},${r.category}`).sort();
      const chplSource = readCsvRecords(
        readFileSync(join(SHARED, 'strategic-lists/chpl_bis_2024-02_hs6.csv'), 'utf8'),
      ).records.map((r) => ({ hs6: r.hs6 ?? '', category: r.chpl_tier ?? '' }));
      expect(pairs(rawList('chpl.csv').rows)).toEqual(pairs(chplSource));
      const indicativeSource = readCsvRecords(
        readFileSync(join(SHARED, 'strategic-lists/strategic-goods-indicative_hs2022.csv'), 'utf8'),
      ).records.map((r) => ({ hs6: r.hs6 ?? '', category: r.category ?? '' }));
      expect(pairs(rawList('indicative.csv').rows)).toEqual(pairs(indicativeSource));
    });

    it('jrc-nuclear holds the JRC codes with their lost trailing zeros restored', () => {
      const source = readCsvRecords(
        readFileSync(
          join(SHARED, 'nuclear-trade-360info/nuclear-commodity-categories.csv'),
          'utf8',
        ),
      ).records.map((r) => {
        // "2844.4" -> 284440, "7504" -> 750400: digits without the dot, padded on the right.
        const hs6 = (r.commodity_code ?? '').replace('.', '').padEnd(6, '0');
        const text = (r.category ?? '').trim();
        const category = /ignore/i.test(text)
          ? 'ignore'
          : text
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '');
        return `${hs6},${category}`;
      });
      // 22 rows: SOURCES.md says 21 because the file has no final newline (wc -l counts 21).
      expect(source).toHaveLength(22);
      expect(rawList('jrc-nuclear.csv').rows.map((r) => `${r.hs6},${r.category}`)).toEqual(source);
    });
  },
);

describe("the project's list parser (scripts/lists/load-lists.ts)", () => {
  const lists = loadLists(LISTS_DIR);
  const byId = new Map(lists.map((l) => [l.id, l]));
  const countBy = (codes: { category: string }[]) => {
    const m = new Map<string, number>();
    for (const c of codes) m.set(c.category, (m.get(c.category) ?? 0) + 1);
    return Object.fromEntries(m);
  };

  it('loads the three lists in file-name order', () => {
    expect(lists.map((l) => l.id)).toEqual(['chpl', 'indicative', 'jrc-nuclear']);
    expect(lists.map((l) => l.hsEdition)).toEqual(['HS2022', 'HS2022', 'HS2017']);
  });

  it('CHPL: 50 codes in six tiers (4, 5, 16, 9, 11, 5), all broad', () => {
    const chpl = byId.get('chpl');
    expect(chpl?.codes).toHaveLength(50);
    expect(new Set(chpl?.codes.map((c) => c.hs6)).size).toBe(50);
    expect([...(chpl?.categories.keys() ?? [])]).toEqual([
      'TIER_1',
      'TIER_2',
      'TIER_3_A',
      'TIER_3_B',
      'TIER_4_A',
      'TIER_4_B',
    ]);
    expect(countBy(chpl?.codes ?? [])).toEqual({
      TIER_1: 4,
      TIER_2: 5,
      TIER_3_A: 16,
      TIER_3_B: 9,
      TIER_4_A: 11,
      TIER_4_B: 5,
    });
    expect(new Set(chpl?.codes.map((c) => c.specificity))).toEqual(new Set(['broad']));
    expect(chpl?.totalExcludes.size).toBe(0);
  });

  it('indicative: 151 rows, 149 distinct codes, 10 categories', () => {
    const ind = byId.get('indicative');
    expect(ind?.codes).toHaveLength(151);
    expect(new Set(ind?.codes.map((c) => c.hs6)).size).toBe(149);
    expect([...(ind?.categories.keys() ?? [])]).toEqual([
      'nuclear',
      'chemical',
      'biological',
      'missile',
      'military',
      'electronics',
      'sensors',
      'navigation',
      'materials-processing',
      'aerospace',
    ]);
    expect(Object.keys(countBy(ind?.codes ?? [])).sort()).toEqual(
      [...(ind?.categories.keys() ?? [])].sort(),
    );
    const twice = (ind?.codes ?? [])
      .map((c) => c.hs6)
      .filter((c, n, all) => all.indexOf(c) !== n)
      .sort();
    expect(twice).toEqual(['281111', '842119']);
  });

  it('jrc-nuclear: 22 six-digit codes (2844.4 -> 284440, 7504 -> 750400), "ignore" out of the total', () => {
    const jrc = byId.get('jrc-nuclear');
    // The source has 22 codes (SOURCES.md's "21 rows" misses the last, unterminated line).
    expect(jrc?.codes).toHaveLength(22);
    expect(new Set(jrc?.codes.map((c) => c.hs6)).size).toBe(22);
    expect(countBy(jrc?.codes ?? [])).toEqual({
      ignore: 6,
      'fuel-fabrication': 5,
      enrichment: 3,
      'power-plant': 4,
      'spent-fuel-hlw': 1,
      mining: 3,
    });
    for (const c of jrc?.codes ?? []) expect(c.hs6).toMatch(/^\d{6}$/);
    const codes = jrc?.codes.map((c) => c.hs6) ?? [];
    expect(codes).toContain('284440');
    expect(codes).toContain('750400');
    expect(codes).toContain('840130');
    expect(codes).not.toContain('28444');
    expect(codes).not.toContain('7504');
    expect([...(jrc?.totalExcludes ?? [])]).toEqual(['ignore']);
    expect(jrc?.categories.size).toBe(6);
    expect(jrc?.codes.find((c) => c.hs6 === '750400')?.category).toBe('power-plant');
  });

  it('parseListFile agrees with the independent reader on every list', () => {
    for (const file of LIST_FILES) {
      const text = readFileSync(join(LISTS_DIR, file), 'utf8');
      const parsed = parseListFile(file, text);
      const raw = rawList(file);
      expect(parsed.id).toBe(raw.id);
      expect(parsed.hsEdition).toBe(raw.hsEdition);
      expect(parsed.codes.map((c) => `${c.hs6},${c.category}`)).toEqual(
        raw.rows.map((r) => `${r.hs6},${r.category}`),
      );
    }
  });

  it('parseListFile rejects a five-digit code and an undeclared edition', () => {
    const head = '# id: t\n# name: T\n# version: 1\n# source: s\n# licence: l\n';
    expect(() =>
      parseListFile('t.csv', `${head}# hs_edition: HS2022\nhs6,category\n28444,x\n`),
    ).toThrow(/malformed HS code "28444".*leading zero/);
    expect(() =>
      parseListFile('t.csv', `${head}# hs_edition: HS2031\nhs6,category\n284440,x\n`),
    ).toThrow(/unknown hs_edition/);
    expect(
      parseListFile('t.csv', `${head}# hs_edition: H5\nhs6,category\n284440,x\n`).hsEdition,
    ).toBe('HS2017');
  });
});
