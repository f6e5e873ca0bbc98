/**
 * Lists applied across HS editions by the real CLI: an HS2017 list on HS2022 and HS2012
 * BACI rows, an HS2022 list on HS2017 and (two steps) HS2012 rows. The correlation rows are
 * every real UNSD row touching headings 2844, 2931, 8802 or 8806 (hs-concordance/*.csv in
 * ../shared/data), copied here so that the test stands alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetMeta, Manifest } from '../../src/schema/manifest.ts';
import {
  baciCsv,
  buildTree,
  cleanTemps,
  downloadLines,
  expectReconciled,
  tempDir,
  writeTree,
} from './helpers.ts';

afterAll(cleanTemps);

const CORR_22_17 = `hs2022,hs2017,relationship
284410,284410,1:1
284420,284420,1:1
284430,284430,1:1
284441,284440,n:1
284442,284440,n:1
284443,284440,n:1
284444,284440,n:1
284450,284450,1:1
293110,293110,1:1
293120,293120,1:1
293141,293131,1:1
293142,293132,1:1
293143,293133,1:1
293144,293139,n:1
293145,293138,1:1
293146,293135,1:1
293147,293136,1:1
293148,293139,n:1
293149,293134,1:n
293149,293137,1:n
293149,293139,n:n
293151,293139,n:1
293152,293139,n:1
293153,293139,n:1
293154,293139,n:1
293159,293139,n:1
293190,293190,1:1
880211,880211,n:1
880212,880212,n:1
880220,880220,n:1
880230,880230,n:1
880240,880240,n:1
880260,880260,1:1
880610,880211,n:n
880610,880212,n:n
880610,880220,n:n
880610,880230,n:n
880610,880240,n:n
880621,852580,n:n
880621,880211,n:n
880621,880220,n:n
880622,852580,n:n
880622,880211,n:n
880622,880220,n:n
880623,852580,n:n
880623,880211,n:n
880623,880220,n:n
880624,852580,n:n
880624,880211,n:n
880624,880220,n:n
880629,852580,n:n
880629,880211,n:n
880629,880212,n:n
880629,880220,n:n
880629,880230,n:n
880629,880240,n:n
880691,852580,n:n
880691,880211,n:n
880691,880220,n:n
880692,852580,n:n
880692,880211,n:n
880692,880220,n:n
880693,852580,n:n
880693,880211,n:n
880693,880220,n:n
880694,852580,n:n
880694,880211,n:n
880694,880220,n:n
880699,852580,n:n
880699,880211,n:n
880699,880212,n:n
880699,880220,n:n
880699,880230,n:n
880699,880240,n:n
`;

const CORR_17_12 = `hs2017,hs2012,relationship
284410,284410,1:1
284420,284420,1:1
284430,284430,1:1
284440,284440,1:1
284450,284450,1:1
293131,293190,n:1
293132,293190,n:1
293133,293190,n:1
293134,293190,n:1
293135,293190,n:1
293136,293190,n:1
293137,293190,n:1
293138,293190,n:1
293139,293190,n:1
293190,293190,n:1
880211,880211,1:1
880212,880212,1:1
880220,880220,1:1
880230,880230,1:1
880240,880240,1:1
880260,880260,1:1
`;

const list = (id: string, edition: string, rows: string[]) =>
  [
    `# id: ${id}`,
    `# name: ${id}`,
    '# version: 1',
    `# hs_edition: ${edition}`,
    '# source: hs-conversion test fixture',
    '# licence: CC0',
    'hs6,category,specificity,regime,item',
    ...rows,
  ].join('\n') + '\n';

/** HS2017: 2844.40 split in HS2022; the CWC 2931.3x got new numbers; 8802 fed 8806 (drones). */
const CWC17 = list('cwc17', 'HS2017', [
  '284440,nuclear,core,NSG,Radioactive isotopes',
  '293131,chemical,core,CWC,Dimethyl methylphosphonate',
  '293134,chemical,core,CWC,Sodium 3-(trihydroxysilyl)propyl methylphosphonate',
  '293139,chemical,broad,CWC,Other organophosphorus derivatives',
  '880240,uav,broad,MTCR,Aeroplanes over 15 t',
  '930190,military,core,WA,Military weapons (not in the tables given)',
]);
const IND22 = list('ind22', 'HS2022', [
  '284441,nuclear,core,NSG,Tritium',
  '293141,chemical,core,CWC,Dimethyl methylphosphonate',
  '880610,uav,broad,MTCR,Unmanned aircraft for passengers',
]);

