import type { ColumnarShard } from '../../src/schema/manifest.ts';
import {
  COUNTRY_COLUMNS,
  FLOW_COLUMNS,
  FLOW_MIRROR_COLUMNS,
  MAP_COLUMNS,
  MONTH_COLUMNS,
  PRODUCT_COLUMNS,
  SCHEMA_VERSION,
} from '../../src/schema/manifest.ts';
import { num, type Stage } from './stage.ts';
import { sqlString as q } from '../lib/sql.ts';
import type { DuckDBResult } from '@duckdb/node-api';
import { chunkColumn, expectTypes, type ChunkColumn, type ChunkType } from './chunk-columns.ts';
import { jsonTokens, type TokenTable } from './json-bytes.ts';
import { NOTICE, ShardText, type CellCodec, type ShardBytes } from './shard-text.ts';

/** Turns query rows into a columnar shard; numbers stay numbers, nulls stay null. */
export function columnar<C extends string>(
  columns: readonly C[],
  rows: Record<string, unknown>[],
  convert: Partial<Record<C, (v: unknown) => string | number | null>> = {},
): ColumnarShard<C> {
  const data = {} as Record<C, (string | number | null)[]>;
  for (const c of columns) data[c] = [];
  for (const r of rows) {
    for (const c of columns) {
      const v = r[c];
      const fn = convert[c];
      data[c].push(
        fn
          ? fn(v)
          : typeof v === 'bigint'
            ? Number(v)
            : v === undefined
              ? null
              : (v as string | number | null),
      );
    }
  }
  return { schemaVersion: SCHEMA_VERSION, notice: NOTICE, columns: [...columns], data };
}

/**
 * Which declarations feed each side. Sources with both (UN Comtrade) give exports from the
 * exporter's reports and imports from the importer's; one-value sources (reported_by NULL)
 * feed both sides from the same rows.
 */
const EXPORT_SIDE = `coalesce(reported_by, 'exporter') = 'exporter'`;
const IMPORT_SIDE = `coalesce(reported_by, 'importer') = 'importer'`;

const kgToT = (v: unknown) => (v === null || v === undefined ? null : Math.round(num(v)) / 1000);

/**
 * Map shards, one per year: totals by country and category; category '' is the list total.
 * Split by year so the first view and a year change fetch one small file, however many
 * years a release holds.
 */
export async function mapShards(stage: Stage, dataset: string, list: string) {
  const rows = await stage.rows<Record<string, unknown>>(mapTotals(dataset, list, false));
  return splitBy(rows, 'year', MAP_COLUMNS);
}

/** Monthly datasets: the map's totals by month, one shard per year. */
export async function monthShards(stage: Stage, dataset: string, list: string) {
  const rows = await stage.rows<Record<string, unknown>>(mapTotals(dataset, list, true));
  return splitBy(rows, 'year', MONTH_COLUMNS);
}

function mapTotals(dataset: string, list: string, byMonth: boolean): string {
  const t = byMonth ? `year, CAST(substr(period, 6, 2) AS INTEGER) AS month` : 'year';
  const where = `dataset = ${q(dataset)} AND list = ${q(list)}`;
  const keys = byMonth ? 'year, month' : 'year';
  return `
    WITH dir AS (
      SELECT ${t}, exporter AS iso3, category, value AS x, 0 AS m, CASE WHEN broad THEN value ELSE 0 END AS xb, 0 AS mb
      FROM classified WHERE ${where} AND ${EXPORT_SIDE}
      UNION ALL
      SELECT ${t}, importer, category, 0, value, 0, CASE WHEN broad THEN value ELSE 0 END
      FROM classified WHERE ${where} AND ${IMPORT_SIDE}
      UNION ALL
      SELECT ${t}, exporter, '', value, 0, CASE WHEN broad THEN value ELSE 0 END, 0
      FROM list_flows WHERE ${where} AND ${EXPORT_SIDE}
      UNION ALL
      SELECT ${t}, importer, '', 0, value, 0, CASE WHEN broad THEN value ELSE 0 END
      FROM list_flows WHERE ${where} AND ${IMPORT_SIDE}
    )
    SELECT ${keys}, iso3, category, sum(x)::BIGINT AS export, sum(m)::BIGINT AS import,
           sum(xb)::BIGINT AS exportBroad, sum(mb)::BIGINT AS importBroad
    FROM dir GROUP BY ${keys}, iso3, category ORDER BY ${keys}, category, iso3`;
}

/**
 * The dataset's flows with its strings (places, codes, categories) as small integers, for the
 * flows, country and product shards: DuckDB groups and sorts integers faster than strings, and
 * hands numbers to JavaScript far more cheaply. Ids follow the strings' sorted order, so
 * ordering by id is ordering by string. Returns the strings by id.
 */
