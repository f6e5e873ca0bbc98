/**
 * A clean BACI file is read whole by DuckDB (scripts/pipeline/bulk-scan.ts); any other file
 * line by line in JavaScript. Both paths must write exactly the same atlas: the same input is
 * built both ways (`--line-by-line` forces the second) and every output file compared, byte
 * for byte, the build report aside from the field that says which path read each file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemps, readTree, runCli, tempDir, writeTree, type BuildReport } from './helpers.ts';
import { HAVE_SHARED, ROOT, SHARED, SKIP_REASON } from './independent.ts';

afterAll(cleanTemps);
if (!HAVE_SHARED) console.warn(`bulk-scan.test.ts: ${SKIP_REASON}`);

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

describe.skipIf(!HAVE_SHARED)(
  `the DuckDB bulk scan equals the line-by-line path (needs ${SHARED})`,
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
      expect(read.map((f) => f.readBy)).toEqual(['duckdb', 'duckdb']);
      expect(read[0]?.repairs).toEqual({ 'value rounded to the dollar': 1 });
      expect(read[0]?.rowsKept).toBe(14796);
    });

    it('on synthetic BACI data drawn from the real distributions (200,000 rows over two years)', () => {
      const root = tempDir();
      execFileSync(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['scripts/bench/synth.ts', '--rows', '200000', '--years', '2', '--out', root],
        { cwd: ROOT, stdio: 'pipe' },
      );
      const files = Object.fromEntries(
        [...readTree(root)].map(([name, bytes]) => [name, bytes] as const),
      );
      const r = buildBothWays(files);
      expectSameAtlas(r);
      const read = r.reportA.files.filter((f) => f.status === 'data');
      expect(read).toHaveLength(2);
      expect(read.every((f) => f.readBy === 'duckdb')).toBe(true);
      expect(read.reduce((s, f) => s + f.rowsKept, 0)).toBeGreaterThan(1000);
    });

    it('takes the careful path for a file with a problem, which still names its line', () => {
      const lines = shared(BACI).toString().split('\n');
      lines.splice(100, 0, '2023,4,56,850440,-5,'); // a negative value, as line 101
      const r = buildBothWays({ ...reference, 'BACI_HS22_Y2023_V202501.csv': lines.join('\n') });
      expectSameAtlas(r);
      const f = r.reportA.files.find((x) => x.status === 'data');
      expect(f?.readBy).toBe('lines');
      expect(f?.rowsQuarantined).toBe(1);
      expect(r.a.get('quarantine.csv')?.toString()).toContain(
        'BACI_HS22_Y2023_V202501.csv,101,"negative value ""-5"""',
      );
    });
  },
);
