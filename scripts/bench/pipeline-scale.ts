/**
 * npm run bench:pipeline-scale [-- --rows N --years Y] [files...]
 *
 * How the build would scale to a release larger than any measured: reads the summaries that
 * `npm run bench:pipeline` wrote (.tmp/bench-pipeline-<rows>.json, or the files named), fits
 * wall time, peak memory and output size to straight lines in the number of rows read and
 * kept (least squares over the measured sizes), and prints them at N rows (default: a full
 * BACI HS92 history, 1995 to 2023, about 250 million rows). An extrapolation, not a
 * measurement: it says so, and prints the measured points it rests on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const GIB = 1024 ** 3;

interface Point {
  file: string;
  date: string;
  rows: number;
  years: number;
  kept: number;
  inputBytes: number;
  floorMs: number;
  pipelineMs: number;
  peakBytes: number;
  outputBytes: number | null;
}

interface Summary {
  date?: string;
  rows?: number;
  years?: number;
  synth?: { bytes?: number; strategicRows?: number };
  outputBytes?: number | null;
  runs?: Record<string, { status?: string; wallMs?: number; peakRssBytes?: number | null }>;
  pipelineReport?: { rowsKept?: number } | null;
}

function readPoint(file: string): Point | null {
  const s = JSON.parse(readFileSync(file, 'utf8')) as Summary;
  const floor = s.runs?.floor;
  const pipe = s.runs?.pipeline;
  if (floor?.status !== 'ok' || pipe?.status !== 'ok') return null;
  if (s.rows === undefined || pipe.wallMs === undefined || floor.wallMs === undefined) return null;
  return {
    file,
    date: s.date ?? '',
    rows: s.rows,
    years: s.years ?? 1,
    kept: s.pipelineReport?.rowsKept ?? s.synth?.strategicRows ?? 0,
    inputBytes: s.synth?.bytes ?? 0,
    floorMs: floor.wallMs,
    pipelineMs: pipe.wallMs,
    peakBytes: pipe.peakRssBytes ?? 0,
    outputBytes: s.outputBytes ?? null,
  };
}

/** Least-squares line y = a + b x; with one point, a line through the origin. */
function fitLine(xs: number[], ys: number[]): { a: number; b: number } {
  const n = xs.length;
  if (n === 0) return { a: 0, b: 0 };
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * ((ys[i] ?? 0) - my);
  });
  if (n === 1 || sxx === 0) return { a: 0, b: mx === 0 ? 0 : my / mx };
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: {
      rows: { type: 'string', default: '250000000' },
      years: { type: 'string', default: '29' },
    },
    allowPositionals: true,
  });
  const dir = join(ROOT, '.tmp');
  const files =
    positionals.length > 0
      ? positionals
      : existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /^bench-pipeline-\d+\.json$/.test(f))
            .map((f) => join(dir, f))
        : [];
  const points = files
    .filter((f) => statSync(f).isFile())
    .map(readPoint)
    .filter((p): p is Point => p !== null)
    .sort((a, b) => a.rows - b.rows);
  if (points.length < 2) {
    console.error(
      'bench:pipeline-scale needs at least two measured sizes with floor and pipeline runs: run e.g.\n' +
        '  npm run bench:pipeline -- --rows 10000000 --runs floor,pipeline\n' +
        '  npm run bench:pipeline -- --rows 50000000 --years 5 --runs floor,pipeline\n' +
        '  npm run bench:pipeline -- --rows 100000000 --years 20 --runs floor,pipeline',
    );
    return 2;
  }
  const rows = Number(values.rows);
  const years = Number(values.years);
  const keptShare = points.reduce((s, p) => s + p.kept, 0) / points.reduce((s, p) => s + p.rows, 0);
  const bytesPerRow =
    points.reduce((s, p) => s + p.inputBytes, 0) / points.reduce((s, p) => s + p.rows, 0);
  const kept = rows * keptShare;

  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const gib = (b: number) => `${(b / GIB).toFixed(2)} GiB`;
  const mb = (b: number | null) => (b === null ? 'n/a' : `${(b / 1e6).toFixed(0)} MB`);
  console.log(
    'Measured (npm run bench:pipeline, same machine; each row one run, or the median of --repeat R):',
  );
  console.log('rows         years  kept rows   floor     pipeline  x floor  peak RSS   output');
  for (const p of points) {
    console.log(
      [
        p.rows.toLocaleString('en-US').padEnd(12),
        String(p.years).padEnd(6),
        p.kept.toLocaleString('en-US').padEnd(11),
        sec(p.floorMs).padEnd(9),
        sec(p.pipelineMs).padEnd(9),
        `${(p.pipelineMs / p.floorMs).toFixed(2)}x`.padEnd(8),
        gib(p.peakBytes).padEnd(10),
        mb(p.outputBytes),
      ].join(' ') + `  (${p.date})`,
    );
  }
  const time = fitLine(
    points.map((p) => p.rows),
    points.map((p) => p.pipelineMs),
  );
  const floor = fitLine(
    points.map((p) => p.rows),
    points.map((p) => p.floorMs),
  );
  const memory = fitLine(
    points.map((p) => p.kept),
    points.map((p) => p.peakBytes),
  );
  const withOutput = points.filter((p) => p.outputBytes !== null);
  const output = fitLine(
    withOutput.map((p) => p.kept),
    withOutput.map((p) => p.outputBytes ?? 0),
  );
  const at = (f: { a: number; b: number }, x: number) => f.a + f.b * x;
  console.log(
    `\nStraight lines through them: build ${sec(time.a)} + ${((time.b * 1e6) / 1000).toFixed(2)} s per million rows read; ` +
      `floor ${sec(floor.a)} + ${((floor.b * 1e6) / 1000).toFixed(2)} s per million; ` +
      `peak memory ${gib(memory.a)} + ${gib(memory.b * 1e6)} per million rows kept` +
      (withOutput.length >= 2
        ? `; output ${mb(output.a)} + ${mb(output.b * 1e6)} per million rows kept`
        : ''),
  );
  console.log(
    `\nExtrapolated (not measured) to ${rows.toLocaleString('en-US')} rows over ${years} years, ` +
      `${(keptShare * 100).toFixed(2)}% of rows under list codes as in the measured data (${Math.round(kept).toLocaleString('en-US')} rows kept):`,
  );
  console.log(`  build: about ${sec(at(time, rows))} (floor about ${sec(at(floor, rows))})`);
  console.log(`  peak memory: about ${gib(at(memory, kept))}`);
  console.log(`  input: about ${((rows * bytesPerRow) / 1e9).toFixed(1)} GB of uncompressed CSV`);
  if (withOutput.length >= 2) console.log(`  output folder: about ${mb(at(output, kept))}`);
  console.log(
    '\nThe lines assume the measured trend holds; the more sizes measured, the better the fit.',
  );
  return 0;
}

process.exitCode = main();