export async function shardDictionary(stage: Stage, dataset: string): Promise<string[]> {
  const where = `WHERE dataset = ${q(dataset)}`;
  await stage.run(`CREATE OR REPLACE TEMP TABLE shard_dict AS
    SELECT s, (row_number() OVER (ORDER BY s) - 1)::INTEGER AS id FROM (
      SELECT exporter AS s FROM flows ${where} UNION SELECT importer FROM flows ${where}
      UNION SELECT hs6 FROM flows ${where} UNION SELECT category FROM flows ${where})
    WHERE s IS NOT NULL`);
  await stage.run(`CREATE OR REPLACE TEMP TABLE shard_flows AS
    SELECT f.year, e.id AS ex, i.id AS im, c.id AS code, f.hs6 IS NOT NULL AS is_hs6, f.value,
           f.qty_kg, f.reported_by
    FROM flows f
    JOIN shard_dict e ON e.s = f.exporter
    JOIN shard_dict i ON i.s = f.importer
    JOIN shard_dict c ON c.s = coalesce(f.hs6, f.category)
    ${where.replace('dataset', 'f.dataset')}`);
  const rows = await stage.rows<{ s: string }>('SELECT s FROM shard_dict ORDER BY id');
  return rows.map((r) => r.s);
}

/**
 * Flows shard: every staged flow of one year, summed over months, by code or category
 * (shard_flows of shardDictionary).
 */
export async function flowsShard(
  stage: Stage,
  year: number,
  mirror: boolean,
  tokens: TokenTable,
): Promise<ShardBytes> {
  const where = `year = ${Number(year)}`;
  const codecs = {
    exporter: { type: 'integer', tokens },
    importer: { type: 'integer', tokens },
    code: { type: 'integer', tokens },
    value: NUMBER,
    quantityT: TONNES,
    byExporter: NUMBER,
    byImporter: NUMBER,
  } as const;
  if (!mirror) {
    const sql = `
      SELECT ex AS exporter, im AS importer, code, sum(value)::DOUBLE AS value,
             sum(qty_kg)::DOUBLE AS quantityT
      FROM shard_flows WHERE ${where} GROUP BY ex, im, code ORDER BY code, ex, im`;
    return readShard(stage, sql, FLOW_COLUMNS, codecs);
  }
  // Both declarations side by side, for mirror statistics; one value per flow: the
  // exporter's report, else the importer's.
  const sql = `
    WITH g AS (
      SELECT ex, im, code,
             sum(value) FILTER (WHERE reported_by = 'exporter') AS byExporter,
             sum(value) FILTER (WHERE reported_by = 'importer') AS byImporter,
             sum(qty_kg) FILTER (WHERE reported_by = 'exporter') AS qx,
             sum(qty_kg) FILTER (WHERE reported_by = 'importer') AS qm
      FROM shard_flows WHERE ${where}
      GROUP BY ex, im, code
    )
    SELECT ex AS exporter, im AS importer, code, coalesce(byExporter, byImporter)::DOUBLE AS value,
           (CASE WHEN byExporter IS NOT NULL THEN qx ELSE qm END)::DOUBLE AS quantityT,
           byExporter::DOUBLE AS byExporter, byImporter::DOUBLE AS byImporter
    FROM g ORDER BY code, ex, im`;
  return readShard(stage, sql, FLOW_MIRROR_COLUMNS, codecs);
}

/** All country shards of a dataset in one query, split by country (shard_flows). */
export function countryShards(stage: Stage, dict: readonly string[], tokens: TokenTable) {
  return streamGroups(
    stage,
    `
    WITH d AS (
      SELECT year, ex AS iso3, 0 AS flow, im AS partner, code, value, qty_kg
      FROM shard_flows WHERE ${EXPORT_SIDE}
      UNION ALL
      SELECT year, im, 1, ex, code, value, qty_kg
      FROM shard_flows WHERE ${IMPORT_SIDE}
    )
    SELECT iso3, year, flow, partner, code, sum(value)::DOUBLE AS value,
           sum(qty_kg)::DOUBLE AS quantityT
    FROM d GROUP BY iso3, year, flow, partner, code ORDER BY iso3, year, flow, code, partner`,
    { name: 'iso3', strings: dict },
    COUNTRY_COLUMNS,
    {
      year: INTEGER,
      flow: { type: 'integer', tokens: FLOW_TOKENS },
      partner: { type: 'integer', tokens },
      code: { type: 'integer', tokens },
      value: NUMBER,
      quantityT: TONNES,
    },
  );
}

