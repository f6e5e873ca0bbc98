import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { gunzipSync } from 'node:zlib';
import { openInput, sniffCompression } from '../lib/open-input.ts';
import type { HsEdition } from '../../src/schema/manifest.ts';
import type { BulkScan } from '../readers/types.ts';
import { InputSeen } from './coverage.ts';
import type { FileReport } from './file-report.ts';
import { num, type Stage } from './stage.ts';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface BulkScanResult {
  /** Years of the staged rows. */
  years: number[];
  /** The codes and places of every row (all of them valid, or the file is not taken). */
  seen: InputSeen;
}

/**
 * The fast path for the bulk of a full release (BACI: ten million rows a year): the whole
 * file is read, checked, classified and staged by DuckDB's multi-threaded CSV reader, never
 * line by line in JavaScript. It only takes files it can vouch for: every row, on a list or
 * not, well formed, of the file's year, with a known code and countries, and no flow repeated.
 * On anything else it stages nothing and returns null, and the file takes the line-by-line
 * path, which quarantines each bad row with its file, line and reason. The two paths give
 * identical output (test/pipeline/bulk-scan.test.ts).
 */
export async function bulkScan(
  stage: Stage,
  path: string,
  partName: string,
  scan: BulkScan,
  scope: ReadonlySet<string>,
  target: { dataset: string; fileId: number; edition: HsEdition },
  report: FileReport,
): Promise<BulkScanResult | null> {
  if (scan.year === null) {
    log("the file's year cannot be told: line by line");
    return null;
  }
  const compression = await sniffCompression(path);
  let source = path;
  let tmp: string | null = null;
  try {
    if (compression === 'zip') {
      // DuckDB reads no zip: the entry is inflated to a temporary file first.
      tmp = mkdtempSync(join(tmpdir(), 'atlas-scan-'));
      source = join(tmp, 'entry.csv');
      for await (const part of openInput(path)) {
        if (part.name !== partName) {
          part.stream.resume();
          part.stream.destroy();
          continue;
        }
        // A damaged entry is for the careful path to report (file and reason).
        const ok = await pipeline(part.stream, createWriteStream(source)).then(
          () => true,
          () => false,
        );
        if (!ok) return null;
      }
    }
    if (!(await headerIs(source, compression === 'gzip', scan.header))) {
      log("header is not exactly the format's, LF-terminated: line by line");
      return null;
    }
    return await scanFile(stage, source, compression === 'gzip', scan, scope, target, report);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The exact header line, LF-terminated, no BOM: anything else goes the careful way. */
async function headerIs(path: string, gzip: boolean, header: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(gzip ? 65536 : 256);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let head: Buffer = buf.subarray(0, bytesRead);
    if (gzip) {
      try {
        head = gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a partial stream is fine */ });
      } catch {
        return false;
      }
    }
    return head.toString('latin1').startsWith(header + '\n');
  } finally {
    await fh.close();
  }
}

/** With ATLAS_TIMINGS=1: the scan's steps and why a file went the careful way. */
function log(what: string): void {
  if (process.env.ATLAS_TIMINGS) console.error(`bulk scan: ${what}`);
}

