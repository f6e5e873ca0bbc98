/**
 * npm run bench:scan -- <file.csv> [--runs R]
 *
 * The alternatives weighed for the bulk scan's read of a clean BACI file
 * (scripts/pipeline/bulk-scan.ts), timed in one DuckDB instance with the build's two threads,
 * each as the median of R runs (default 3) and as a ratio to the plainest read of the same
 * file (counting its rows as text). Not a test; the README's pipeline section quotes it. Give
 * it a synthetic file from `npm run bench:pipeline -- --rows 10000000 --data-dir <dir>`.
 *
 * It also shows what a typed read (the floor's way) would accept that the line-by-line reader
 * refuses: the reason the bulk scan reads text.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const PLAIN = `'\\d{1,12}(\\.\\d{0,3})?'`;
const NUMBER = `'\\d{1,12}(\\.\\d*)?'`;

async function timed(db: DuckDBConnection, sql: string, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await db.run(sql);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] ?? 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '3' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  const runs = Number(values.runs);
  if (!file || !existsSync(file) || !Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run bench:scan -- <BACI-format file.csv> [--runs R]');
    return 2;
  }
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  const text = `read_csv(${q(file)}, header = true, auto_detect = false, delim = ',', quote = '"',
    escape = '"', strict_mode = true, null_padding = false,
    columns = {'t': 'VARCHAR', 'i': 'VARCHAR', 'j': 'VARCHAR', 'k': 'VARCHAR', 'v': 'VARCHAR', 'q': 'VARCHAR'})`;
  const typed = `read_csv(${q(file)}, header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DECIMAL(18,3)', 'q': 'DECIMAL(18,3)'})`;
  // The one table every later check reads: kept once, so it is not in the loop below.
  await db.run(`CREATE TABLE keys AS SELECT hash(i, j, k) AS h, i, j, k FROM ${text}`);
  await db.run(`CREATE TABLE vals AS SELECT v FROM ${text}`);
  const cases: [string, string][] = [
    ['read: count the rows, as text (the baseline)', `SELECT count(*) FROM ${text}`],
    ['read: count the rows, typed as the floor reads them', `SELECT count(*) FROM ${typed}`],
    [
      'load: the whole file as a table with key hashes and both checks (the bulk scan)',
      `CREATE OR REPLACE TEMP TABLE x AS SELECT *, hash(i, j, k) AS h,
         coalesce(regexp_full_match(v, ${PLAIN}), false) AS p,
         q IS NULL OR regexp_full_match(q, ${NUMBER}) AS qo FROM ${text}`,
    ],
    [
      'load: the whole file as a table, no checks',
      `CREATE OR REPLACE TEMP TABLE x AS SELECT *, hash(i, j, k) AS h FROM ${text}`,
    ],
    [
      'load: the key hashes and the value check (two columns)',
      `CREATE OR REPLACE TEMP TABLE x AS SELECT hash(i, j, k) AS h,
         coalesce(regexp_full_match(v, ${PLAIN}), false) AS p FROM ${text}`,
    ],
    [
      'load: only the key hashes',
      `CREATE OR REPLACE TEMP TABLE x AS SELECT hash(i, j, k) AS h FROM ${text}`,
    ],
    [
      'stream: sums per code with the value check, no table',
      `SELECT count(*) FROM (SELECT k, count(*), sum(TRY_CAST(v AS DECIMAL(18, 3)))
         FILTER (WHERE regexp_full_match(v, ${PLAIN})) FROM ${text} GROUP BY k)`,
    ],
    [
      'repeats: sort the key hashes, compare neighbours (the bulk scan)',
      `SELECT count(*) FROM (SELECT h, lag(h) OVER (ORDER BY h) AS p FROM keys) WHERE h = p`,
    ],
    ['repeats: count distinct key hashes', `SELECT count(*) - count(DISTINCT h) FROM keys`],
    [
      'repeats: group on the key itself',
      `SELECT count(*) FROM (SELECT i, j, k FROM keys GROUP BY i, j, k HAVING count(*) > 1)`,
    ],
    [
      'value check: the pattern (the bulk scan)',
      `SELECT count(*) FILTER (WHERE regexp_full_match(v, ${PLAIN})) FROM vals`,
    ],
    [
      'value check: string functions instead',
      `SELECT count(*) FILTER (WHERE CASE WHEN strpos(v, '.') = 0
         THEN ltrim(v, '0123456789') = '' AND length(v) BETWEEN 1 AND 12
         ELSE strpos(v, '.') BETWEEN 2 AND 13 AND length(v) - strpos(v, '.') <= 3
           AND ltrim(replace(v, '.', ''), '0123456789') = ''
           AND length(v) - length(replace(v, '.', '')) = 1 END) FROM vals`,
    ],
  ];
  console.log(`${file}, DuckDB with 2 threads, median of ${runs} run(s) each:`);
  let base = 0;
  for (const [name, sql] of cases) {
    const ms = await timed(db, sql, runs);
    if (base === 0) base = ms;
    console.log(
      `${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / base).toFixed(2).padStart(5)}x  ${name}`,
    );
  }
  console.log(
    '\nWhat a typed read takes as a number (the line-by-line reader refuses or reports each):',
  );
  for (const v of ['1e3', '+5', ' 5', '1_000', '-5', '1.23456', '004']) {
    const r = await db.runAndReadAll(`SELECT TRY_CAST(${q(v)} AS DECIMAL(18, 3))::VARCHAR AS d`);
    const [row] = r.getRowObjectsJS() as { d: string | null }[];
    console.log(`  ${JSON.stringify(v).padEnd(10)} -> ${row?.d ?? 'refused'}`);
  }
  db.closeSync();
  instance.closeSync();
  return 0;
}

process.exitCode = await main();
