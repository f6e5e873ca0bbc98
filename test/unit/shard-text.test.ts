/**
 * The shards' JSON is written as bytes (scripts/pipeline/json-bytes.ts, shard-text.ts) rather
 * than by `JSON.stringify`; its bytes must be exactly those `JSON.stringify` writes for the same
 * values. Compared here number by number over every magnitude and the edge cases, and whole
 * shards read from real DuckDB results (several chunks, NULLs, negative and huge values)
 * against `JSON.stringify` of the same rows read through DuckDB's own value API.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/prng.ts';
import { chunkColumn, expectTypes } from '../../scripts/pipeline/chunk-columns.ts';
import {
  jsonTokens,
  JsonBytes,
  putInteger,
  putNumber,
  putToken,
  putTonnes,
} from '../../scripts/pipeline/json-bytes.ts';
import { OutputDir } from '../../scripts/pipeline/output-dir.ts';
import { ShardWriter } from '../../scripts/pipeline/shard-writer.ts';
import { NOTICE, ShardText, type CellCodec } from '../../scripts/pipeline/shard-text.ts';
import { SCHEMA_VERSION } from '../../src/schema/manifest.ts';

const text = (put: (buf: Uint8Array, at: number) => number) => {
  const buf = new Uint8Array(64);
  return Buffer.from(buf.subarray(0, put(buf, 0))).toString('latin1');
};

/** Doubles over every magnitude, with the cases JSON writes specially. */
function numbers(): number[] {
  const rand = mulberry32(17);
  const out = [
    0,
    -0,
    1,
    -1,
    9,
    10,
    99,
    100,
    2 ** 31,
    -(2 ** 31),
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    2 ** 53,
    2 ** 53 + 2,
    2 ** 60,
    1e20,
    1e21,
    1e22,
    0.5,
    1.5,
    0.1,
    1e-6,
    1e-7,
    5e-324,
    -5e-324,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    -Infinity,
    123456789012.345,
  ];
  for (let i = 0; i < 20_000; i++) {
    const scale = 10 ** Math.floor(rand() * 18);
    const v = rand() * scale;
    out.push(Math.floor(v), -Math.floor(v), v, Math.round(v * 1000) / 1000);
  }
  return out;
}

describe('JSON numbers written as bytes', () => {
  it('writes every number as JSON.stringify does', () => {
    for (const v of numbers()) expect(text((b, at) => putNumber(b, at, v))).toBe(JSON.stringify(v));
  });

  it('writes safe integers as JSON.stringify does', () => {
    for (const v of numbers().filter(Number.isSafeInteger)) {
      expect(text((b, at) => putInteger(b, at, v))).toBe(JSON.stringify(v));
    }
  });

  it('writes kilograms as tonnes exactly as JSON.stringify(Math.round(kg) / 1000)', () => {
    const edges = [
      0,
      -0,
      0.4,
      0.5,
      -0.5,
      -0.6,
      1,
      999,
      1000,
      1001,
      1010,
      1100,
      12345,
      999999999999999,
      1e15,
      1e15 + 1,
      -999999999999999,
      -1e15,
      2 ** 53,
      2 ** 53 + 2,
      1e21,
      NaN,
      Infinity,
    ];
    for (const kg of [...edges, ...numbers()]) {
      expect(text((b, at) => putTonnes(b, at, kg))).toBe(JSON.stringify(Math.round(kg) / 1000));
    }
  });

  it('encodes strings as JSON.stringify does, escapes and all', () => {
    const strings = ['FRA', '850440', 'a"b', 'back\\slash', 'Côte d’Ivoire', 'Россия', '\u2028'];
    const table = jsonTokens(strings);
    strings.forEach((s, i) => {
      const buf = new Uint8Array(64);
      const end = putToken(buf, 0, table, i);
      expect(Buffer.from(buf.subarray(0, end)).toString('utf8')).toBe(JSON.stringify(s));
    });
    expect(putToken(new Uint8Array(64), 0, table, strings.length)).toBe(-1);
    expect(putToken(new Uint8Array(64), 0, table, -1)).toBe(-1);
  });

  it('grows its buffer without losing what it holds', () => {
    const b = new JsonBytes(4);
    for (let i = 0; i < 1000; i++) {
      const buf = b.room(20);
      b.length = putInteger(buf, b.length, i);
    }
    expect(Buffer.from(b.view()).toString()).toBe(
      Array.from({ length: 1000 }, (_, i) => i).join(''),
    );
  });
});

