/**
 * The pipeline's classification and aggregation, run in the test process (build(), not the
 * CLI) on small hand-written inputs whose every figure is worked out below by hand: codes on
 * two lists and in two categories of one list, core and broad codes, a code on no list, a
 * flow repeated across two files, CN8 rows rolled up to their HS6 code under an HS4 heading
 * total, and World rows beside partner rows. The CLI tests check the same stages end to end;
 * this one runs where mutation testing (npm run test:mutation) can switch a mutant on. Each
 * build runs inside its test, not in a hook, so that the mutants it reaches are tied to the
 * test whose assertions can kill them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.ts';
import type { BuildReport } from './helpers.ts';
import { LISTS_DIR, parseCsvText, ROOT } from './independent.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

interface Built {
  out: string;
  report: BuildReport;
  /** iso3 -> [export, import, exportBroad, importBroad] of a map shard's rows of one category. */
  map: (dataset: string, list: string, year: number, category?: string) => Map<string, number[]>;
  download: (dataset: string) => Record<string, string>[];
  quarantine: string[][];
  json: (path: string) => unknown;
}

async function buildFiles(files: Record<string, string>): Promise<Built> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-inprocess-'));
  roots.push(root);
  const input = join(root, 'in');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(input, name)), { recursive: true });
    writeFileSync(join(input, name), text);
  }
  const out = join(root, 'out');
  await build({
    input,
    out,
    listsDir: LISTS_DIR,
    aliasesFile: join(ROOT, 'data/reference/country-aliases.csv'),
    reader: { hsEdition: null },
  });
  const json = (p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')) as unknown;
  return {
    out,
    report: json('build-report.json') as BuildReport,
    map: (dataset, list, year, category = '') => {
      const d = (json(`map/${dataset}/${list}/${year}.json`) as { data: Record<string, unknown[]> })
        .data;
      const out = new Map<string, number[]>();
      (d.iso3 ?? []).forEach((iso3, i) => {
        if ((d.category?.[i] ?? '') !== category) return;
        out.set(
          String(iso3),
          ['export', 'import', 'exportBroad', 'importBroad'].map((c) => Number(d[c]?.[i] ?? 0)),
        );
      });
      return out;
    },
    download: (dataset) => {
      const text = gunzipSync(readFileSync(join(out, 'downloads', `${dataset}.csv.gz`)))
        .toString()
        .replace(/^\uFEFF/, '');
      const [head = [], ...rows] = parseCsvText(text);
      return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
    },
    quarantine: parseCsvText(readFileSync(join(out, 'quarantine.csv'), 'utf8')).slice(1),
    json,
  };
}

const COUNTRIES = `country_code,country_name,country_iso2,country_iso3
156,China,CN,CHN
251,France,FR,FRA
276,Germany,DE,DEU
392,Japan,JP,JPN
842,USA,US,USA
`;
const PRODUCTS = `code,description
010121,"Horses: live, pure-bred breeding animals"
281111,Hydrogen fluoride (hydrofluoric acid)
284441,Tritium and its compounds
284510,Heavy water (deuterium oxide)
850440,Static converters
854231,"Electronic integrated circuits: processors and controllers"
`;