async function scanFile(
  stage: Stage,
  path: string,
  gzip: boolean,
  scan: BulkScan,
  scope: ReadonlySet<string>,
  target: { dataset: string; fileId: number; edition: HsEdition },
  report: FileReport,
): Promise<BulkScanResult | null> {
  await stage.run(
    `CREATE OR REPLACE TEMP TABLE scan_codes (code VARCHAR PRIMARY KEY, in_scope BOOLEAN)`,
  );
  await stage.run(
    `CREATE OR REPLACE TEMP TABLE scan_countries (code VARCHAR PRIMARY KEY, iso3 VARCHAR)`,
  );
  const codes = scan.knownCodes ?? scope;
  await insertValues(
    stage,
    'scan_codes',
    [...codes].map((c) => `(${q(c)}, ${scope.has(c)})`),
  );
  // Codes in scope that the product list does not know would be unknown codes: unclean.
  await insertValues(
    stage,
    'scan_countries',
    [...scan.countries].map(([code, iso3]) => `(${q(code)}, ${q(iso3)})`),
  );
  const started = Date.now();
  const tick = (what: string) => log(`${what} at ${Date.now() - started} ms`);
  const c = scan.columns;
  const varchar = c.map((name) => `${q(name)}: 'VARCHAR'`).join(', ');
  const d = scan.valueDecimals;
  // Row classes: 'out' (valid, code on no list: counted), 'in' (valid, staged), 'bad'
  // (anything else: the file goes the careful way).
  // A plain value: at most 12 integer digits and the file's decimals (no rounding).
  const plain = `'\\d{1,12}(\\.\\d{0,${d}})?'`;
  try {
    // Loaded into a table first: its rowid is the file's row order (DuckDB keeps insertion
    // order), so staged rows get their true line numbers without a window over the file.
    // What every later pass needs of a row is computed here, while the reader's threads have
    // it: a hash of its flow key as written (exporter, importer, code: the year is one), and
    // whether its value and quantity are plain numbers.
    await stage.run(`CREATE OR REPLACE TEMP TABLE scan_raw AS
      SELECT *, hash(${c[1]}, ${c[2]}, ${c[3]}) AS scan_key,
             coalesce(regexp_full_match(${c[4]}, ${plain}), false) AS scan_plain,
             ${c[5]} IS NULL OR regexp_full_match(${c[5]}, ${NUMBER}) AS scan_qty_ok
      FROM read_csv(${q(path)}, header = true, auto_detect = false, delim = ',',
        quote = '"', escape = '"', strict_mode = true, null_padding = false,
        compression = ${gzip ? "'gzip'" : "'none'"}, columns = {${varchar}})`);
  } catch (e) {
    log(`the CSV reader refused the file (${String(e).slice(0, 200)}): line by line`);
    // A row DuckDB's reader refuses (wrong number of fields, bad quoting): the careful way.
    await stage.run('DROP TABLE IF EXISTS scan_raw');
    return null;
  }
  tick('loaded');
  try {
    // The file is taken whole only when every row is usable, on a list or not. Countries and
    // years are checked once per distinct value as written (a few hundred, not ten million
    // rows), with the line-by-line reader's own trimming, and codes once per code below; the
    // same values are what the input covers.
    const seen = new InputSeen();
    const values = await stage.rows<{ col: string; v: string | null }>(`
      SELECT DISTINCT 'i' AS col, ${c[1]} AS v FROM scan_raw
      UNION ALL SELECT DISTINCT 'j', ${c[2]} FROM scan_raw
      UNION ALL SELECT DISTINCT 't', ${c[0]} FROM scan_raw`);
    const written = { i: new Map<string, string>(), j: new Map<string, string>() };
    for (const { col, v } of values) {
      const why = checkValue(col, v, scan, target.edition, seen, written);
      if (why) {
        log(`${why}: line by line`);
        return null;
      }
    }
    // The bulk, per code in one pass: rows with a plain value (at most the file's decimals)
    // are counted and summed, so the rows on no list are only counted; a quantity that is
    // not a plain number sends the file the careful way. The few other rows (in scope, odd
    // value) are checked in full below.
    const perCode = await stage.rows<Record<string, string | bigint | null>>(`
      SELECT ${c[3]} AS k, count(*) AS n, count(*) FILTER (WHERE scan_plain) AS plain_n,
             CAST(sum(TRY_CAST(${c[4]} AS DECIMAL(18, ${d}))) FILTER (WHERE scan_plain) * ${10 ** d} AS BIGINT) AS plain_v,
             count(*) FILTER (WHERE NOT scan_qty_ok) AS bad_q
      FROM scan_raw GROUP BY ${c[3]}`);
    const bulk = { n: 0, out_n: 0, out_v: 0 };
    for (const r of perCode) {
      const k = r.k as string | null;
      const why = checkValue('k', k, scan, target.edition, seen, written);
      if (why || num(r.bad_q) > 0) {
        log(`${why ?? `${num(r.bad_q)} quantities to look at closely`}: line by line`);
        return null;
      }
      bulk.n += num(r.n);
      if (k !== null && !scope.has(k)) {
        bulk.out_n += num(r.plain_n);
        bulk.out_v += num(r.plain_v);
      }
    }
    tick('values checked');
    // One year, and each country written one way: a flow repeated (same exporter, importer
    // and code, on a list or not) repeats the key as written. Two keys with one hash would
    // only send a clean file the careful way.
    // (Sorting the hashes and comparing neighbours beats a hash aggregate of ten million
    // groups, in time and memory.)
    const [dup] = await stage.rows<{ n: bigint }>(`
      SELECT count(*) AS n FROM (
        SELECT scan_key, lag(scan_key) OVER (ORDER BY scan_key) AS prev FROM scan_raw)
      WHERE scan_key = prev`);
    if (num(dup?.n) > 0) {
      log('repeated flows: line by line, so quarantine names both lines');
      return null;
    }
    tick('no repeats');
    await stage.run(`CREATE OR REPLACE TEMP TABLE scan_careful AS
      SELECT r.rowid + 2 AS line, r.* FROM scan_raw r
      WHERE ${c[3]} IN (SELECT code FROM scan_codes WHERE in_scope) OR NOT scan_plain`);
    tick('bulk counted');
    await stage.run(`CREATE OR REPLACE TEMP TABLE scan_rows AS
      WITH raw AS (SELECT * FROM scan_careful),
      typed AS (
        SELECT r.*, sc.in_scope, trim(r.${c[4]}) AS tv, trim(r.${c[5]}) AS tq,
               ex.iso3 AS exporter, im.iso3 AS importer
        FROM raw r
        LEFT JOIN scan_codes sc ON sc.code = r.${c[3]}
        LEFT JOIN scan_countries ex ON ex.code = trim(r.${c[1]})
        LEFT JOIN scan_countries im ON im.code = trim(r.${c[2]})
      ),
      checked AS (
        SELECT *, ${scaled('tv', d)} AS value, ${roundedSql('tv', d)} AS rounded,
               in_scope IS NOT NULL AND tv IS NOT NULL AND regexp_full_match(tv, ${NUMBER})
                 ${scan.knownCodes ? '' : `AND regexp_full_match(${c[3]}, '\\d{6}')`} AS base_ok,
               regexp_full_match(trim(${c[0]}), '\\d{4}') AND exporter IS NOT NULL
                 AND importer IS NOT NULL
                 AND (tq IS NULL OR tq = '' OR regexp_full_match(tq, ${NUMBER})) AS full_ok
        FROM typed
      )
      SELECT line,
        -- Any row that is not fully valid sends the file the careful way; a rounded value
        -- is a repair, counted.
        CASE WHEN NOT base_ok OR NOT full_ok THEN 'bad' WHEN in_scope THEN 'in' ELSE 'out' END AS cls,
        value, rounded,
        CASE WHEN in_scope THEN CAST(TRY_CAST(trim(${c[0]}) AS INTEGER) AS VARCHAR) END AS t,
        CASE WHEN in_scope THEN exporter END AS exporter,
        CASE WHEN in_scope THEN importer END AS importer,
        CASE WHEN in_scope THEN ${c[3]} END AS k,
        CASE WHEN in_scope AND tq <> '' THEN ${scaled('tq', d)} END AS qty,
        CASE WHEN in_scope THEN concat_ws(',', ${c.map((x) => `coalesce(${x}, '')`).join(', ')}) END AS raw
      FROM checked`);
    tick('classified');
    await stage.run('DROP TABLE scan_raw');
    const [s] = await stage.rows<Record<string, bigint | null>>(`
      SELECT ${bulk.n} AS n,
             count(*) FILTER (WHERE cls = 'bad') AS bad,
             ${bulk.out_n} + count(*) FILTER (WHERE cls = 'out') AS out_n,
             ${bulk.out_v} + coalesce(sum(value) FILTER (WHERE cls = 'out'), 0)::BIGINT AS out_v,
             count(*) FILTER (WHERE cls = 'in') AS in_n,
             count(*) FILTER (WHERE rounded AND cls <> 'bad') AS rounded_n,
             coalesce(sum(value) FILTER (WHERE cls = 'in'), 0)::BIGINT AS in_v
      FROM scan_rows`);
    if (!s || num(s.bad) > 0) {
      log(`${num(s?.bad)} rows need a closer look: line by line`);
      return null;
    }
    // Every row is counted once: the bulk's out-of-scope rows plus the rows checked in full.
    const [careful] = await stage.rows<{ n: bigint }>('SELECT count(*) AS n FROM scan_rows');
    if (bulk.out_n + num(careful?.n) !== bulk.n) {
      log('rows unaccounted for: line by line');
      return null;
    }
    await stage.run(`INSERT INTO flows
      SELECT ${q(target.dataset)}, ${Number(target.fileId)}, line, CAST(t AS INTEGER), t,
             exporter, importer, k, NULL, NULL, value, qty, ${q(target.edition)}, NULL, false, raw
      FROM scan_rows WHERE cls = 'in' ORDER BY line`);
    tick('staged');
    const years = await stage.rows<{ y: number }>(
      `SELECT DISTINCT CAST(t AS INTEGER) AS y FROM scan_rows WHERE cls = 'in' ORDER BY y`,
    );
    report.rowsRead += num(s.n);
    report.rowsOutOfScope += num(s.out_n);
    report.valueOutOfScope += num(s.out_v);
    report.rowsKept += num(s.in_n);
    report.valueKept += num(s.in_v);
    report.valueRead += num(s.out_v) + num(s.in_v);
    if (num(s.rounded_n) > 0) {
      const what = 'value rounded to the dollar';
      report.repairs[what] = (report.repairs[what] ?? 0) + num(s.rounded_n);
    }
    return { years: years.map((r) => r.y), seen };
  } finally {
    await stage.run('DROP TABLE IF EXISTS scan_raw');
    await stage.run('DROP TABLE IF EXISTS scan_careful');
    await stage.run('DROP TABLE IF EXISTS scan_rows');
  }
}