/** Product shards (HS6 datasets only): exports and imports by year and country (shard_flows). */
export function productShards(stage: Stage, dict: readonly string[], tokens: TokenTable) {
  return streamGroups(
    stage,
    `
    WITH d AS (
      SELECT code AS hs6, year, ex AS iso3, value AS x, 0 AS m, qty_kg AS xq, NULL::BIGINT AS mq
      FROM shard_flows WHERE is_hs6 AND ${EXPORT_SIDE}
      UNION ALL
      SELECT code, year, im, 0, value, NULL, qty_kg
      FROM shard_flows WHERE is_hs6 AND ${IMPORT_SIDE}
    )
    SELECT hs6, year, iso3, sum(x)::DOUBLE AS export, sum(m)::DOUBLE AS import,
           sum(xq)::DOUBLE AS exportQuantityT, sum(mq)::DOUBLE AS importQuantityT
    FROM d GROUP BY hs6, year, iso3 ORDER BY hs6, year, iso3`,
    { name: 'hs6', strings: dict },
    PRODUCT_COLUMNS,
    {
      year: INTEGER,
      iso3: { type: 'integer', tokens },
      export: NUMBER,
      import: NUMBER,
      exportQuantityT: TONNES,
      importQuantityT: TONNES,
    },
  );
}

const INTEGER: CellCodec = { type: 'integer' };
const NUMBER: CellCodec = { type: 'double' };
const TONNES: CellCodec = { type: 'double', tonnes: true };
const FLOW_TOKENS = jsonTokens(['export', 'import']);

/**
 * The readers of a query's columns: each shard column's position in the result, checked to
 * have the type its codec reads.
 */
function columnReaders<C extends string>(
  result: DuckDBResult,
  columns: readonly C[],
  codecs: Record<C, CellCodec>,
) {
  expectTypes(
    result,
    Object.fromEntries(columns.map((c) => [c, codecs[c].type])) as Record<C, ChunkType>,
  );
  const names = result.columnNames();
  return columns.map((c) => ({ at: names.indexOf(c), codec: codecs[c] }));
}

/**
 * Streams a query ordered by `key` (a dictionary id) and yields one shard per key as soon as
 * its rows are in, so a full release's country shards never sit in memory all at once.
 */
async function* streamGroups<C extends string>(
  stage: Stage,
  sql: string,
  key: { name: string; strings: readonly string[] },
  columns: readonly C[],
  codecs: Record<C, CellCodec>,
): AsyncGenerator<[string, ShardBytes]> {
  const result = await stage.stream(sql);
  expectTypes(result, { [key.name]: 'integer' });
  const keyAt = result.columnNames().indexOf(key.name);
  const reads = columnReaders(result, columns, codecs);
  let shard = new ShardText(columns);
  let current: number | null = null;
  for await (const chunk of result) {
    const keys = chunkColumn(chunk, keyAt, 'integer').ints ?? new Int32Array(0);
    const cols = reads.map((r) => chunkColumn(chunk, r.at, r.codec.type));
    const n = chunk.rowCount;
    // A run of rows with one key at a time, copied column by column: a few thousand rows a
    // country, so no call per row and cell.
    for (let r = 0; r < n;) {
      const id = keys[r] as number;
      let end = r + 1;
      while (end < n && keys[end] === id) end++;
      if (current !== null && id !== current) {
        yield [keyString(key.strings, current), shard.done()];
        shard = new ShardText(columns);
      }
      current = id;
      reads.forEach((read, c) => shard.append(c, cols[c] as ChunkColumn, read.codec, r, end));
      shard.addRows(end - r);
      r = end;
    }
  }
  if (current !== null) yield [keyString(key.strings, current), shard.done()];
}

function keyString(strings: readonly string[], id: number): string {
  const s = strings[id];
  if (s === undefined) throw new Error(`shard key id ${id} is not in the dictionary`);
  return s;
}

/** A whole query as one columnar shard, read column by column (no value per cell). */
async function readShard<C extends string>(
  stage: Stage,
  sql: string,
  columns: readonly C[],
  codecs: Record<C, CellCodec>,
): Promise<ShardBytes> {
  const result = await stage.stream(sql);
  const reads = columnReaders(result, columns, codecs);
  const shard = new ShardText(columns);
  for await (const chunk of result) {
    const n = chunk.rowCount;
    reads.forEach((read, c) =>
      shard.append(c, chunkColumn(chunk, read.at, read.codec.type), read.codec, 0, n),
    );
    shard.addRows(n);
  }
  return shard.done();
}

function quantityConverters<C extends string>(columns: readonly C[]) {
  return Object.fromEntries(
    columns.filter((c) => c.endsWith('QuantityT') || c === 'quantityT').map((c) => [c, kgToT]),
  ) as Partial<Record<C, (v: unknown) => number | null>>;
}

function splitBy<C extends string>(
  rows: Record<string, unknown>[],
  key: string,
  columns: readonly C[],
) {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const r of rows) {
    const k = String(r[key]);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out = new Map<string, ColumnarShard<C>>();
  const convert = quantityConverters(columns);
  for (const [k, g] of groups) out.set(k, columnar([...columns], g, convert));
  return out;
}
