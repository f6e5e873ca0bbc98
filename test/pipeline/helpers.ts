/**
 * Helpers for the bad-input tests: tiny fixture trees in temporary folders, the real CLI as
 * a subprocess, a minimal zip writer (no `zip` binary needed) and readers for the outputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { crc32, deflateRawSync, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { ROOT } from './independent.ts';

export type Tree = Record<string, string | Buffer>;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The report's per-file entry is the pipeline's own type: a test must not drift from it. */
export type { FileReport } from '../../scripts/pipeline/file-report.ts';
import type { FileReport } from '../../scripts/pipeline/file-report.ts';

export interface BuildReport {
  reconciled: boolean;
  duplicates: number;
  totals: Record<string, number>;
  files: FileReport[];
}

export interface QuarantineRow {
  file: string;
  line: string;
  reason: string;
  value: string;
  raw: string;
}

const temps: string[] = [];

/** A fresh folder under the OS temp dir, removed by `cleanTemps`. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'atlas-bad-input-'));
  temps.push(d);
  return d;
}

export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function writeTree(dir: string, files: Tree): string {
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** Every file under `dir`, relative path -> bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Runs `tsx scripts/cli/build-data.ts` from the repository root. */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/cli/build-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 100_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The hand-written Kosovo fixture (reporter XKX, no ISO code): fixtures/kosovo/README.md. */
export const KOSOVO_FIXTURE = join(ROOT, 'test/pipeline/fixtures/kosovo');

/**
 * Builds the Kosovo fixture into `out` with the real CLI (its input folder and mapping, the
 * project's lists), as a browser test would serve it: `serveDistWithData(out)`.
 */
export function buildKosovoFixture(out: string): CliRun {
  return runCli([
    ...['--input', join(KOSOVO_FIXTURE, 'input')],
    ...['--mapping', join(KOSOVO_FIXTURE, 'mapping.json')],
    ...['--out', out],
  ]);
}

export interface Built extends CliRun {
  input: string;
  out: string;
  report: BuildReport;
  quarantine: QuarantineRow[];
  file: (name: string) => FileReport;
}

/** Writes `files` into a fresh input folder, builds it, and reads the report back. */
export function buildTree(files: Tree, extraArgs: string[] = []): Built {
  const root = tempDir();
  const input = writeTree(join(root, 'in'), files);
  const out = join(root, 'out');
  const run = runCli(['--input', input, '--out', out, ...extraArgs]);
  if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stderr}`);
  const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as BuildReport;
  const quarantine = parse(readFileSync(join(out, 'quarantine.csv'), 'utf8'), {
    columns: true,
  }) as QuarantineRow[];
  const file = (name: string) => {
    const f = report.files.find((x) => x.file === name);
    if (!f) throw new Error(`${name} not in build-report.json`);
    return f;
  };
  return { ...run, input, out, report, quarantine, file };
}

/** Checks every file's value (and, for data files, row) balance and the overall verdict. */
export function expectReconciled(report: BuildReport): void {
  for (const f of report.files) {
    expect(f.valueRead, `${f.file} value balance`).toBe(
      f.valueKept + f.valueOutOfScope + f.valueQuarantined + f.valueAggregate,
    );
    // Reference files only count the rows they read.
    if (f.status !== 'data') continue;
    expect(f.rowsRead, `${f.file} row balance`).toBe(
      f.rowsKept + f.rowsOutOfScope + f.rowsQuarantined + f.rowsAggregate,
    );
  }
  expect(report.reconciled).toBe(true);
}

/** The lines of downloads/<dataset>.csv.gz. */
export function downloadLines(out: string, dataset = 'baci-hs22-v202501'): string[] {
  const text = gunzipSync(readFileSync(join(out, 'downloads', `${dataset}.csv.gz`))).toString();
  return text.trimEnd().split('\n');
}

/** A BACI table with header; CRLF and BOM on request. */
export function baciCsv(rows: string[], opts: { crlf?: boolean; bom?: boolean } = {}): string {
  const eol = opts.crlf ? '\r\n' : '\n';
  return (opts.bom ? '\uFEFF' : '') + ['t,i,j,k,v,q', ...rows].join(eol) + eol;
}

/** A strategic-goods list file in the data/lists format. */
export function listCsv(codes: string[], id = 'test'): string {
  return (
    [
      `# id: ${id}`,
      '# name: Test list',
      '# version: 1',
      '# hs_edition: HS2022',
      '# source: bad-input test fixture',
      '# licence: CC0',
      '# category a: Category A',
      'hs6,category,specificity,regime,item',
      ...codes.map((c) => `${c},a,broad,X,Item ${c}`),
    ].join('\n') + '\n'
  );
}

/**
 * A zip archive (deflated entries, no data descriptors) written by hand so that the tests
 * need no `zip` binary. `mangle` may alter an entry's compressed bytes before writing.
 */
export function zipBytes(entries: Tree, mangle?: (name: string, data: Buffer) => Buffer): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const raw = Buffer.from(content);
    const data = mangle ? mangle(name, deflateRawSync(raw)) : deflateRawSync(raw);
    const fname = Buffer.from(name, 'utf8');
    const common = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(0, at + 2); // flags
      h.writeUInt16LE(8, at + 4); // deflate
      h.writeUInt16LE(0, at + 6); // time
      h.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
      h.writeUInt32LE(crc32(raw), at + 10);
      h.writeUInt32LE(data.length, at + 14);
      h.writeUInt32LE(raw.length, at + 18);
      h.writeUInt16LE(fname.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4); // version made by
    common(cd, 6);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    central.push(cd, fname);
    offset += local.length + fname.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}
