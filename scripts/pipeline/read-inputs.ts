import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { csvBatches, csvRecords } from '../lib/csv-records.ts';
import { InputError } from '../lib/errors.ts';
import { jsonTable, peekJson, streamText, type JsonTable } from '../lib/json-records.ts';
import { NoTableInArchive, openInput, openPart, type InputPart } from '../lib/open-input.ts';
import { Progress } from '../lib/progress.ts';
import { findReader } from '../readers/index.ts';
import {
  isAggregate,
  isProblem,
  type DatasetDescriptor,
  type FlowFileParser,
  type FlowReader,
  type ReaderOptions,
  type ReferenceData,
  type ReferenceReader,
} from '../readers/types.ts';
import type { HsEdition } from '../../src/schema/manifest.ts';
import { KeyLog, scanBaciFile, type PlainRows } from './byte-scan.ts';
import { ScanPool, type ScanJob, type ScanResult } from './scan-pool.ts';
import { emptyReport, type FileReport } from './file-report.ts';
import { InputSeen } from './coverage.ts';
import { FlowKeys } from './flow-keys.ts';
import type { Stage } from './stage.ts';

export interface QuarantineRow {
  file: string;
  line: number;
  reason: string;
  value: number | null;
  raw: string;
}

export interface ReadResult {
  files: FileReport[];
  quarantine: QuarantineRow[];
  datasets: Map<string, DatasetDescriptor>;
  /** HS editions of each dataset's rows, by year (one per year unless a source mixes them). */
  editions: Map<string, Map<number, Set<HsEdition>>>;
  /** file_id used in the stage -> index in `files`. */
  fileIds: Map<number, number>;
  /** Per dataset: the codes and places of every row read (quarantined and aggregates aside). */
  seen: Map<string, InputSeen>;
  /** Rows on no list quarantined as repeats of an earlier row of their file. */
  duplicates: number;
}

interface Classified {
  path: string;
  part: string;
  display: string;
  reader: FlowReader | ReferenceReader;
  header: string[];
  /** The first data row, for readers whose dataset depends on it (annual or monthly). */
  first: string[] | null;
}

