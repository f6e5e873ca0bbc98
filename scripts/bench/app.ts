/**
 * npm run bench:app — builds the atlas, serves dist/ locally and prints what a first view costs
 * (bytes, time to a painted map), how fast the map repaints on a year or category change, and
 * Lighthouse's mobile scores. It is not a test: it only prints (and writes .tmp/bench-app.json).
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST, launch, serveDist } from '../../test/e2e/harness.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { runLighthouse } from './lighthouse.ts';
import { changeRuns, firstMapRuns, firstViewBytes, loadRuns } from './measure.ts';
import { printReport, type BenchResult } from './report.ts';

const COLD_LOADS = 5;
const BASELINE_LOADS = 20;
const CHANGES = 50;
const BASELINE_PATH = 'bench-baseline.html';
const OUT = resolve(import.meta.dirname, '../../.tmp/bench-app.json');

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Changes are measured on the dataset with the most years (JRC in the embedded default). */
function changeDataset(manifest: Manifest) {
  return [...manifest.datasets].sort((a, b) => b.years.length - a.years.length)[0];
}

function changeSearches(manifest: Manifest): { first: string; years: string[]; cats: string[] } {
  const ds = changeDataset(manifest);
  const list = manifest.lists.find((l) => l.id === (ds?.categoryList ?? ds?.lists[0]));
  const base = `?dataset=${ds?.id ?? ''}${ds && !ds.categoryList && ds.lists[0] ? `&list=${ds.lists[0]}` : ''}`;
  // Start on the first year, so the cycle goes second, third, ..., last, first, ...
  const years = [...(ds?.years.slice(1) ?? []), ...(ds?.years.slice(0, 1) ?? [])];
  return {
    first: `${base}&year=${ds?.years[0] ?? ''}`,
    years: years.map((y) => `${base}&year=${y}`),
    cats: (list?.categories ?? []).map((c) => `${base}&cat=${c.id}`),
  };
}

/**
 * `--data <dir>` serves another build's data (for example a multi-year, full-code build made
 * from the pipeline benchmark's synthetic files) with the same app, to show that the first
 * view and a year change cost the same whatever the size of the release.
 */
function servedRoot(dataDir: string | undefined): string {
  if (!dataDir) return DIST;
  const root = mkdtempSync(resolve(tmpdir(), 'bench-app-'));
  cpSync(DIST, root, { recursive: true, filter: (src) => !src.startsWith(resolve(DIST, 'data')) });
  rmSync(resolve(root, 'data'), { recursive: true, force: true });
  symlinkSync(resolve(dataDir), resolve(root, 'data'));
  return root;
}

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const root = servedRoot(values.data);
  const manifest = JSON.parse(
    readFileSync(resolve(root, 'data/manifest.json'), 'utf8'),
  ) as Manifest;
  const searches = changeSearches(manifest);
  const server = await serveDist(root);
  server.override.set(BASELINE_PATH, Buffer.from('<!doctype html><title>baseline</title>'));
  const result: BenchResult = { date: new Date().toISOString(), url: server.url };
  if (values.data)
    log(
      `data from ${values.data}: ${manifest.datasets.map((d) => `${d.id} (${d.years.length} years, ${d.rows} flows)`).join('; ')}`,
    );
  try {
    const browser = await launch();
    result.browser = browser.version();
    try {
      log('first view bytes');
      result.bytes = await firstViewBytes(browser, server.url);
      log('baseline: empty page served by the same server');
      await loadRuns(browser, server.url + BASELINE_PATH, 1); // warm-up, not counted
      result.baselineLoad = await loadRuns(browser, server.url + BASELINE_PATH, BASELINE_LOADS);
      log(`${COLD_LOADS} cold loads to a painted map`);
      result.firstMap = await firstMapRuns(browser, server.url, COLD_LOADS);
      log(`${CHANGES} year changes`);
      const start = server.url + searches.first;
      result.yearChanges = await changeRuns(browser, start, searches.years, CHANGES);
      log(`${CHANGES} category changes`);
      const catStart = server.url + (searches.years[0] ?? '').replace(/&year=\d+/, '');
      result.catChanges = await changeRuns(browser, catStart, searches.cats, CHANGES);
    } finally {
      await browser.close();
    }
  } catch (e) {
    result.browserError = e instanceof Error ? e.message : String(e);
  }
  log('Lighthouse (mobile, simulated throttling)');
  result.lighthouse = await runLighthouse(server.url);
  await server.close();

  const summary = printReport(result);
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ summary, ...result }, null, 2) + '\n');
  console.log(`\nwritten: .tmp/bench-app.json`);
}

await main();
