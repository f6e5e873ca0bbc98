/**
 * A straightforward Arquero implementation of the benchmark's aggregation, for comparison:
 * keep the rows whose code is on a list, group by year, exporter, importer and code, sum,
 * write one CSV. Run as a child by scripts/bench/pipeline.ts; prints one JSON line on stdout.
 *
 * --mode chunk (default): each file is read with an fs stream and parsed by fromCSV in text
 *   chunks of about 32 MB (cut at a line end), each chunk filtered at once;
 * --mode load: each file is read whole with loadCSV, then filtered (the textbook way; it
 *   holds a whole file's table in memory, and may run out of it).
 *
 *   node --import tsx scripts/bench/pipeline-arquero.ts --out <file.csv> [--mode chunk|load] <csv>...
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { benchCodes } from './pipeline-codes.ts';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string' },
    lists: { type: 'string', default: 'data/lists' },
    mode: { type: 'string', default: 'chunk' },
  },
  allowPositionals: true,
});
if (!values.out || positionals.length === 0 || !['chunk', 'load'].includes(values.mode)) {
  console.error('usage: pipeline-arquero.ts --out <file.csv> [--mode chunk|load] <csv>...');
  process.exit(2);
}

const codes = benchCodes(values.lists);
const num = (s: string) => (s === '' ? null : Number(s));
const options = {
  autoType: false,
  parse: { t: Number, i: Number, j: Number, k: String, v: num, q: num },
};
const CHUNK = 32 * 1024 * 1024;

const inScope = (t: ColumnTable) => t.filter(aq.escape((d: { k: string }) => codes.has(d.k)));

async function readChunked(file: string, kept: ColumnTable[]): Promise<void> {
  let header = '';
  let text = '';
  const flush = (upTo: number) => {
    const body = text.slice(0, upTo);
    text = text.slice(upTo);
    if (body.length) kept.push(inScope(aq.fromCSV(header + body, options)).reify());
  };
  for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    text += piece as string;
    if (!header) {
      const nl = text.indexOf('\n');
      if (nl < 0) continue;
      header = text.slice(0, nl + 1);
      text = text.slice(nl + 1);
    }
    if (text.length >= CHUNK) flush(text.lastIndexOf('\n') + 1);
  }
  flush(text.length);
}

const kept: ColumnTable[] = [];
for (const file of positionals) {
  if (values.mode === 'load') kept.push(inScope(await aq.loadCSV(file, options)).reify());
  else await readChunked(file, kept);
}
const all = kept.length ? (kept[0] as ColumnTable).concat(...kept.slice(1)) : aq.table({});
const agg = all
  .groupby('t', 'i', 'j', 'k')
  .rollup({ value: aq.op.sum('v'), qty: aq.op.sum('q'), n: aq.op.count() });
writeFileSync(values.out, aq.toCSV(agg));
let valueUsd = 0;
let n = 0;
for (const v of agg.array('value') as Iterable<number>) valueUsd += Math.round(v * 1000);
for (const c of agg.array('n') as Iterable<number>) n += c;
console.log(JSON.stringify({ kept: n, groups: agg.numRows(), valueUsd }));