/** Every regular file under `dir`, sorted, hidden files left out. */
export function listFiles(dir: string): string[] {
  const st = statSync(dir);
  if (st.isFile()) return [dir];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (s.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const bump = (o: Record<string, number>, k: string) => {
  o[k] = (o[k] ?? 0) + 1;
};

export interface ReadContext {
  inputDir: string;
  stage: Stage;
  ref: ReferenceData;
  opts: ReaderOptions;
  /** HS6 codes on any list of each edition: rows under other codes are counted, not staged. */
  codesInScope: (edition: HsEdition) => ReadonlySet<string>;
  /** When given, only these datasets are built; files of others are reported as skipped. */
  only?: ReadonlySet<string>;
}

/**
 * Reads every file under the input directory in two passes: first the headers (to tell
 * formats apart, whatever the file names), then reference files, then trade files.
 */
export async function readInputs(ctx: ReadContext): Promise<ReadResult> {
  const rel = (p: string) => {
    const r = relative(ctx.inputDir, p) || p.split(sep).pop() || p;
    return r.split(sep).join('/');
  };
  const displayOf = (part: InputPart, path: string) => part.name.replace(path, rel(path));
  const files: FileReport[] = [];
  const classified: Classified[] = [];

  for (const path of listFiles(ctx.inputDir)) {
    try {
      for await (const part of openInput(path)) {
        const display = displayOf(part, path);
        const report = emptyReport(display);
        const head = await readHeader(part, display).catch((e: unknown) => {
          // Corrupt compressed data fails the file; text that is not CSV is merely skipped.
          if (e instanceof InputError && e.reason.startsWith('corrupt')) throw e;
          return null as Head | 'empty' | null;
        });
        const header = head && typeof head === 'object' && 'fields' in head ? head.fields : head;
        if (header === 'empty') {
          report.reason = 'empty file';
          files.push(report);
          continue;
        }
        if (header instanceof JsonSkip) {
          report.reason = header.reason;
          files.push(report);
          continue;
        }
        const reader = header ? findReader(header, ctx.opts.extraReaders) : null;
        if (!header || !reader) {
          report.reason = !header
            ? 'not a CSV file'
            : header.some((h) => h.includes('\r'))
              ? // Old Mac line endings: the whole file reads as one header line.
                'lines end in a bare carriage return (CR): save the file with LF or CRLF line endings'
              : `header not recognised: "${header.slice(0, 8).join(',').slice(0, 120)}"`;
          files.push(report);
          continue;
        }
        report.format = reader.format;
        report.status = reader.kind === 'flows' ? 'data' : 'reference';
        files.push(report);
        const first = head && typeof head === 'object' && 'fields' in head ? head.first : null;
        classified.push({ path, part: part.name, display, reader, header, first });
      }
    } catch (e) {
      const r = emptyReport(rel(path));
      const reason = describe(e);
      if (e instanceof NoTableInArchive) r.reason = reason;
      else {
        r.status = 'failed';
        r.reason = reason;
      }
      files.push(r);
    }
  }

  const reportOf = (display: string) =>
    files.find((f) => f.file === display) ?? emptyReport(display);
  const quarantine: QuarantineRow[] = [];
  const datasets = new Map<string, DatasetDescriptor>();
  const editions = new Map<string, Map<number, Set<HsEdition>>>();
  const fileIds = new Map<number, number>();
  const seen = new Map<string, InputSeen>();
  let duplicates = 0;
  const seenBy = (dataset: string) => {
    let s = seen.get(dataset);
    if (!s) seen.set(dataset, (s = new InputSeen()));
    return s;
  };

  const refs = classified.filter((c) => c.reader.kind === 'reference');
  const flows = classified.filter((c) => c.reader.kind === 'flows');
  for (const c of refs) {
    const report = reportOf(c.display);
    try {
      const reader = c.reader as ReferenceReader;
      const consume = reader.open(c.display, c.header, ctx.ref);
      await eachRecord(c, (fields, line) => {
        report.rowsRead++;
        consume(fields, line);
      });
    } catch (e) {
      report.status = 'failed';
      report.reason = describe(e);
    }
  }

  const scans = startScans(flows, ctx);
  try {
    await readFlows();
  } finally {
    await scans.pool?.close();
  }
  return { files, quarantine, datasets, editions, fileIds, seen, duplicates };

  async function readFlows(): Promise<void> {
    let fileId = 0;
    for (const c of flows) {
      scans.ahead(c);
      const report = reportOf(c.display);
      const id = fileId++;
      fileIds.set(id, files.indexOf(report));
      const local: QuarantineRow[] = [];
      // Merged into the dataset's only when the whole file was read.
      let fileSeen = new InputSeen();
      try {
        const parser = scans.parsers.get(c) ?? openParser(c, ctx);
        const ds = parser.dataset;
        if (ctx.only && !ctx.only.has(ds.id)) {
          report.status = 'skipped';
          report.dataset = ds.id;
          report.reason = `dataset ${ds.id} not selected (--datasets)`;
          continue;
        }
        const known = datasets.get(ds.id);
        if (known && known.hsEdition !== ds.hsEdition) {
          throw new InputError(
            c.display,
            1,
            `dataset ${ds.id} mixes ${known.hsEdition} and ${ds.hsEdition}`,
          );
        }
        datasets.set(ds.id, known ?? ds);
        report.dataset = ds.id;
        const scope = ds.granularity === 'hs6' ? ctx.codesInScope(ds.hsEdition) : null;
        const byYear = editions.get(ds.id) ?? new Map<number, Set<HsEdition>>();
        editions.set(ds.id, byYear);
        /** A kept row of `year` in `edition`. */
        const keptIn = (year: number, edition: HsEdition) => {
          let eds = byYear.get(year);
          if (!eds) byYear.set(year, (eds = new Set()));
          eds.add(edition);
        };
        const scan = scanOf(parser, ctx);
        // Read line by line from the start, or again after the scanner found a possible repeat.
        let byLines = scan === null;
        // Rows on no list are never staged, so their repeats are found here, in the file.
        let offList = new FlowKeys();
        let fileDuplicates = 0;
        let keyLog: KeyLog | null = null;
        const quarantined = (
          line: number,
          raw: string,
          problem: string,
          value: number | null,
          kind = generalise(problem),
        ) => {
          report.rowsQuarantined++;
          bump(report.quarantineReasons, kind);
          if (value === null) report.rowsWithoutValue++;
          else {
            report.valueRead += value;
            report.valueQuarantined += value;
          }
          local.push({ file: c.display, line, reason: problem, value, raw });
        };
        const careful = (fields: string[], line: number, raw: string) => {
          report.rowsRead++;
          const parsed = parser.parse(fields);
          if (isProblem(parsed)) return quarantined(line, raw, parsed.problem, parsed.value);
          const row = parsed;
          if (isAggregate(row)) {
            report.valueRead += row.value;
            report.rowsAggregate++;
            report.valueAggregate += row.value;
            bump(report.aggregateReasons, row.aggregate);
            report.aggregateValues[row.aggregate] =
              (report.aggregateValues[row.aggregate] ?? 0) + row.value;
            return;
          }
          const edition = row.edition ?? ds.hsEdition;
          const rowScope = scope && edition !== ds.hsEdition ? ctx.codesInScope(edition) : scope;
          if (rowScope && row.hs6 !== null && !rowScope.has(row.hs6)) {
            const first = offList.firstLine(row, line);
            if (first > 0) {
              fileDuplicates++;
              // Counted by kind as dedupe.ts counts the repeats of staged rows.
              const why = `duplicate of ${c.display}:${first}`;
              return quarantined(line, raw, why, row.value, 'duplicate row');
            }
            keyLog?.pushRow(row, fields[1] ?? '', fields[2] ?? '');
            report.valueRead += row.value;
            for (const r of row.repairs) bump(report.repairs, r);
            fileSeen.add(row, edition);
            report.rowsOutOfScope++;
            report.valueOutOfScope += row.value;
            return;
          }
          report.valueRead += row.value;
          for (const r of row.repairs) bump(report.repairs, r);
          fileSeen.add(row, edition);
          report.rowsKept++;
          report.valueKept += row.value;
          keptIn(row.year, edition);
          ctx.stage.add(ds.id, id, line, row, edition, raw);
        };
        if (scan) {
          report.readBy = 'scanner';
          const pooled = await (scans.started.get(c) ?? 'inline');
          let log: KeyLog;
          let plain: PlainRows;
          if (pooled === 'inline') {
            const own = new KeyLog(String(scan.year));
            log = keyLog = own;
            const progress = new Progress(c.display, statSync(c.path).size);
            plain = await scanBaciFile(c, scan.spec, scan.scope, careful, own, (n) =>
              progress.add(n),
            );
            progress.finish();
          } else {
            // Scanned on a worker: its odd lines are read here, in file order, as they would
            // have been during the scan.
            if (process.env.ATLAS_TIMINGS) console.error(`scan: ${c.display} on a worker thread`);
            log = keyLog = pooled.keys;
            for (const r of pooled.careful) careful(r.fields, r.line, r.raw);
            plain = pooled.plain;
          }
          if (!log.mayRepeat()) {
            const year = scan.year;
            await ctx.stage.addScanned(ds.id, id, year, ds.hsEdition, plain.staged);
            report.rowsRead += plain.rows + plain.kept.rows;
            report.valueRead += plain.value + plain.kept.value;
            report.rowsOutOfScope += plain.rows;
            report.valueOutOfScope += plain.value;
            report.rowsKept += plain.kept.rows;
            report.valueKept += plain.kept.value;
            if (plain.kept.rows > 0) keptIn(year, ds.hsEdition);
            for (const x of plain.exporters) fileSeen.place('exporter', x);
            for (const x of plain.importers) fileSeen.place('importer', x);
            for (const x of plain.codes) fileSeen.code(ds.hsEdition, x);
          } else {
            // Two rows on no list may be one flow: read again wholly the careful way, which
            // names the line each repeat repeats.
            await ctx.stage.dropFile(id);
            Object.assign(report, {
              ...emptyReport(report.file),
              format: report.format,
              status: report.status,
              dataset: report.dataset,
            });
            local.length = 0;
            fileSeen = new InputSeen();
            offList = new FlowKeys();
            fileDuplicates = 0;
            keyLog = null;
            byLines = true;
          }
        }
        if (byLines) {
          report.readBy = 'lines';
          await eachRecord(c, careful, true);
        }
        duplicates += fileDuplicates;
        quarantine.push(...local);
        seenBy(ds.id).merge(fileSeen);
      } catch (e) {
        await ctx.stage.dropFile(id);
        Object.assign(report, { ...emptyReport(report.file), format: report.format });
        report.status = 'failed';
        report.reason = describe(e);
      }
    }
  }
}

/**
 * BACI files of two or more are scanned on worker threads (scan-pool.ts), up to two files
 * ahead of the one being read; a lone file is scanned on the main thread (a worker would only
 * add its start-up).
 */
function startScans(flows: Classified[], ctx: ReadContext) {
  // Each file's parser, opened once here for the file loop too (one that cannot be opened is
  // opened again there, to fail with its reason).
  const parsers = new Map<Classified, FlowFileParser>();
  const jobs: { c: Classified; job: Omit<ScanJob, 'id'> }[] = [];
  for (const c of flows) {
    let parser: FlowFileParser;
    try {
      parser = openParser(c, ctx);
    } catch {
      continue;
    }
    parsers.set(c, parser);
    const scan = scanOf(parser, ctx);
    if (!scan || (ctx.only && !ctx.only.has(parser.dataset.id))) continue;
    jobs.push({
      c,
      job: {
        path: c.path,
        part: c.part,
        display: c.display,
        year: scan.year,
        valueDecimals: scan.spec.valueDecimals,
        countries: [...scan.spec.countries],
        knownCodes: scan.spec.knownCodes ? [...scan.spec.knownCodes] : null,
        scope: [...scan.scope],
      },
    });
  }
  const pool = jobs.length >= 2 ? new ScanPool(2) : null;
  const started = new Map<Classified, Promise<ScanResult>>();
  let next = 0;
  return {
    parsers,
    pool,
    started,
    /** Starts the scans of the files up to two past `c` (in file order). */
    ahead(c: Classified): void {
      if (!pool) return;
      const at = jobs.findIndex((j) => j.c === c);
      if (at < 0) return;
      for (; next < jobs.length && next <= at + 2; next++) {
        const j = jobs[next];
        if (!j) continue;
        const p = pool.run(j.job);
        p.catch(() => undefined); // awaited when its file is read
        started.set(j.c, p);
      }
    },
  };
}

function openParser(c: Classified, ctx: ReadContext): FlowFileParser {
  return (c.reader as FlowReader).open(c.display, c.header, ctx.ref, ctx.opts, c.first);
}

/**
 * What the byte scanner needs to read a file (byte-scan.ts), or null when the file is read
 * line by line: not a bulk format, its year unknown, no codes to scope, or --line-by-line.
 */
function scanOf(parser: FlowFileParser, ctx: ReadContext) {
  const spec = parser.bulk;
  const ds = parser.dataset;
  if (!spec || spec.year === null || ds.granularity !== 'hs6' || ctx.opts.lineByLine) return null;
  return { spec, year: spec.year, scope: ctx.codesInScope(ds.hsEdition) };
}

/** Quarantine reasons are counted by kind, without the offending value. */
export function generalise(problem: string): string {
  return problem
    .replace(/\s*"[^"]*"/g, '')
    .replace(/: \d+ of \d+ fields/, '')
    .replace(/: \d+ instead of \d+/, '');
}

function describe(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as { message?: string; code?: string };
  const msg = err.message ?? String(e);
  if (e instanceof NoTableInArchive) return msg;
  if (/central directory|zip|signature/i.test(msg)) return `corrupt zip archive (${msg})`;
  if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR')
    return `corrupt gzip data (${msg})`;
  return msg;
}

/** A table's header and its first data row (null when it has none). */
interface Head {
  fields: string[];
  first: string[] | null;
}

async function readHeader(
  part: InputPart,
  display: string,
): Promise<Head | 'empty' | JsonSkip | null> {
  const json = await jsonPart(part, display);
  if (!('stream' in json)) {
    part.stream.destroy();
    if (!json.ok) return new JsonSkip(json.reason);
    return { fields: json.header, first: json.records[0]?.fields ?? null };
  }
  part = { ...part, stream: json.stream };
  const it = csvRecords(part.stream, display, part.compression);
  try {
    const head = await it.next();
    if (head.done) return 'empty';
    // Control characters or undecodable bytes in the first line: a binary file, not a table.
    if (looksBinary(head.value.raw)) return null;
    const row = await it.next().catch(() => null);
    return { fields: head.value.fields, first: row && !row.done ? row.value.fields : null };
  } finally {
    await it.return(undefined);
    part.stream.destroy();
  }
}

async function eachRecord(
  c: Classified,
  fn: (fields: string[], line: number, raw: string) => void,
  withProgress = false,
): Promise<void> {
  const total = statSync(c.path).size;
  const progress = withProgress ? new Progress(c.display, total) : null;
  for await (const part of openPart(c.path, c.part, (n) => progress?.add(n))) {
    const json = await jsonPart(part, c.display);
    if (!('stream' in json)) {
      if (!json.ok) throw new InputError(c.display, 1, json.reason);
      for (const rec of json.records) fn(rec.fields, rec.line, rec.raw);
      continue;
    }
    let first = true;
    for await (const batch of csvBatches(json.stream, c.display, part.compression)) {
      for (const rec of batch) {
        if (first) {
          first = false;
          continue;
        }
        fn(rec.fields, rec.line, rec.raw);
      }
    }
  }
  progress?.finish();
}

// --- JSON input hook (UN Comtrade Plus API responses; scripts/lib/json-records.ts) ---------
// A part whose first non-space byte is `{` or `[` is read whole as a JSON table: the keys of
// its records are the header, each record a row and its number the line. JSON that is not an
// array of flat records is skipped with the reason, like any other unrecognised file.

/** A JSON file that is not a table: skipped, with why. */
class JsonSkip {
  constructor(readonly reason: string) {}
}

/** The part as a JSON table, or, when it is not JSON, the stream to read it from instead. */
async function jsonPart(
  part: InputPart,
  display: string,
): Promise<JsonTable | { stream: Readable }> {
  try {
    const peek = await peekJson(part.stream);
    if (!peek.json) return { stream: peek.stream };
    return jsonTable(await streamText(peek.stream));
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const msg = err.message ?? String(e);
    if (part.compression === 'zip')
      throw new InputError(display, 0, `corrupt zip archive (${msg})`);
    if (part.compression === 'gzip' || err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR')
      throw new InputError(display, 0, `corrupt gzip data (${msg})`);
    throw new InputError(display, 0, `unreadable file (${msg})`);
  }
}
// --- end of the JSON input hook -------------------------------------------------------------

/** NUL and other control characters (tab, CR and LF aside) or U+FFFD mean bytes, not text. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) return true;
  }
  return false;
}