/**
 * Why a distinct value of a column as written (`i` exporter, `j` importer, `t` year, `k` code)
 * makes the file unfit to be taken whole, or null; a fit value is recorded in `seen`. Values
 * are trimmed as the line-by-line reader trims them; two ways of writing one country (`4` and
 * `004`) are unfit too, since the scan finds repeated flows by the codes as written.
 */
function checkValue(
  col: string,
  v: string | null,
  scan: BulkScan,
  edition: HsEdition,
  seen: InputSeen,
  written: { i: Map<string, string>; j: Map<string, string> },
): string | null {
  if (v === null) return `an empty ${col} field`;
  if (col === 'i' || col === 'j') {
    const iso3 = scan.countries.get(v.trim());
    if (!iso3) return `unknown country code "${v}"`;
    const other = written[col].get(iso3);
    if (other !== undefined) return `"${other}" and "${v}" both stand for ${iso3}`;
    written[col].set(iso3, v);
    seen.place(col === 'i' ? 'exporter' : 'importer', iso3);
  } else if (col === 't') {
    if (!/^\d{4}$/.test(v.trim()) || Number(v) !== scan.year) return `year "${v}"`;
  } else {
    if (scan.knownCodes ? !scan.knownCodes.has(v) : !/^\d{6}$/.test(v)) return `code "${v}"`;
    seen.code(edition, v);
  }
  return null;
}

