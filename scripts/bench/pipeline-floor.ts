/**
 * The floor of the pipeline benchmark: the least work any implementation must do on the same
 * files, in one DuckDB process. Reads every BACI file with explicit types, keeps the rows
 * whose code is on a list of the files' edition (a join), groups by year, exporter, importer
 * and code, and writes the groups to one Parquet file. No validation, no country mapping, no
 * shards. Run as a child by scripts/bench/pipeline.ts; prints one JSON line on stdout.
 *
 *   node --import tsx scripts/bench/pipeline-floor.ts --out <file.parquet> --lists <dir> <csv>...
 */
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString } from '../lib/sql.ts';
import { benchCodes } from './pipeline-codes.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, lists: { type: 'string', default: 'data/lists' } },
  allowPositionals: true,
});
if (!values.out || positionals.length === 0) {
  console.error('usage: pipeline-floor.ts --out <file.parquet> [--lists dir] <csv>...');
  process.exit(2);
}

const codes = benchCodes(values.lists);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run('CREATE TABLE codes (hs6 VARCHAR PRIMARY KEY)');
await db.run(`INSERT INTO codes VALUES ${[...codes].map((c) => `(${sqlString(c)})`).join(',')}`);
const files = positionals.map(sqlString).join(', ');
await db.run(`CREATE TABLE agg AS
  SELECT f.t AS year, f.i AS exporter, f.j AS importer, f.k AS hs6,
         sum(f.v) AS value, sum(f.q) AS qty, count(*) AS n
  FROM read_csv([${files}], header = true, delim = ',', quote = '"', auto_detect = false,
       columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR',
                  'v': 'DECIMAL(18,3)', 'q': 'DECIMAL(18,3)'}) f
  JOIN codes c ON c.hs6 = f.k
  GROUP BY ALL`);
await db.run(`COPY agg TO ${sqlString(values.out)} (FORMAT parquet)`);
const totals = await db.runAndReadAll(
  `SELECT coalesce(sum(n), 0)::BIGINT AS kept, count(*)::BIGINT AS groups,
          coalesce(sum(value) * 1000, 0)::BIGINT AS value_usd FROM agg`,
);
const [row] = totals.getRowObjectsJS() as { kept: bigint; groups: bigint; value_usd: bigint }[];
db.closeSync();
instance.closeSync();
console.log(
  JSON.stringify({
    kept: Number(row?.kept ?? 0),
    groups: Number(row?.groups ?? 0),
    valueUsd: Number(row?.value_usd ?? 0),
  }),
);
