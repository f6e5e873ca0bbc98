/**
 * A BACI file is read by the byte scanner (scripts/pipeline/byte-scan.ts), which counts the
 * plain rows on no list itself and hands every other row to the careful reader; `--line-by-line`
 * hands every row to the careful reader. Both must write exactly the same atlas: the same input
 * is built both ways and every output file compared, byte for byte, the build report aside from
 * the field that says how each file was read.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import {
  baciCsv,
  cleanTemps,
  expectReconciled,
  readTree,
  runCli,
  tempDir,
  writeTree,
  type BuildReport,
} from './helpers.ts';
import { parseCsvText, ROOT, SHARED } from './independent.ts';

afterAll(cleanTemps);
const BACI = 'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv';

function buildBothWays(files: Record<string, string | Buffer>) {
  const root = tempDir();
  const input = writeTree(join(root, 'in'), files);
  const bulk = runCli(['--input', input, '--out', join(root, 'bulk')]);
  const lines = runCli(['--input', input, '--out', join(root, 'lines'), '--line-by-line']);
  expect(bulk.status, bulk.stderr).toBe(0);
  expect(lines.status, lines.stderr).toBe(0);
  const a = readTree(join(root, 'bulk'));
  const b = readTree(join(root, 'lines'));
  const report = (t: Map<string, Buffer>) =>
    JSON.parse(t.get('build-report.json')?.toString() ?? '{}') as BuildReport;
  return { a, b, reportA: report(a), reportB: report(b) };
}

/** The two trees equal, file for file; the reports equal once `readBy` is set aside. */
function expectSameAtlas(r: ReturnType<typeof buildBothWays>) {
  expect([...r.a.keys()]).toEqual([...r.b.keys()]);
  for (const [path, bytes] of r.a) {
    if (path === 'build-report.json') continue;
    expect(bytes.equals(r.b.get(path) ?? Buffer.alloc(0)), path).toBe(true);
  }
  const strip = (rep: BuildReport) =>
    JSON.stringify({ ...rep, files: rep.files.map((f) => ({ ...f, readBy: null })) });
  expect(strip(r.reportA)).toBe(strip(r.reportB));
}

describeShared(
  `the byte scanner equals the line-by-line path`,
  [
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'country-codes/baci_country_codes_V202501.csv',
  ],
  () => {
    const shared = (p: string) => readFileSync(join(SHARED, p));
    const reference = {
      'product_codes_HS22_V202501.csv': shared('baci-energy-subset/product_codes_HS22_V202501.csv'),
      'country_codes_V202501.csv': shared('country-codes/baci_country_codes_V202501.csv'),
    };

    it('on the real BACI subset, plain and gzip (one value with float noise is rounded the same way)', () => {
      const r = buildBothWays({
        ...reference,
        'BACI_HS22_Y2023_V202501.csv': shared(BACI),
        'gz/BACI_HS22_Y2022_V202501.csv.gz': gzipSync(
          shared(BACI)
            .toString()
            .replace(/^2023,/gm, '2022,'),
        ),
      });
      expectSameAtlas(r);
      const read = r.reportA.files.filter((f) => f.status === 'data');
      expect(read.map((f) => f.readBy)).toEqual(['scanner', 'scanner']);
      expect(read[0]?.repairs).toEqual({ 'value rounded to the dollar': 1 });
      expect(read[0]?.rowsKept).toBe(14796);
    });

    it('scans two files or more on worker threads, and says so with ATLAS_TIMINGS', () => {
      const root = tempDir();
      const input = writeTree(join(root, 'in'), {
        ...reference,
        'BACI_HS22_Y2023_V202501.csv': shared(BACI),
        'BACI_HS22_Y2022_V202501.csv': shared(BACI)
          .toString()
          .replace(/^2023,/gm, '2022,'),
      });
      const before = process.env.ATLAS_TIMINGS;
      process.env.ATLAS_TIMINGS = '1';
      try {
        const r = runCli(['--input', input, '--out', join(root, 'out')]);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).not.toContain('worker thread failed');
        expect(r.stderr.match(/on a worker thread/g)).toHaveLength(2);
      } finally {
        if (before === undefined) delete process.env.ATLAS_TIMINGS;
        else process.env.ATLAS_TIMINGS = before;
      }
    });

    it('on synthetic BACI data drawn from the real distributions, in no order (200,000 rows over two years)', () => {
      const root = tempDir();
      execFileSync(
        join(ROOT, 'node_modules/.bin/tsx'),
        [
          'scripts/bench/synth.ts',
          '--rows',
          '200000',
          '--years',
          '2',
          '--order',
          'drawn',
          '--out',
          root,
        ],
        { cwd: ROOT, stdio: 'pipe' },
      );
      const files = Object.fromEntries(
        [...readTree(root)].map(([name, bytes]) => [name, bytes] as const),
      );
      const r = buildBothWays(files);
      expectSameAtlas(r);
      const read = r.reportA.files.filter((f) => f.status === 'data');
      expect(read).toHaveLength(2);
      expect(read.every((f) => f.readBy === 'scanner')).toBe(true);
      expect(read.reduce((s, f) => s + f.rowsKept, 0)).toBeGreaterThan(1000);
    });

    it('hands a bad row to the careful reader, which names its line', () => {
      const lines = shared(BACI).toString().split('\n');
      lines.splice(100, 0, '2023,4,56,850440,-5,'); // a negative value, as line 101
      const r = buildBothWays({ ...reference, 'BACI_HS22_Y2023_V202501.csv': lines.join('\n') });
      expectSameAtlas(r);
      const f = r.reportA.files.find((x) => x.status === 'data');
      expect(f?.readBy).toBe('scanner');
      expect(f?.rowsQuarantined).toBe(1);
      expect(r.a.get('quarantine.csv')?.toString()).toContain(
        'BACI_HS22_Y2023_V202501.csv,101,"negative value ""-5"""',
      );
    });
  },
);

