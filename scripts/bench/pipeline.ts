/**
 * npm run bench:pipeline -- --rows N [--years Y] [--keep] [--runs floor,pipeline,arquero]
 *                           [--arquero-mode chunk|load] [--profile] [--seed S] [--data-dir D]
 *                           [--order baci|drawn] [--repeat R]
 *
 * Writes N rows of synthetic BACI data (scripts/bench/synth.ts; one file per year, named
 * ..._SYNTHETIC.csv) into a temporary folder, then runs, each in its own child process so
 * that its peak memory can be measured:
 *   floor    - the least work any implementation must do: one DuckDB SQL aggregation of the
 *              same files (scripts/bench/pipeline-floor.ts);
 *   pipeline - the atlas build (scripts/cli/build-data.ts) into a temporary output folder;
 *   arquero  - a straightforward Arquero implementation (scripts/bench/pipeline-arquero.ts).
 * Prints wall time, rows per second and peak RSS of each, the ratios to the floor and the
 * targets, and writes .tmp/bench-pipeline-<N>.json. It is not a test. --profile adds an
 * untimed pipeline run under `node --cpu-prof` and prints where its main thread spends time.
 * The temporary folder is deleted at the end unless --keep. --data-dir D writes the synthetic
 * files to D instead (kept) and, when D already holds the files of the same N, years and seed
 * (recorded beside it in D.bench.json), reuses them: a 100-million-row set takes minutes to
 * write, and the figures are the same (the generator is seeded). Rows are in BACI's own order
 * (sorted by exporter, importer and code, as every release is); --order drawn writes them as
 * drawn, to measure a file in no order. --repeat R runs each R times, alternating, and reports
 * the run of median wall time (and the highest peak memory): the floor's own time moves by
 * half from one run to the next on a shared 2-core machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version as duckdbVersion } from '@duckdb/node-api';
import { benchCodes } from './pipeline-codes.ts';
import { printProfile, summariseProfile, type ProfileSummary } from './pipeline-profile.ts';
import { generate, SEED, ZIPF_S, type RowOrder, type SynthResult } from './synth.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GIB = 1024 ** 3;
const TIME = '/usr/bin/time';
const RATIO_TARGET = 1.5;
/** Peak memory targets: 2 GiB at 10M rows (one year), 3 GiB at 50M rows over 5 years. */
const MEMORY_10M = { rows: 10_000_000, bytes: 2 * GIB, label: '< 2 GiB at 10M rows' };
const MEMORY_50M = { rows: 50_000_000, bytes: 3 * GIB, label: '< 3 GiB at 50M rows over 5 years' };
const RUNS = ['floor', 'pipeline', 'arquero'] as const;
type RunName = (typeof RUNS)[number];

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

export interface RunResult {
  name: RunName;
  command: string;
  status: 'ok' | 'failed' | 'out of memory';
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  rowsPerSec: number | null;
  peakRssBytes: number | null;
  rssFrom: string;
  result: Record<string, unknown> | null;
  /** The build's own phase times (its `timing:` lines), in the order it ran them. */
  phases: { phase: string; ms: number }[];
  /** With --repeat: the wall time of every run, this one being the median. */
  walls?: number[];
  stderrTail: string;
}

/** GNU time with -v; $BENCH_NO_GNU_TIME=1 forces the process.resourceUsage() fallback. */
function hasGnuTime(): boolean {
  if (process.env.BENCH_NO_GNU_TIME === '1' || !existsSync(TIME)) return false;
  const r = spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr);
}

const tail = (s: string, n = 4000) => (s.length > n ? s.slice(-n) : s);
const OOM =
  /heap out of memory|Allocation failed|Invalid string length|Cannot create a string longer|ERR_STRING_TOO_LONG|std::bad_alloc|Out of Memory Error/i;