const built = (() => {
  const lists = writeTree(join(tempDir(), 'lists'), { 'cwc17.csv': CWC17, 'ind22.csv': IND22 });
  return buildTree(
    {
      'hs-concordance/hs2022_to_hs2017_correlation.csv': CORR_22_17,
      'hs-concordance/hs2017_to_hs2012_correlation.csv': CORR_17_12,
      'BACI_HS22_Y2023_V202501.csv': baciCsv([
        '2023,4,8,284441,10,',
        '2023,4,8,284443,5,1.5',
        '2023,8,4,293141,2.5,',
        '2023,8,12,293149,7,',
        '2023,12,4,880610,20,',
        '2023,12,8,880240,3,',
        '2023,4,12,010121,100,',
      ]),
      'BACI_HS17_Y2019_V202501.csv': baciCsv([
        '2019,4,8,284440,4,',
        '2019,8,4,293131,1,',
        '2019,8,12,293139,6,',
        '2019,12,4,880220,2,',
        '2019,4,12,010121,50,',
      ]),
      'BACI_HS12_Y2015_V202501.csv': baciCsv([
        '2015,4,8,284440,3,',
        '2015,8,4,293190,9,',
        '2015,12,4,880240,1,',
      ]),
    },
    ['--lists', lists],
  );
})();

const manifest = JSON.parse(readFileSync(join(built.out, 'manifest.json'), 'utf8')) as Manifest;
const dataset = (id: string): DatasetMeta => {
  const d = manifest.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`no dataset ${id}`);
  return d;
};
const conversionOf = (ds: string, l: string) =>
  dataset(ds).listConversions?.find((c) => c.list === l);

interface Shard {
  columns: string[];
  data: Record<string, (string | number | null)[]>;
}
const shard = (path: string): Shard =>
  JSON.parse(readFileSync(join(built.out, path), 'utf8')) as Shard;
const rowsOf = (s: Shard) =>
  (s.data[s.columns[0] ?? ''] ?? []).map((_, i) =>
    Object.fromEntries(s.columns.map((c) => [c, s.data[c]?.[i] ?? null])),
  );

describe('an HS2017 list applied to HS2022 BACI rows', () => {
  it('applies through the correlation table, with the statuses in the manifest', () => {
    expectReconciled(built.report);
    expect(dataset('baci-hs22-v202501').lists).toEqual(['cwc17', 'ind22']);
    expect(dataset('baci-hs22-v202501').listsNotApplied).toEqual([]);
    expect(conversionOf('baci-hs22-v202501', 'cwc17')).toEqual({
      list: 'cwc17',
      from: 'HS2017',
      to: 'HS2022',
      via: [],
      tables: ['hs-concordance/hs2022_to_hs2017_correlation.csv'],
      shard: 'cwc17@HS2022',
      codes: 6,
      // 293131 -> 293141; 2844.40 split; 293134 merged into 293149; 293139 and 8802.40 n:n;
      // 930190 is not in the tables given.
      counts: { exact: 1, split: 1, merged: 1, 'n:n': 2, none: 1 },
      targets: 17,
      upperBound: 16,
      setAside: 0,
    });
    expect(conversionOf('baci-hs22-v202501', 'ind22')).toBeUndefined();
  });

  it('marks the split per code in lists/cwc17@HS2022.json', () => {
    const ref = manifest.shards.conversion?.['cwc17@HS2022'];
    expect(ref?.path).toBe('lists/cwc17@HS2022.json');
    const rows = rowsOf(shard('lists/cwc17@HS2022.json'));
    expect(ref?.rows).toBe(rows.length);
    expect(rows.filter((r) => r.code === '284440')).toEqual(
      ['284441', '284442', '284443', '284444'].map((hs6) => ({
        code: '284440',
        status: 'split',
        hs6,
        description: null,
        alsoFrom: null,
        offList: 0,
        setAside: 0,
      })),
    );
    expect(rows.find((r) => r.code === '293134')).toMatchObject({
      status: 'merged',
      hs6: '293149',
      alsoFrom: '293137 293139',
      offList: 1,
    });
    expect(rows.find((r) => r.code === '293131')).toMatchObject({
      status: 'exact',
      hs6: '293141',
      alsoFrom: null,
    });
    expect(rows.find((r) => r.code === '930190')).toMatchObject({ status: 'none', hs6: null });
    // Aeroplanes of 8802.40 may now be drones (8806): n:n, each 8806 code shared.
    const planes = rows.filter((r) => r.code === '880240');
    expect(planes.map((r) => `${r.status} ${r.hs6} ${r.alsoFrom === null ? 0 : 1}`)).toEqual([
      'n:n 880240 0',
      'n:n 880610 1',
      'n:n 880629 1',
      'n:n 880699 1',
    ]);
  });

  it("keeps the data's code and the list category in the download, one row per category", () => {
    const lines = downloadLines(built.out, 'baci-hs22-v202501');
    expect(lines[0]).toBe(
      'year,period,exporter_iso3,exporter,importer_iso3,importer,hs6,hs_description,list,category,value,currency,quantity_t',
    );
    const cwc = lines
      .filter((l) => l.includes(',cwc17,'))
      .map((l) => l.split(','))
      .map((f) => `${f[6]} ${f[9]} ${f[10]}`);
    // 293149 comes from 293134 and 293139, both chemical: one row, not two.
    expect(cwc.sort()).toEqual([
      '284441 nuclear 10000',
      '284443 nuclear 5000',
      '293141 chemical 2500',
      '293149 chemical 7000',
      '880240 uav 3000',
      '880610 uav 20000',
    ]);
  });

  it('counts the converted codes in scope and notes the upper bounds', () => {
    const f = built.file('BACI_HS22_Y2023_V202501.csv');
    expect(f.rowsKept).toBe(6);
    expect(f.rowsOutOfScope).toBe(1);
    const totals = rowsOf(shard('map/baci-hs22-v202501/cwc17/2023.json')).filter(
      (r) => r.category === '',
    );
    expect(totals.reduce((s, r) => s + Number(r.export), 0)).toBe(47_500);
    const ds = dataset('baci-hs22-v202501');
    const note = ds.notes.find((n) => n.kind === 'conversion' && n.list === 'cwc17');
    expect(note).toEqual({
      kind: 'conversion',
      list: 'cwc17',
      to: 'HS2022',
      flows: 5,
      value: 45000,
    });
    const meta = ds.listConversions?.find((c) => c.list === 'cwc17');
    expect(meta?.counts).toMatchObject({ exact: 1, split: 1, merged: 1, 'n:n': 2 });
    expect(meta?.codes).toBe(6);
    expect(meta?.upperBound).toBe(16);
    const report = built.report as unknown as {
      conversions: { dataset: string; list: string; upperBoundFlows: number }[];
    };
    expect(
      report.conversions.map((c) => `${c.dataset} ${c.list} ${c.upperBoundFlows}`).sort(),
    ).toEqual([
      'baci-hs12-v202501 cwc17 1',
      'baci-hs12-v202501 ind22 3',
      'baci-hs17-v202501 ind22 2',
      'baci-hs22-v202501 cwc17 5',
    ]);
  });
});