/** A plain decimal (no sign, no exponent; at most 12 integer digits, so scaled it stays exact). */
const NUMBER = `'\\d{1,12}(\\.\\d*)?'`;

/**
 * The text of a plain decimal scaled by 10^d to an integer, rounding half up on the first
 * dropped digit, exactly as parseScaled (scripts/normalize/numbers.ts) does.
 */
function scaled(x: string, d: number): string {
  const frac = `split_part(${x}, '.', 2)`;
  return `CASE WHEN regexp_full_match(${x}, ${NUMBER}) THEN
    CAST(split_part(${x}, '.', 1) || rpad(left(${frac}, ${d}), ${d}, '0') AS BIGINT)
    + CASE WHEN substr(${frac}, ${d + 1}, 1) >= '5' THEN 1 ELSE 0 END END`;
}

/** Whether digits beyond the d-th decimal are dropped (the repair parseScaled reports). */
function roundedSql(x: string, d: number): string {
  return `coalesce(regexp_matches(substr(split_part(${x}, '.', 2), ${d + 1}), '[1-9]'), false)`;
}

async function insertValues(stage: Stage, table: string, rows: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    await stage.run(`INSERT OR REPLACE INTO ${table} VALUES ${rows.slice(i, i + 5000).join(',')}`);
  }
}