/** Quarantine rows as `line reason value` (file aside), from quarantine.csv. */
function quarantined(r: ReturnType<typeof buildBothWays>): string[] {
  return (r.a.get('quarantine.csv')?.toString() ?? '')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => parseCsvText(l)[0] ?? [])
    .map(([, line, reason, value]) => `${line} ${reason} ${value}`);
}

describeShared(
  `every row is checked, on a list or not`,
  [
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'country-codes/baci_country_codes_V202501.csv',
  ],
  () => {
    it('off-list rows of the real BACI file with an unknown country, a wrong year and a repeated flow are quarantined, on both paths', () => {
      const text = readFileSync(join(SHARED, BACI)).toString().trimEnd();
      const rows = text.split('\n').length - 1;
      expect(rows).toBe(62926);
      // Line 3 is 2023,4,76,850300,4.784,0.178: 8503.00 (motor parts) is on no list.
      expect(text.split('\n')[2]).toBe('2023,4,76,850300,4.784,0.178');
      const injected = [
        '2023,999,76,850300,1.5,', // no country has BACI code 999
        '2022,4,76,850450,2.5,', // 2022 in the file of 2023
        '2023,4,76,850300,7.25,', // the flow of line 3 again
      ];
      const first = rows + 2;
      const r = buildBothWays({
        'product_codes_HS22_V202501.csv': readFileSync(
          join(SHARED, 'baci-energy-subset/product_codes_HS22_V202501.csv'),
        ),
        'country_codes_V202501.csv': readFileSync(
          join(SHARED, 'country-codes/baci_country_codes_V202501.csv'),
        ),
        'BACI_HS22_Y2023_V202501.csv': `${text}\n${injected.join('\n')}\n`,
      });
      expectSameAtlas(r);
      expect(quarantined(r)).toEqual([
        `${first} unknown exporter code "999" 1500`,
        `${first + 1} year "2022" is not the file's year "2023" 2500`,
        `${first + 2} duplicate of BACI_HS22_Y2023_V202501.csv:3 7250`,
      ]);
      const f = r.reportA.files.find((x) => x.status === 'data');
      // The repeated flow on no list is found by the key log: the file is read again by lines.
      expect(f).toMatchObject({
        readBy: 'lines',
        rowsRead: rows + 3,
        rowsQuarantined: 3,
        valueQuarantined: 1500 + 2500 + 7250,
        rowsKept: 14796,
        quarantineReasons: {
          'unknown exporter code': 1,
          "year is not the file's year": 1,
          'duplicate row': 1,
        },
      });
      expect(r.reportA.duplicates).toBe(1);
      expectReconciled(r.reportA);
    });
  },
);