describe('back, and two steps', () => {
  it('an HS2022 list applies to HS2017 rows: merged, exact and n:n codes', () => {
    expect(conversionOf('baci-hs17-v202501', 'ind22')?.counts).toEqual({
      exact: 1,
      split: 0,
      merged: 1,
      'n:n': 1,
      none: 0,
    });
    const ind = downloadLines(built.out, 'baci-hs17-v202501')
      .filter((l) => l.includes(',ind22,'))
      .map((l) => l.split(','))
      .map((f) => `${f[6]} ${f[9]}`);
    expect(ind.sort()).toEqual(['284440 nuclear', '293131 chemical', '880220 uav']);
  });

  it('HS2012 rows: the HS2017 list in one step, the HS2022 list through HS2017', () => {
    const cwc = conversionOf('baci-hs12-v202501', 'cwc17');
    expect(cwc?.via).toEqual([]);
    expect(cwc?.counts).toEqual({ exact: 2, split: 0, merged: 3, 'n:n': 0, none: 1 });
    const ind = conversionOf('baci-hs12-v202501', 'ind22');
    expect(ind?.via).toEqual(['HS2017']);
    expect(ind?.tables).toEqual([
      'hs-concordance/hs2022_to_hs2017_correlation.csv',
      'hs-concordance/hs2017_to_hs2012_correlation.csv',
    ]);
    expect(ind?.counts).toEqual({ exact: 0, split: 0, merged: 2, 'n:n': 1, none: 0 });
    const rows = downloadLines(built.out, 'baci-hs12-v202501')
      .slice(1)
      .map((l) => l.split(','))
      .map((f) => `${f[6]} ${f[8]} ${f[9]}`);
    expect(rows.sort()).toEqual([
      '284440 cwc17 nuclear',
      '284440 ind22 nuclear',
      '293190 cwc17 chemical',
      '293190 ind22 chemical',
      '880240 cwc17 uav',
      '880240 ind22 uav',
    ]);
    expect(Object.keys(manifest.shards.conversion ?? {}).sort()).toEqual([
      'cwc17@HS2012',
      'cwc17@HS2022',
      'ind22@HS2012',
      'ind22@HS2017',
    ]);
  });
});

describe('without a usable correlation table', () => {
  const lists = writeTree(join(tempDir(), 'lists'), { 'cwc17.csv': CWC17, 'ind22.csv': IND22 });
  const broken = buildTree(
    {
      'hs2022_to_hs2017_correlation.csv': CORR_22_17.replace('293141,293131', '29314,293131'),
      'BACI_HS22_Y2023_V202501.csv': baciCsv(['2023,4,8,284441,10,', '2023,8,4,293149,2.5,']),
    },
    ['--lists', lists],
  );

  it('reports the table as failed, with its line, and does not apply the list', () => {
    const f = broken.file('hs2022_to_hs2017_correlation.csv');
    expect(f.status).toBe('failed');
    expect(f.reason).toMatch(/:12: HS codes must be six digits.*the table is not used/);
    const m = JSON.parse(readFileSync(join(broken.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.datasets[0]?.lists).toEqual(['ind22']);
    expect(m.datasets[0]?.listsNotApplied).toEqual([
      { list: 'cwc17', reason: { kind: 'noTable', from: 'HS2017', to: 'HS2022' } },
    ]);
    // 293149 is on cwc17 only through the table: out of scope without it.
    expect(broken.file('BACI_HS22_Y2023_V202501.csv').rowsOutOfScope).toBe(1);
    expectReconciled(broken.report);
  });
});