describe('classification, conversion and duplicates (BACI, in process)', () => {
  const BACI = 'baci-hs22-v202501';
  it('list and category totals, core and broad parts, the download, a converted list and a repeated flow', async () => {
    const b = await buildFiles({
      'product_codes_HS22_V202501.csv': PRODUCTS,
      'country_codes_V202501.csv': COUNTRIES,
      // The JRC list is in HS2017: 284510 maps to itself, 284440 splits into 284441-284442.
      'hs2022_to_hs2017_correlation.csv': [
        'hs2022,hs2017,relationship',
        '284510,284510,1:1',
        '284441,284440,n:1',
        '284442,284440,n:1',
        '',
      ].join('\n'),
      // Values in thousands of USD, quantities in tonnes.
      'BACI_HS22_Y2023_V202501.csv': [
        't,i,j,k,v,q',
        '2023,251,276,854231,100.5,2.0', // FRA -> DEU, CHPL TIER_1 and indicative electronics
        '2023,251,842,281111,40,1.5', // FRA -> USA, indicative nuclear and chemical
        '2023,276,251,850440,10,', // DEU -> FRA, CHPL TIER_3_A and indicative nuclear
        '2023,392,156,284510,3.25,0.01', // JPN -> CHN, indicative nuclear (core), JRC power plant
        '2023,392,842,284441,2,0.001', // JPN -> USA, indicative nuclear (core), JRC "ignore"
        '2023,842,392,010121,999,1', // USA -> JPN, live horses: on no list
        '',
      ].join('\n'),
      // A second file of the same year: its first row repeats JPN -> CHN 284510.
      'more/BACI_HS22_Y2023_V202501.csv': [
        't,i,j,k,v,q',
        '2023,392,156,284510,3.25,0.01',
        '2023,156,392,850440,7,0.5', // CHN -> JPN
        '',
      ].join('\n'),
    });

    // List totals, [export, import, exportBroad, importBroad] in whole dollars; CHPL codes are
    // all broad.
    expect(Object.fromEntries(b.map(BACI, 'chpl', 2023))).toEqual({
      FRA: [100_500, 10_000, 100_500, 10_000],
      DEU: [10_000, 100_500, 10_000, 100_500],
      CHN: [7_000, 0, 7_000, 0],
      JPN: [0, 7_000, 0, 7_000],
    });
    expect(Object.fromEntries(b.map(BACI, 'indicative', 2023))).toEqual({
      // 854231 (100,500) + 281111 (40,000, in two categories, counted once).
      FRA: [140_500, 10_000, 140_500, 10_000],
      DEU: [10_000, 100_500, 10_000, 100_500],
      // 281111 (broad) + 284441 (core).
      USA: [0, 42_000, 0, 40_000],
      // 284510 and 284441 are core codes: not under the broad part; the repeat is not counted.
      JPN: [5_250, 7_000, 0, 7_000],
      CHN: [7_000, 3_250, 7_000, 0],
    });

    // Each category holds its codes, a code in two categories in both.
    expect(Object.fromEntries(b.map(BACI, 'indicative', 2023, 'nuclear'))).toEqual({
      FRA: [40_000, 10_000, 40_000, 10_000],
      DEU: [10_000, 0, 10_000, 0],
      USA: [0, 42_000, 0, 40_000],
      JPN: [5_250, 7_000, 0, 7_000],
      CHN: [7_000, 3_250, 7_000, 0],
    });
    expect(Object.fromEntries(b.map(BACI, 'indicative', 2023, 'chemical'))).toEqual({
      FRA: [40_000, 0, 40_000, 0],
      USA: [0, 40_000, 0, 40_000],
    });
    expect(Object.fromEntries(b.map(BACI, 'indicative', 2023, 'electronics'))).toEqual({
      FRA: [100_500, 0, 100_500, 0],
      DEU: [0, 100_500, 0, 100_500],
    });
    expect(Object.fromEntries(b.map(BACI, 'chpl', 2023, 'TIER_1'))).toEqual({
      FRA: [100_500, 0, 100_500, 0],
      DEU: [0, 100_500, 0, 100_500],
    });

    // The JRC list through the correlation table: 284510 in its total, 284441 (reached from
    // 284440) only in the "ignore" category, which the list leaves out of its total.
    const exIm = (m: Map<string, number[]>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, v.slice(0, 2)]));
    expect(exIm(b.map(BACI, 'jrc-nuclear', 2023))).toEqual({
      JPN: [3_250, 0],
      CHN: [0, 3_250],
    });
    expect(exIm(b.map(BACI, 'jrc-nuclear', 2023, 'ignore'))).toEqual({
      JPN: [2_000, 0],
      USA: [0, 2_000],
    });

    // One download row per flow and list category, and nothing off the lists.
    const rows = b
      .download(BACI)
      .map(
        (r) =>
          `${r.exporter_iso3}>${r.importer_iso3} ${r.hs6} ${r.list}/${r.category} ${r.value} ${r.quantity_t}`,
      )
      .sort();
    expect(rows).toEqual(
      [
        'FRA>DEU 854231 chpl/TIER_1 100500 2',
        'FRA>DEU 854231 indicative/electronics 100500 2',
        'FRA>USA 281111 indicative/nuclear 40000 1.5',
        'FRA>USA 281111 indicative/chemical 40000 1.5',
        'DEU>FRA 850440 chpl/TIER_3_A 10000 ',
        'DEU>FRA 850440 indicative/nuclear 10000 ',
        'JPN>CHN 284510 indicative/nuclear 3250 0.01',
        'JPN>CHN 284510 jrc-nuclear/power-plant 3250 0.01',
        'JPN>USA 284441 indicative/nuclear 2000 0.001',
        'JPN>USA 284441 jrc-nuclear/ignore 2000 0.001',
        'CHN>JPN 850440 chpl/TIER_3_A 7000 0.5',
        'CHN>JPN 850440 indicative/nuclear 7000 0.5',
      ].sort(),
    );

    // The repeated flow is quarantined once, naming the row it repeats.
    expect(b.report.duplicates).toBe(1);
    const dup = b.quarantine.filter((q) => /duplicate|repeat/i.test(q[2] ?? ''));
    expect(dup.map((q) => [q[0], q[1], q[3]])).toEqual([
      ['more/BACI_HS22_Y2023_V202501.csv', '2', '3250'],
    ]);
    expect(dup[0]?.[2]).toContain('BACI_HS22_Y2023_V202501.csv:5');
    const more = b.report.files.find((x) => x.file === 'more/BACI_HS22_Y2023_V202501.csv');
    expect(more).toMatchObject({
      rowsRead: 2,
      rowsKept: 1,
      rowsQuarantined: 1,
      valueQuarantined: 3_250,
      quarantineReasons: { 'duplicate row': 1 },
    });
    expect(b.report.reconciled).toBe(true);

    // The JRC list's conversion, one row per list code and code reached: 284510 exact,
    // 284440 split in two, every other code of the list reaching nothing.
    const conv = b.json('lists/jrc-nuclear@HS2022.json') as { data: Record<string, unknown[]> };
    const d = conv.data;
    const byCode = new Map<string, string[]>();
    (d.code ?? []).forEach((code, i) => {
      byCode.set(String(code), [
        ...(byCode.get(String(code)) ?? []),
        `${String(d.status?.[i])} ${String(d.hs6?.[i])} ${String(d.alsoFrom?.[i])} ${String(d.offList?.[i])}`,
      ]);
    });
    expect(byCode.get('284510')).toEqual(['exact 284510 null 0']);
    expect(byCode.get('284440')).toEqual(['split 284441 null 0', 'split 284442 null 0']);
    expect(byCode.get('840110')).toEqual(['none null null 0']);
    expect(byCode.size).toBe(22);
    const described = (d.code ?? []).flatMap((code, i) =>
      code === '284510' ? [d.description?.[i]] : [],
    );
    expect(described).toEqual(['Heavy water (deuterium oxide)']);
  });
});