describe('every row is checked: hand-written BACI rows on no list', () => {
  const reference = {
    'product_codes_HS22_V202501.csv':
      'code,description\n850440,Electrical static converters\n850300,Parts of motors\n010121,Horses\n',
    'country_codes_V202501.csv':
      'country_code,country_name,country_iso2,country_iso3\n4,Afghanistan,AF,AFG\n8,Albania,AL,ALB\n251,France,FR,FRA\n',
  };

  it('a clean file is read by the byte scanner, and the same bytes come out line by line', () => {
    const r = buildBothWays({
      ...reference,
      'BACI_HS22_Y2023_V202501.csv': baciCsv(['2023,4,8,850440,1,', '2023,4,8,850300,2,']),
    });
    expectSameAtlas(r);
    expect(r.reportA.files.find((f) => f.status === 'data')?.readBy).toBe('scanner');
  });

  it('one country written two ways (4 and 004) is one flow: the second row is a repeat', () => {
    const r = buildBothWays({
      ...reference,
      'BACI_HS22_Y2023_V202501.csv': baciCsv([
        '2023,4,8,850440,1,', // on a list
        '2023,4,8,850300,2,',
        '2023,8,4,850300,3,',
        '2023,004,8,850300,4,', // AFG -> ALB 850300 again
        '2023,251,8,010121,5,',
        '2023,8,251,010121,6,',
        '2023,251,8,010121,7,', // FRA -> ALB 010121 again
      ]),
    });
    expectSameAtlas(r);
    expect(quarantined(r)).toEqual([
      '5 duplicate of BACI_HS22_Y2023_V202501.csv:3 4000',
      '8 duplicate of BACI_HS22_Y2023_V202501.csv:6 7000',
    ]);
    expect(r.reportA.files.find((f) => f.status === 'data')).toMatchObject({
      readBy: 'lines',
      rowsKept: 1,
      rowsOutOfScope: 4,
      rowsQuarantined: 2,
    });
    expectReconciled(r.reportA);
  });

  it('a repeated flow among plain rows on no list, in no order, sends the file to the careful reader', () => {
    const r = buildBothWays({
      ...reference,
      'BACI_HS22_Y2023_V202501.csv': baciCsv([
        '2023,8,4,850300,1,',
        '2023,4,8,850440,2,', // on a list
        '2023,4,8,850300,3,', // keys fall: no order
        '2023,8,4,850300,4,', // line 2 again
      ]),
    });
    expectSameAtlas(r);
    expect(quarantined(r)).toEqual(['5 duplicate of BACI_HS22_Y2023_V202501.csv:2 4000']);
    expect(r.reportA.files.find((f) => f.status === 'data')).toMatchObject({
      readBy: 'lines',
      rowsKept: 1,
      rowsOutOfScope: 2,
      rowsQuarantined: 1,
    });
  });

  it('rows in no order but no repeat stay with the byte scanner; France written 250 (ISO) and 251 (BACI) do not', () => {
    const unordered = buildBothWays({
      ...reference,
      'BACI_HS22_Y2023_V202501.csv': baciCsv([
        '2023,8,4,850300,1,',
        '2023,4,8,850440,2,', // on a list
        '2023,4,8,850300,3,',
        '2023,4,251,010121,4,',
      ]),
    });
    expectSameAtlas(unordered);
    expect(unordered.reportA.files.find((f) => f.status === 'data')?.readBy).toBe('scanner');
    const twoWays = buildBothWays({
      ...reference,
      'BACI_HS22_Y2023_V202501.csv': baciCsv([
        '2023,4,8,850440,1,',
        '2023,4,250,010121,2,',
        '2023,4,251,010121,3,',
      ]),
    });
    expectSameAtlas(twoWays);
    expect(quarantined(twoWays)).toEqual(['4 duplicate of BACI_HS22_Y2023_V202501.csv:3 3000']);
    expect(twoWays.reportA.files.find((f) => f.status === 'data')?.readBy).toBe('lines');
  });

  it("a file named without its year takes its first row's", () => {
    const r = buildBothWays({
      ...reference,
      'baci-extract.csv': baciCsv([
        '2021,4,8,850440,1,',
        '2021,4,8,850300,2,',
        '2022,8,4,010121,3,',
      ]),
      'more/BACI_HS22_Y2021_V202501.csv': baciCsv(['2021,8,4,850440,1,']),
    });
    expectSameAtlas(r);
    expect(quarantined(r)).toEqual([`4 year "2022" is not the file's year "2021" 3000`]);
  });
});
