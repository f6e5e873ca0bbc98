import duckdb from '@duckdb/node-bindings';
import { DuckDBTypeId, type DuckDBDataChunk, type DuckDBResult } from '@duckdb/node-api';

/**
 * One column of a DuckDB result chunk as the typed array DuckDB holds it, read through the C
 * API's own accessors: `getColumnValues` builds a JavaScript array and tests each cell's
 * validity with BigInt arithmetic, which was a fifth of the shards' time at 50 million rows.
 */
export interface ChunkColumn {
  /** INTEGER cells, or DOUBLE cells; the other is null. */
  ints: Int32Array | null;
  doubles: Float64Array | null;
  /** Validity bits (bit i of byte i >> 3), or null when every cell is valid. */
  valid: Uint8Array | null;
}

/** The column types the shards read; any other stops the build rather than misread memory. */
export type ChunkType = 'integer' | 'double';

/** Checks that a result's named columns have the types the reader will assume. */
export function expectTypes(result: DuckDBResult, want: Record<string, ChunkType>): void {
  const names = result.columnNames();
  for (const [name, type] of Object.entries(want)) {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`shard query has no column ${name}`);
    const id = result.columnTypeId(at);
    const ok = type === 'integer' ? id === DuckDBTypeId.INTEGER : id === DuckDBTypeId.DOUBLE;
    if (!ok) throw new Error(`shard query column ${name} is ${result.columnType(at)}, not ${type}`);
  }
}

export function chunkColumn(chunk: DuckDBDataChunk, at: number, type: ChunkType): ChunkColumn {
  const n = chunk.rowCount;
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, at);
  const width = type === 'integer' ? 4 : 8;
  let data = duckdb.vector_get_data(vector, n * width);
  // A typed array over DuckDB's memory needs an aligned start; a copy otherwise.
  if (data.byteOffset % width !== 0) data = data.slice();
  // Null when DuckDB keeps no validity mask (no NULL in the vector), despite the declared type.
  const valid = duckdb.vector_get_validity(vector, Math.ceil(n / 64) * 8) as Uint8Array | null;
  return {
    ints: type === 'integer' ? new Int32Array(data.buffer, data.byteOffset, n) : null,
    doubles: type === 'double' ? new Float64Array(data.buffer, data.byteOffset, n) : null,
    valid,
  };
}

export function isValid(col: ChunkColumn, i: number): boolean {
  const v = col.valid;
  return v === null || ((v[i >> 3] as number) & (1 << (i & 7))) !== 0;
}