describe('CN8 rows rolled up and heading totals set aside (Eurostat, in process)', () => {
  it('two CN8 codes of one HS6 code are one flow, their values summed; the HS4 row is set aside', async () => {
    const b = await buildFiles({
      'comext_2022.csv': [
        'period,reporter,partner,product,value_eur',
        '2022-01,DE,RU,85423190,1000',
        '2022-01,DE,RU,85423110,500',
        '2022-01,DE,RU,8542,1500', // the HS4 total of the two rows above
        '2022-02,FR,BY,88073000,200',
        '',
      ].join('\n'),
    });
    const rows = b
      .download('eurostat-comext')
      .filter((r) => r.list === 'chpl')
      .map(
        (r) =>
          `${r.period} ${r.exporter_iso3}>${r.importer_iso3} ${r.hs6} ${r.value} ${r.currency}`,
      )
      .sort();
    expect(rows).toEqual(['2022-01 DEU>RUS 854231 1500 EUR', '2022-02 FRA>BLR 880730 200 EUR']);
    expect(b.map('eurostat-comext', 'chpl', 2022).get('DEU')?.[0]).toBe(1_500);
    expect(b.map('eurostat-comext', 'chpl', 2022).get('RUS')?.[1]).toBe(1_500);
    // The heading row is a total of the rows under it: set aside, not added.
    const f = b.report.files.find((x) => x.file === 'comext_2022.csv');
    expect(f).toMatchObject({ rowsRead: 4, rowsKept: 3, rowsAggregate: 1, valueAggregate: 1_500 });
    expect(b.report.reconciled).toBe(true);
  });
});