/** Runs `node --import tsx <args>` as a child and measures its wall time and peak RSS. */
async function measure(
  name: RunName,
  nodeArgs: string[],
  rows: number,
  gnuTime: boolean,
  tmp: string,
): Promise<RunResult> {
  const rssFile = join(tmp, `${name}.maxrss`);
  const node = [process.execPath, '--import', 'tsx'];
  if (!gnuTime) node.push('--import', join(ROOT, 'scripts/bench/pipeline-rss.ts'));
  const argv = gnuTime ? [TIME, '-v', ...node, ...nodeArgs] : [...node, ...nodeArgs];
  const command = argv
    .map((a) => a.replace(process.execPath, 'node').replace(ROOT + '/', ''))
    .join(' ');
  log(`${name}: ${command}`);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>(
    (done, fail) => {
      const child = spawn(argv[0] ?? '', argv.slice(1), {
        cwd: ROOT,
        // The build prints its phase times (ATLAS_TIMINGS), read back from its stderr.
        env: { ...process.env, BENCH_RSS_FILE: rssFile, ATLAS_TIMINGS: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = tail(stdout + d, 1e6)));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = tail(stderr + d, 1e6)));
      child.on('error', fail);
      child.on('close', (c, s) => done({ code: c, signal: s }));
    },
  );
  const wallMs = performance.now() - started;
  let peak: number | null = null;
  if (gnuTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (m) peak = Number(m[1]) * 1024;
  } else if (existsSync(rssFile)) {
    peak = Number(readFileSync(rssFile, 'utf8'));
  }
  // GNU time reports a child killed by a signal as exit status 128+n and says so.
  const killed = /Command terminated by signal (\d+)/.exec(stderr);
  const failed = code !== 0 || signal !== null;
  const status: RunResult['status'] = !failed
    ? 'ok'
    : OOM.test(stderr)
      ? 'out of memory'
      : 'failed';
  let result: Record<string, unknown> | null = null;
  const last = stdout.trim().split('\n').pop() ?? '';
  if (last.startsWith('{')) {
    try {
      result = JSON.parse(last) as Record<string, unknown>;
    } catch {
      result = null;
    }
  }
  const r: RunResult = {
    name,
    command,
    status,
    exitCode: code,
    signal: signal ?? (killed ? `signal ${killed[1]}` : null),
    wallMs,
    rowsPerSec: status === 'ok' ? rows / (wallMs / 1000) : null,
    peakRssBytes: peak,
    rssFrom: gnuTime ? '/usr/bin/time -v (Maximum resident set size)' : 'process.resourceUsage()',
    result,
    phases: phasesOf(stderr),
    stderrTail: failed ? tail(stderr.replace(/\n\tCommand being timed:[\s\S]*$/, ''), 2000) : '',
  };
  log(
    `${name}: ${r.status}, ${(wallMs / 1000).toFixed(2)} s, peak ${peak === null ? 'n/a' : gib(peak)}`,
  );
  return r;
}

/**
 * The `timing: <phase> <ms> ms` lines the build prints with ATLAS_TIMINGS=1 (its other lines,
 * `scan: ...` for a file scanned on a worker thread, fall inside the read phase).
 */
function phasesOf(stderr: string): { phase: string; ms: number }[] {
  const out: { phase: string; ms: number }[] = [];
  for (const m of stderr.matchAll(/^timing: (.+) (\d+) ms$/gm)) {
    out.push({ phase: m[1] ?? '', ms: Number(m[2]) });
  }
  return out;
}

/**
 * The synthetic files written earlier to a --data-dir, when they are those of this N, number
 * of years, seed and row order and all still there; otherwise undefined (they are written again).
 */
function reuse(
  marker: string,
  rows: number,
  years: number,
  seed: number,
  order: RowOrder,
): SynthResult | undefined {
  if (!existsSync(marker)) return undefined;
  const m = JSON.parse(readFileSync(marker, 'utf8')) as {
    rows: number;
    years: number;
    seed: number;
    synth: SynthResult;
  };
  // Files written before the order was an option were written as drawn.
  const same =
    m.rows === rows && m.years === years && m.seed === seed && (m.synth.order ?? 'drawn') === order;
  const whole = m.synth.files.every((f) => existsSync(f));
  return same && whole ? m.synth : undefined;
}