describe('a shard written from DuckDB chunks', () => {
  it('is byte for byte JSON.stringify of the same rows, over several chunks', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const dict = ['ABW', 'FRA', 'a"quote', 'Côte'];
    // 5,000 rows: three chunks of DuckDB's 2,048, with NULLs in every column.
    const sql = `
      SELECT (CASE WHEN i % 7 = 0 THEN NULL ELSE i % 4 END)::INTEGER AS code,
             (CASE WHEN i % 11 = 0 THEN NULL ELSE 1990 + i % 40 - 20 END)::INTEGER AS year,
             (CASE WHEN i % 13 = 0 THEN NULL
                   ELSE i * 7919.0 * pow(10, i % 19) * (CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END)
              END)::DOUBLE AS value,
             (CASE WHEN i % 5 = 0 THEN NULL ELSE i * 104729.0 / (1 + i % 9) END)::DOUBLE
               AS quantityT
      FROM range(5000) t(i) ORDER BY i`;
    const columns = ['code', 'year', 'value', 'quantityT'] as const;
    const codecs: Record<(typeof columns)[number], CellCodec> = {
      code: { type: 'integer', tokens: jsonTokens(dict) },
      year: { type: 'integer' },
      value: { type: 'double' },
      quantityT: { type: 'double', tonnes: true },
    };
    const result = await db.stream(sql);
    expectTypes(result, { code: 'integer', year: 'integer', value: 'double', quantityT: 'double' });
    const shard = new ShardText(columns);
    let chunks = 0;
    for await (const chunk of result) {
      chunks++;
      columns.forEach((c, i) => {
        const col = chunkColumn(chunk, i, codecs[c].type);
        shard.append(i, col, codecs[c], 0, chunk.rowCount);
      });
      shard.addRows(chunk.rowCount);
    }
    expect(chunks).toBeGreaterThan(2);
    const { pieces, rows } = shard.done();

    const plain = (await db.runAndReadAll(sql)).getRowObjectsJS();
    const data = {
      code: plain.map((r) => (r.code === null ? null : dict[Number(r.code)])),
      year: plain.map((r) => r.year),
      value: plain.map((r) => r.value),
      quantityT: plain.map((r) =>
        r.quantityT === null ? null : Math.round(Number(r.quantityT)) / 1000,
      ),
    };
    const expected = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      notice: NOTICE,
      columns: [...columns],
      data,
    });
    expect(rows).toBe(5000);
    expect(data.code).toContain(null);
    expect(data.value).toContain(null);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(expected);
    db.closeSync();
  });

  it('refuses a column of another type than its reader assumes', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const result = await db.stream('SELECT 1::BIGINT AS value');
    expect(() => expectTypes(result, { value: 'double' })).toThrow(/value is BIGINT, not double/);
    db.closeSync();
  });
});

describe('the shard writer thread', () => {
  /** A one-column shard of the numbers given. */
  function shardOf(values: number[]) {
    const shard = new ShardText(['value'] as const);
    const col = { ints: null, doubles: Float64Array.from(values), valid: null };
    shard.append(0, col, { type: 'double' }, 0, values.length);
    shard.addRows(values.length);
    return shard.done();
  }

  it('writes each shard, and fills in its size and hash once written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-writer-'));
    try {
      const out = new OutputDir(join(root, 'out'));
      const writer = new ShardWriter(out, true);
      const refs = [];
      for (let i = 0; i < 20; i++) {
        refs.push(await writer.write(`country/x/${i}.json`, shardOf([i, i * 1.5, -i])));
      }
      await writer.close();
      refs.forEach((ref, i) => {
        const bytes = readFileSync(join(out.tmp, ref.path));
        const text = JSON.stringify({
          schemaVersion: SCHEMA_VERSION,
          notice: NOTICE,
          columns: ['value'],
          data: { value: [i, i * 1.5, -i] },
        });
        expect(bytes.toString('utf8')).toBe(text);
        expect(ref).toEqual({
          path: `country/x/${i}.json`,
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          rows: 3,
        });
      });
      out.abandon();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails the build with the file it could not write', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-writer-'));
    try {
      const out = new OutputDir(join(root, 'out'));
      // A file where the shard's folder should be.
      mkdirSync(out.tmp, { recursive: true });
      writeFileSync(join(out.tmp, 'country'), 'not a folder');
      const writer = new ShardWriter(out, true);
      await writer.write('country/x/FRA.json', shardOf([1]));
      await expect(writer.close()).rejects.toThrow(
        /writing country\/x\/FRA\.json: .*(EEXIST|ENOTDIR)/,
      );
      out.abandon();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
