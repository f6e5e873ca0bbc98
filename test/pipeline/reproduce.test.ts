/**
 * The committed atlas data must be exactly what the real CLI builds from the real data:
 * rebuild it from ../shared/data into a temporary folder and compare every file, byte for byte.
 * Built once more in process with every shard written on the shard writer's thread, as a large
 * release's are, it must again be the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  build,
  DEFAULT_ALIASES,
  DEFAULT_GROUPS_DIR,
  DEFAULT_LISTS_DIR,
} from '../../scripts/pipeline/build.ts';
import { describeShared } from '../shared-data.ts';
import { PUBLIC_DATA, ROOT, SHARED } from './independent.ts';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

describeShared(
  'reproducible build of public/data',
  [
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'country-codes/baci_country_codes_V202501.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2020.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2021.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2022.csv',
    'nuclear-trade-360info/nuclear-commodity-data.csv',
    'hs-concordance',
    'hs-nomenclature',
  ],
  () => {
    let tmp: string | null = null;
    afterAll(() => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    it('npm run data:embedded (data:build on ../shared/data, embedded datasets) rebuilds public/data byte for byte', () => {
      tmp = mkdtempSync(join(tmpdir(), 'atlas-reproduce-'));
      const out = join(tmp, 'data');
      const run = spawnSync(
        'npm',
        ['run', 'data:embedded', '--', '--input', SHARED, '--out', out],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 110_000,
        },
      );
      if (run.status !== 0) {
        console.error(`data:embedded exited with ${run.status}\n${run.stdout}\n${run.stderr}`);
      }
      expect(run.status).toBe(0);

      expectSameAsCommitted(out);
    });

    it('writes the same bytes with its large shards written on a worker thread (ShardWriter)', async () => {
      tmp ??= mkdtempSync(join(tmpdir(), 'atlas-reproduce-'));
      const out = join(tmp, 'aside');
      // Every dataset's flows, country and product shards through the worker, as a large
      // release's are.
      await build({
        input: SHARED,
        out,
        listsDir: join(ROOT, DEFAULT_LISTS_DIR),
        groupsDir: join(ROOT, DEFAULT_GROUPS_DIR),
        aliasesFile: join(ROOT, DEFAULT_ALIASES),
        reader: { hsEdition: null },
        datasets: ['baci-hs22-v202501', 'eurostat-comext', 'jrc-nuclear'],
        shardsAsideFrom: 0,
      });
      expectSameAsCommitted(out);
    });
  },
);

/** Every file of a build is in public/data with the same bytes, and no other file is. */
function expectSameAsCommitted(out: string): void {
  const built = listFiles(out);
  const committed = listFiles(PUBLIC_DATA);
  const builtSet = new Set(built);
  const committedSet = new Set(committed);
  const onlyBuilt = built.filter((f) => !committedSet.has(f));
  const onlyCommitted = committed.filter((f) => !builtSet.has(f));
  const differing: string[] = [];
  for (const f of built) {
    if (!committedSet.has(f)) continue;
    const a = readFileSync(join(out, f));
    const b = readFileSync(join(PUBLIC_DATA, f));
    if (!a.equals(b)) {
      differing.push(
        `${f} (built ${a.length} bytes, committed ${b.length} bytes, first difference at byte ${firstDifference(a, b)})`,
      );
    }
  }
  const problems = [
    ...onlyBuilt.map((f) => `only in the rebuild: ${f}`),
    ...onlyCommitted.map((f) => `only in public/data: ${f}`),
    ...differing.map((f) => `differs: ${f}`),
  ];
  if (problems.length > 0) {
    console.error(
      `public/data does not match a fresh build (${problems.length} problems):\n  ${problems.join('\n  ')}`,
    );
  }
  expect(built.length).toBeGreaterThan(10);
  expect(problems).toEqual([]);
}