/** The run of median wall time, with the highest peak memory and every wall time. */
function median(rs: RunResult[]): RunResult | undefined {
  const ok = rs.filter((r) => r.status === 'ok');
  if (ok.length === 0) return rs[0];
  const sorted = [...ok].sort((a, b) => a.wallMs - b.wallMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!mid) return undefined;
  const peaks = ok.map((r) => r.peakRssBytes ?? 0);
  return {
    ...mid,
    peakRssBytes: mid.peakRssBytes === null ? null : Math.max(...peaks),
    walls: rs.map((r) => r.wallMs),
  };
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const gib = (b: number) => `${(b / GIB).toFixed(2)} GiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = rows;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

interface PipelineReport {
  totals?: Record<string, number>;
  duplicates?: number;
}

function pipelineTotals(outDir: string): Record<string, number> | null {
  const p = join(outDir, 'build-report.json');
  if (!existsSync(p)) return null;
  const r = JSON.parse(readFileSync(p, 'utf8')) as PipelineReport;
  return { ...(r.totals ?? {}), duplicates: r.duplicates ?? 0 };
}

/** The 10M target applies up to 10M rows, the 50M one above (indicative unless N matches). */
function memoryTarget(rows: number) {
  return rows <= MEMORY_10M.rows ? MEMORY_10M : MEMORY_50M;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      years: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string', default: RUNS.join(',') },
      'arquero-mode': { type: 'string', default: 'chunk' },
      profile: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(SEED) },
      'data-dir': { type: 'string' },
      order: { type: 'string', default: 'baci' },
      repeat: { type: 'string', default: '1' },
    },
  });
  const rows = Number(values.rows);
  const years = Number(values.years);
  const runs = values.runs.split(',').map((s) => s.trim()) as RunName[];
  const repeat = Number(values.repeat);
  if (
    !Number.isSafeInteger(rows) ||
    rows < 1 ||
    !Number.isSafeInteger(years) ||
    years < 1 ||
    years > rows ||
    runs.some((r) => !RUNS.includes(r)) ||
    (values.order !== 'baci' && values.order !== 'drawn') ||
    !Number.isSafeInteger(repeat) ||
    repeat < 1
  ) {
    console.error(
      'usage: npm run bench:pipeline -- --rows N [--years Y] [--keep] [--runs floor,pipeline,arquero] [--arquero-mode chunk|load] [--profile] [--seed S] [--data-dir D] [--order baci|drawn] [--repeat R]',
    );
    return 2;
  }

  const tmp = mkdtempSync(join(os.tmpdir(), 'bench-pipeline-'));
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : null;
  const input = dataDir ?? join(tmp, 'input');
  // Beside the folder, not in it: the build reads every file of its input folder.
  const marker = `${input}.bench.json`;
  mkdirSync(input, { recursive: true });
  const gnuTime = hasGnuTime();
  const codes = benchCodes(join(ROOT, 'data/lists'));
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGiB: os.totalmem() / GIB,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
  const arqueroPkg = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/arquero/package.json'), 'utf8'),
  ) as { version: string };
  const duckPkg = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@duckdb/node-api/package.json'), 'utf8'),
  ) as { version: string };

  const results: Partial<Record<RunName, RunResult>> = {};
  let synth: SynthResult | undefined;
  let pipeline: Record<string, number> | null = null;
  let outputBytes: number | null = null;
  let profile: ProfileSummary | null = null;
  try {
    const order = values.order as RowOrder;
    synth = dataDir ? reuse(marker, rows, years, Number(values.seed), order) : undefined;
    if (synth) log(`reusing the ${fmtInt(rows)} synthetic rows in ${input} (${marker})`);
    else {
      if (dataDir && readdirSync(input).length > 0) {
        throw new Error(
          `--data-dir ${input} holds other files: give an empty or new folder (the build reads all of it)`,
        );
      }
      log(`generating ${fmtInt(rows)} synthetic rows over ${years} year(s) in ${input}`);
      synth = await generate({
        rows,
        years,
        dir: input,
        seed: Number(values.seed),
        strategic: codes,
        order,
        log,
      });
      log(`generated ${(synth.bytes / 1e6).toFixed(1)} MB in ${sec(synth.ms)}`);
      if (dataDir) {
        const seed = Number(values.seed);
        writeFileSync(marker, JSON.stringify({ rows, years, seed, synth }, null, 1) + '\n');
      }
    }
    const files = synth.files;
    const all: Partial<Record<RunName, RunResult[]>> = {};
    for (let rep = 0; rep < repeat; rep++)
      for (const name of runs) {
        if (name === 'floor') {
          const out = join(tmp, 'floor.parquet');
          (all.floor ??= []).push(
            await measure(
              name,
              ['scripts/bench/pipeline-floor.ts', '--out', out, ...files],
              rows,
              gnuTime,
              tmp,
            ),
          );
        } else if (name === 'pipeline') {
          const out = join(tmp, 'pipeline-out');
          (all.pipeline ??= []).push(
            await measure(
              name,
              ['scripts/cli/build-data.ts', '--input', input, '--out', out],
              rows,
              gnuTime,
              tmp,
            ),
          );
          pipeline = pipelineTotals(out);
          if (existsSync(out)) outputBytes = folderBytes(out);
          rmSync(out, { recursive: true, force: true });
        } else {
          const out = join(tmp, 'arquero.csv');
          (all.arquero ??= []).push(
            await measure(
              name,
              [
                'scripts/bench/pipeline-arquero.ts',
                '--mode',
                values['arquero-mode'],
                '--out',
                out,
                ...files,
              ],
              rows,
              gnuTime,
              tmp,
            ),
          );
        }
      }
    for (const name of runs) {
      const r = median(all[name] ?? []);
      if (r) results[name] = r;
    }
    if (values.profile) {
      const dir = join(tmp, 'cpuprofile');
      log('profiling the pipeline (untimed run under node --cpu-prof)');
      const r = spawnSync(
        process.execPath,
        [
          '--cpu-prof',
          '--cpu-prof-dir',
          dir,
          '--import',
          'tsx',
          'scripts/cli/build-data.ts',
          '--input',
          input,
          '--out',
          join(tmp, 'profile-out'),
        ],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const prof = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) : null;
      if (r.status === 0 && prof) profile = summariseProfile(join(dir, prof));
      else log(`profile run failed (exit ${r.status})`);
    }
  } finally {
    if (values.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  // Report.
  const floor = results.floor;
  const ratio = (r?: RunResult) =>
    r && floor && r.status === 'ok' && floor.status === 'ok' ? r.wallMs / floor.wallMs : null;
  const pipeRatio = ratio(results.pipeline);
  const arqRatio = ratio(results.arquero);
  const memTarget = memoryTarget(rows);
  const formal = memTarget.rows === rows && (rows !== MEMORY_50M.rows || years === 5);
  const peak = results.pipeline?.peakRssBytes ?? null;
  const ratioPass = pipeRatio === null ? null : pipeRatio <= RATIO_TARGET;
  const memPass = peak === null ? null : peak < memTarget.bytes;
  const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');

  const keptOf = (r?: RunResult) =>
    typeof r?.result?.kept === 'number' ? (r.result.kept as number) : null;
  const valueOf = (r?: RunResult) =>
    typeof r?.result?.valueUsd === 'number' ? (r.result.valueUsd as number) : null;
  const check = {
    floorKept: keptOf(floor),
    pipelineKept: pipeline?.rowsKept ?? null,
    arqueroKept: keptOf(results.arquero),
    floorValueUsd: valueOf(floor),
    pipelineValueUsd: pipeline?.valueKept ?? null,
    arqueroValueUsd: valueOf(results.arquero),
  };

  const summary = {
    date: new Date().toISOString(),
    machine,
    node: process.version,
    duckdb: `${duckdbVersion()} (@duckdb/node-api ${duckPkg.version})`,
    arquero: arqueroPkg.version,
    rows,
    years,
    seed: Number(values.seed),
    synth: synth && {
      source: synth.sourceNote,
      productCodes: `${synth.productCodes} (${synth.productSource}), Zipf-like weight 1/rank^${ZIPF_S}`,
      strategicCodes: codes.size,
      strategicRows: synth.strategicRows,
      strategicShare: synth.strategicRows / rows,
      redraws: synth.redraws,
      bytes: synth.bytes,
      ms: synth.ms,
    },
    runs: results,
    pipelineReport: pipeline,
    outputBytes,
    check,
    ratios: { pipelineToFloor: pipeRatio, arqueroToFloor: arqRatio },
    targets: {
      ratio: `pipeline <= ${RATIO_TARGET}x floor`,
      ratioPass,
      memory: memTarget.label,
      memoryApplies: formal ? 'formal (N matches the target)' : `indicative (N = ${rows})`,
      memoryPass: memPass,
    },
  };

  console.log('\nPipeline benchmark (synthetic BACI data)');
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB.toFixed(1)} GiB RAM, ${machine.platform}`,
  );
  console.log(
    `node ${summary.node}, DuckDB ${summary.duckdb}, arquero ${summary.arquero}, peak RSS from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}`,
  );
  if (synth) {
    console.log(
      `data: ${fmtInt(rows)} rows, ${years} year(s), ${(synth.bytes / 1e6).toFixed(1)} MB, generated in ${sec(synth.ms)} (seed ${summary.seed})`,
    );
    console.log(`  drawn from ${synth.sourceNote}`);
    console.log(
      `  rows ${synth.order === 'drawn' ? 'in the order drawn (--order drawn)' : 'sorted by exporter, importer and code, as in every BACI release'}`,
    );
    console.log(
      `  codes: ${summary.synth?.productCodes}; ${codes.size} HS2022 codes on the lists; ${fmtInt(synth.strategicRows)} rows (${((synth.strategicRows / rows) * 100).toFixed(2)}%) under them`,
    );
  }
  const rowsOut: string[][] = [
    ['run', 'status', 'wall', 'rows/s', 'peak RSS', 'x floor', 'kept rows', 'groups'],
  ];
  for (const name of runs) {
    const r = results[name];
    if (!r) continue;
    const x = ratio(r);
    rowsOut.push([
      name,
      r.status,
      sec(r.wallMs),
      r.rowsPerSec === null ? 'n/a' : fmtInt(r.rowsPerSec),
      r.peakRssBytes === null ? 'n/a' : gib(r.peakRssBytes),
      x === null ? 'n/a' : `${x.toFixed(2)}x`,
      String((name === 'pipeline' ? check.pipelineKept : keptOf(r)) ?? 'n/a'),
      String(r.result?.groups ?? (name === 'pipeline' ? '(shards)' : 'n/a')),
    ]);
  }
  console.log('\n' + table(rowsOut));
  for (const r of Object.values(results)) {
    if (r.walls && r.walls.length > 1)
      console.log(`${r.name}: median of ${r.walls.length} runs (${r.walls.map(sec).join(', ')})`);
  }
  for (const r of Object.values(results)) {
    if (r.status !== 'ok')
      console.log(
        `\n${r.name} ${r.status} (exit ${r.exitCode}${r.signal ? `, ${r.signal}` : ''}):\n${r.stderrTail}`,
      );
  }
  if (pipeline) {
    console.log(
      `\npipeline report: read ${fmtInt(pipeline.rowsRead ?? 0)}, kept ${fmtInt(pipeline.rowsKept ?? 0)}, out of scope ${fmtInt(pipeline.rowsOutOfScope ?? 0)}, quarantined ${fmtInt(pipeline.rowsQuarantined ?? 0)} (duplicates ${fmtInt(pipeline.duplicates ?? 0)})`,
    );
  }
  const agree = (a: number | null, b: number | null, tol = 0) =>
    a === null || b === null ? 'n/a' : Math.abs(a - b) <= tol ? 'agree' : 'DIFFER';
  console.log(
    `check: kept rows floor/pipeline ${agree(check.floorKept, check.pipelineKept)}, floor/arquero ${agree(check.floorKept, check.arqueroKept)}; value (USD) floor/pipeline ${agree(check.floorValueUsd, check.pipelineValueUsd)}, floor/arquero ${agree(check.floorValueUsd, check.arqueroValueUsd, Math.max(1, (check.floorValueUsd ?? 0) * 1e-9))}`,
  );
  console.log(
    `\nratios: pipeline/floor ${pipeRatio === null ? 'n/a' : pipeRatio.toFixed(2) + 'x'}, arquero/floor ${arqRatio === null ? 'n/a' : arqRatio.toFixed(2) + 'x'}`,
  );
  console.log(
    `target pipeline <= ${RATIO_TARGET}x floor: ${verdict(ratioPass)}${pipeRatio === null ? '' : ` (${pipeRatio.toFixed(2)}x)`}`,
  );
  console.log(
    `target peak RSS ${memTarget.label}: ${verdict(memPass)}${peak === null ? '' : ` (${gib(peak)})`}${formal ? '' : ` [indicative: run at ${fmtInt(rows)} rows]`}`,
  );
  const phases = results.pipeline?.phases ?? [];
  if (phases.length > 0) {
    console.log(
      `\nthe build's phases (ATLAS_TIMINGS; output ${outputBytes === null ? 'n/a' : `${(outputBytes / 1e6).toFixed(1)} MB`}):`,
    );
    console.log(
      table([
        ['phase', 'time'],
        ...phases.map((p) => [p.phase, sec(p.ms)]),
        [
          'process start, module loading and exit (the rest of the wall time)',
          sec((results.pipeline?.wallMs ?? 0) - phases.reduce((s, p) => s + p.ms, 0)),
        ],
      ]),
    );
  }
  if (profile) {
    console.log('\nWhere the pipeline spends its time (separate run under --cpu-prof):');
    printProfile(profile);
  }

  const out = join(ROOT, '.tmp', `bench-pipeline-${rows}.json`);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...summary, profile }, null, 2) + '\n');
  console.log(`\nwritten: .tmp/bench-pipeline-${rows}.json`);
  return 0;
}

process.exitCode = await main();