describe('World rows beside partner rows (Comtrade legacy fixture, in process)', () => {
  it("JPN's World row for 854231 is set aside (JPN -> KOR is a partner row), the other totals too", async () => {
    const b = await buildFiles({
      'legacy.csv': readFileSync(join(ROOT, 'test/pipeline/fixtures/comtrade/legacy.csv'), 'utf8'),
    });
    const f = b.report.files.find((x) => x.file === 'legacy.csv');
    // From the fixture's rows: TOTAL 1,000,000, chapter 400,000, re-export 300, World 90,000.
    expect(f?.aggregateReasons).toEqual({
      'commodity TOTAL': 1,
      'chapter total': 1,
      're-exports (already inside exports)': 1,
      'World total, partner rows present': 1,
    });
    expect(f).toMatchObject({ rowsRead: 11, rowsKept: 4, rowsAggregate: 4 });
    expect(f?.valueAggregate).toBe(1_000_000 + 400_000 + 300 + 90_000);
    expect(f?.aggregateValues?.['World total, partner rows present']).toBe(90_000);
    expect(b.report.reconciled).toBe(true);
  });
});

describe('category-level data (JRC format, in process)', () => {
  it('only the JRC list applies, by category; its "ignore" category is left out of the total', async () => {
    const b = await buildFiles({
      'nuclear-commodity-data.csv': [
        'source,source_iso3,recipient,recipient_iso3,year,category,value_usd',
        'France,FRA,China,CHN,2020,Power Plant,1000',
        'France,FRA,China,CHN,2020,Ignore,50',
        'France,FRA,China,CHN,2020,Mining,7',
        'Canada,CAN,France,FRA,2020,Mining,300',
        '',
      ].join('\n'),
    });
    const ds = 'jrc-nuclear';
    expect(Object.fromEntries(b.map(ds, 'jrc-nuclear', 2020))).toEqual({
      FRA: [1_007, 300, 0, 0],
      CHN: [0, 1_007, 0, 0],
      CAN: [300, 0, 0, 0],
    });
    expect(Object.fromEntries(b.map(ds, 'jrc-nuclear', 2020, 'ignore'))).toEqual({
      FRA: [50, 0, 0, 0],
      CHN: [0, 50, 0, 0],
    });
    expect(Object.fromEntries(b.map(ds, 'jrc-nuclear', 2020, 'mining'))).toEqual({
      FRA: [7, 300, 0, 0],
      CHN: [0, 7, 0, 0],
      CAN: [300, 0, 0, 0],
    });
    const manifest = b.json('manifest.json') as {
      datasets: { id: string; lists: string[] }[];
    };
    expect(manifest.datasets.find((x) => x.id === ds)?.lists).toEqual(['jrc-nuclear']);
    expect(
      b
        .download(ds)
        .map((r) => `${r.exporter_iso3}>${r.importer_iso3} ${r.category} ${r.value}`)
        .sort(),
    ).toEqual([
      'CAN>FRA mining 300',
      'FRA>CHN ignore 50',
      'FRA>CHN mining 7',
      'FRA>CHN power-plant 1000',
    ]);
  });
});
