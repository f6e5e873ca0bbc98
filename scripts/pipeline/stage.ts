import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { FlowRow } from '../readers/types.ts';
import { sqlString as q } from '../lib/sql.ts';

/** Read queries: the stage's own connection, or another one beside it (Stage.fork). */
export interface StageQueries {
  rows<T>(sql: string): Promise<T[]>;
  run(sql: string): Promise<void>;
  stream(sql: string): ReturnType<DuckDBConnection['stream']>;
  /**
   * Writes a query's rows to a file, a line each, its text columns joined by commas verbatim
   * (each is one or more CSV cells already); returns the count.
   */
  copyLines(sql: string, file: string): Promise<number>;
}

/** COPY with no quoting and no escaping writes each value exactly as it is. */
async function copyLines(db: DuckDBConnection, sql: string, file: string): Promise<number> {
  const done = await db.runAndReadAll(
    `COPY (${sql}) TO ${q(file)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER ',')`,
  );
  return done.rowsChanged;
}

/**
 * The staging database: every in-scope row of every raw file, normalised. Raw files are
 * read once, in JavaScript (for line-level validation), and only rows whose code is on a
 * list reach DuckDB, where all aggregation happens.
 */
export class Stage implements StageQueries {
  private pending = 0;
  private readonly forks: DuckDBConnection[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly db: DuckDBConnection,
    private appender: DuckDBAppender | null,
  ) {}

  static async create(): Promise<Stage> {
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const db = await instance.connect();
    await db.run(`CREATE TABLE flows (
      dataset VARCHAR, file_id INTEGER, line BIGINT, year INTEGER, period VARCHAR,
      exporter VARCHAR, importer VARCHAR, hs6 VARCHAR, category VARCHAR, detail VARCHAR,
      value BIGINT, qty_kg BIGINT, edition VARCHAR, reported_by VARCHAR, world BOOLEAN,
      raw VARCHAR)`);
    return new Stage(instance, db, await db.createAppender('flows'));
  }

  /** Synchronous: called once per kept row of files with tens of millions of rows. */
  add(
    dataset: string,
    fileId: number,
    line: number,
    row: FlowRow,
    edition: string,
    raw: string,
  ): void {
    const a = this.appender;
    if (!a) throw new Error('the stage is closed');
    a.appendVarchar(dataset);
    a.appendInteger(fileId);
    a.appendBigInt(BigInt(line));
    a.appendInteger(row.year);
    a.appendVarchar(row.period);
    a.appendVarchar(row.exporter);
    a.appendVarchar(row.importer);
    if (row.hs6 === null) a.appendNull();
    else a.appendVarchar(row.hs6);
    if (row.category === null) a.appendNull();
    else a.appendVarchar(row.category);
    if (row.detail === undefined) a.appendNull();
    else a.appendVarchar(row.detail);
    a.appendBigInt(BigInt(row.value));
    if (row.quantityKg === null) a.appendNull();
    else a.appendBigInt(BigInt(row.quantityKg));
    a.appendVarchar(edition);
    if (row.reportedBy === undefined) a.appendNull();
    else a.appendVarchar(row.reportedBy);
    a.appendBoolean(row.worldPartner === true);
    a.appendVarchar(raw.length > 500 ? raw.slice(0, 500) : raw);
    a.endRow();
    if (++this.pending >= 100_000) this.flush();
  }

  flush(): void {
    if (this.appender) {
      this.appender.flushSync();
      this.pending = 0;
    }
  }

  /**
   * Rows the byte scanner (byte-scan.ts) wrote as CSV, all of one file, year and edition:
   * line, exporter, importer, code, value, quantity and raw line. Loaded by DuckDB's own
   * reader from a temporary file, as the appender would have staged them row by row.
   */
  async addScanned(
    dataset: string,
    fileId: number,
    year: number,
    edition: string,
    csv: readonly Buffer[],
  ): Promise<void> {
    if (csv.length === 0) return;
    this.flush();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-stage-'));
    const file = join(dir, 'rows.csv');
    try {
      await writeFile(file, csv);
      await this.db.run(`INSERT INTO flows
        SELECT ${q(dataset)}, ${Number(fileId)}, line, ${Number(year)}, ${q(String(year))},
               exporter, importer, hs6, NULL, NULL, value, qty_kg, ${q(edition)}, NULL, false, raw
        FROM read_csv(${q(file)}, header = false, auto_detect = false, delim = ',', quote = '"',
          escape = '"', strict_mode = true,
          columns = {'line': 'BIGINT', 'exporter': 'VARCHAR', 'importer': 'VARCHAR',
                     'hs6': 'VARCHAR', 'value': 'BIGINT', 'qty_kg': 'BIGINT', 'raw': 'VARCHAR'})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Drops every row of a file that failed part-way, so no partial file is ever written. */
  async dropFile(fileId: number): Promise<void> {
    this.flush();
    await this.db.run(`DELETE FROM flows WHERE file_id = ${Number(fileId)}`);
  }

  async rows<T>(sql: string): Promise<T[]> {
    this.flush();
    const reader = await this.db.runAndReadAll(sql);
    return reader.getRowObjectsJS() as T[];
  }

  /** Rows in chunks of a few thousand, for results too large to hold at once. */
  async *streamRows<T>(sql: string): AsyncGenerator<T[]> {
    this.flush();
    const result = await this.db.stream(sql);
    for await (const rows of result.yieldRowObjectJs()) yield rows as T[];
  }

  /** A result read chunk by chunk (2,048 rows), for columns handed on without objects. */
  async stream(sql: string) {
    this.flush();
    return this.db.stream(sql);
  }

  async run(sql: string): Promise<void> {
    this.flush();
    await this.db.run(sql);
  }

  async copyLines(sql: string, file: string): Promise<number> {
    this.flush();
    return copyLines(this.db, sql, file);
  }

  /**
   * Queries on a connection of their own, so that one output is written while another is
   * built (the downloads, gzipped in Node's thread pool, beside the shards). Reads only; its
   * temporary tables are its own. Closed with the stage.
   */
  async fork(): Promise<StageQueries> {
    const db = await this.instance.connect();
    this.forks.push(db);
    return {
      rows: async <T>(sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS() as T[],
      run: async (sql: string) => {
        await db.run(sql);
      },
      stream: (sql: string) => db.stream(sql),
      copyLines: (sql: string, file: string) => copyLines(db, sql, file),
    };
  }

  close(): void {
    for (const f of this.forks.splice(0)) f.closeSync();
    this.appender?.closeSync();
    this.appender = null;
    this.db.closeSync();
    this.instance.closeSync();
  }
}

/** DuckDB returns BIGINT and HUGEINT sums as bigint; every total here fits a double exactly. */
export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  return Number(v);
}
