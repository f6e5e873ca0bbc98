/**
 * Synthetic BACI files for the pipeline benchmark (npm run bench:pipeline). Every file it
 * writes is named `..._SYNTHETIC.csv`; the reference files it copies beside them (country and
 * product codes) are the real ones, so that the pipeline resolves codes as it would on BACI.
 *
 * Distributions:
 * - exporter, importer and (value, quantity) are drawn from the empirical distributions of the
 *   real BACI subset (SUBSET below): a uniformly drawn row of the subset gives the exporter,
 *   another the importer, another the value and its quantity (kept together, with the
 *   subset's share of empty quantities);
 * - the HS code is drawn from the full BACI HS2022 product list (about 5,600 codes, of which
 *   about 200 are on the strategic lists) with a Zipf-like weight 1/rank^ZIPF_S over a seeded
 *   random ranking of the codes, so that the share of strategic rows is close to what a full
 *   BACI year holds, not the subset's 32 energy codes;
 * - like BACI, a (year, exporter, importer, code) key occurs at most once, and exporter and
 *   importer differ (a drawn key already used is drawn again).
 * If the subset is absent, BUILTIN below is used instead (and the result says so).
 *
 * Rows are written in BACI's order (sorted by exporter, importer and code, as every release
 * is), or with --order drawn as drawn.
 *
 * On its own: tsx scripts/bench/synth.ts --rows N [--years Y] [--order baci|drawn] --out <folder>
 */
import {
  chmodSync,
  copyFileSync,
  createWriteStream,
  existsSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../lib/prng.ts';
import { parse } from 'csv-parse/sync';

export const SHARED = '/work/shared/data';
/** $BENCH_SYNTH_SUBSET overrides the subset's path (a missing path tests the built-in fallback). */
export const SUBSET =
  process.env.BENCH_SYNTH_SUBSET ??
  `${SHARED}/baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv`;
export const PRODUCTS = `${SHARED}/baci-energy-subset/product_codes_HS22_V202501.csv`;
export const COUNTRIES = `${SHARED}/country-codes/baci_country_codes_V202501.csv`;

/** Fixed seed: the same N and years always give the same files. */
export const SEED = 0x5eed2025;
/** Zipf exponent of the code weights: 0.5 puts ~0.7% of rows on the most common code. */
export const ZIPF_S = 0.5;
const LAST_YEAR = 2023;

/**
 * Fallback when the subset is absent: 40 large traders (ISO/BACI numeric codes, all known to
 * the pipeline) with Zipf(1) weights for both exporter and importer, values log-normal around
 * 10 thousand USD (sigma 2.5, three decimals), quantity empty on 9% of rows and otherwise the
 * value divided by a log-normal price (median 5 thousand USD a tonne).
 */
export const BUILTIN = {
  countries: [
    156, 842, 276, 392, 410, 251, 528, 380, 699, 554, 757, 124, 484, 643, 56, 724, 344, 702, 490,
    764, 458, 36, 76, 682, 784, 616, 792, 203, 40, 752, 348, 360, 704, 608, 710, 32, 152, 579, 208,
    372,
  ],
  valueMedian: 10,
  valueSigma: 2.5,
  emptyQuantity: 0.09,
  priceMedian: 5,
};

export interface SynthOptions {
  rows: number;
  years: number;
  dir: string;
  seed?: number;
  /** HS6 codes on the lists, to count the share of strategic rows written. */
  strategic?: ReadonlySet<string>;
  /**
   * Row order of each file: `baci` (the default) sorted by exporter, importer and code as
   * every BACI release is; `drawn` as drawn, to measure a file in no order.
   */
  order?: RowOrder;
  log?: (msg: string) => void;
}

export type RowOrder = 'baci' | 'drawn';

export interface SynthResult {
  source: 'subset' | 'builtin';
  sourceNote: string;
  productCodes: number;
  productSource: 'BACI product list' | 'builtin';
  order: RowOrder;
  files: string[];
  copied: string[];
  rows: number;
  strategicRows: number;
  redraws: number;
  bytes: number;
  ms: number;
}

interface Pools {
  countries: string[];
  exporters: Uint16Array;
  importers: Uint16Array;
  values: string[];
  quantities: string[];
}

function subsetPools(path: string): Pools {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const index = new Map<string, number>();
  const countries: string[] = [];
  const idx = (c: string) => {
    let n = index.get(c);
    if (n === undefined) {
      n = countries.length;
      countries.push(c);
      index.set(c, n);
    }
    return n;
  };
  const exporters = new Uint16Array(rows.length);
  const importers = new Uint16Array(rows.length);
  const values: string[] = [];
  const quantities: string[] = [];
  rows.forEach((r, n) => {
    exporters[n] = idx((r.i ?? '').trim());
    importers[n] = idx((r.j ?? '').trim());
    values.push((r.v ?? '').trim());
    quantities.push((r.q ?? '').trim());
  });
  return { countries, exporters, importers, values, quantities };
}

function builtinPools(rand: () => number): Pools {
  const countries = BUILTIN.countries.map(String);
  const weights = countries.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const POOL = 50_000;
  const pool = new Uint16Array(POOL);
  let n = 0;
  weights.forEach((w, c) => {
    const k = Math.round((w / total) * POOL);
    for (let i = 0; i < k && n < POOL; i++) pool[n++] = c;
  });
  while (n < POOL) pool[n++] = 0;
  const normal = () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const values: string[] = [];
  const quantities: string[] = [];
  for (let i = 0; i < POOL; i++) {
    const v = Math.max(0.001, BUILTIN.valueMedian * Math.exp(BUILTIN.valueSigma * normal()));
    values.push(v.toFixed(3));
    if (rand() < BUILTIN.emptyQuantity) quantities.push('');
    else {
      const price = BUILTIN.priceMedian * Math.exp(1.5 * normal());
      quantities.push(Math.max(0.001, v / price).toFixed(3));
    }
  }
  return { countries, exporters: pool, importers: pool.slice(), values, quantities };
}

function productCodes(strategic: ReadonlySet<string>): {
  codes: string[];
  source: SynthResult['productSource'];
} {
  if (existsSync(PRODUCTS)) {
    const rows = parse(readFileSync(PRODUCTS), { columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    const codes = rows.map((r) => (r.code ?? '').trim()).filter((c) => /^\d{6}$/.test(c));
    return { codes, source: 'BACI product list' };
  }
  // No product list: the list codes plus made-up filler codes up to a BACI-sized list (the
  // pipeline then accepts any six-digit code, as it does without a product file).
  const codes = [...strategic];
  for (let c = 10000; codes.length < 5600; c += 7) {
    const s = String(c).padStart(6, '0');
    if (!strategic.has(s)) codes.push(s);
  }
  return { codes, source: 'builtin' };
}

/** Cumulative Zipf-like weights over a seeded random ranking of `n` items. */
function zipfTable(n: number, rand: () => number): { order: Uint32Array; cum: Float64Array } {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  const cum = new Float64Array(n);
  let s = 0;
  for (let r = 0; r < n; r++) {
    s += 1 / Math.pow(r + 1, ZIPF_S);
    cum[r] = s;
  }
  for (let r = 0; r < n; r++) cum[r] = (cum[r] ?? 0) / s;
  return { order, cum };
}

function drawRank(cum: Float64Array, u: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function synthFileName(year: number): string {
  return `BACI_HS22_Y${year}_V000000_SYNTHETIC.csv`;
}

/** Writes one synthetic BACI file per year into `dir` (streamed, in 256 KB chunks). */
export async function generate(opts: SynthOptions): Promise<SynthResult> {
  const started = performance.now();
  const log = opts.log ?? (() => undefined);
  const rand = mulberry32(opts.seed ?? SEED);
  const strategic = opts.strategic ?? new Set<string>();
  const fromSubset = existsSync(SUBSET);
  const pools = fromSubset ? subsetPools(SUBSET) : builtinPools(rand);
  const sourceNote = fromSubset
    ? `empirical distributions of ${basename(SUBSET)} (${pools.values.length} rows)`
    : `subset ${SUBSET} absent: built-in distribution (40 traders with Zipf(1) weights, log-normal values around 10 thousand USD)`;
  const { codes, source: productSource } = productCodes(strategic);
  const { order, cum } = zipfTable(codes.length, rand);
  const isStrategic = Uint8Array.from(codes, (c) => (strategic.has(c) ? 1 : 0));

  const copied: string[] = [];
  for (const src of [COUNTRIES, PRODUCTS]) {
    if (!existsSync(src)) continue;
    const dest = join(opts.dir, basename(src));
    copyFileSync(src, dest);
    chmodSync(dest, 0o644);
    copied.push(dest);
  }

  const nC = pools.countries.length;
  const nK = codes.length;
  const poolN = pools.exporters.length;
  const valN = pools.values.length;
  if (nC * nC * nK >= 2 ** 32)
    throw new Error('synth: too many countries x codes for the key bitset');
  const years = Math.max(1, opts.years);
  const rowOrder = opts.order ?? 'baci';
  const byNumber = (n: number, values: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => i).sort((a, b) => values(a) - values(b));
  const countryByRank = byNumber(nC, (i) => Number(pools.countries[i]));
  const codeByRank = byNumber(nK, (i) => Number(codes[i]));
  const rankOf = (byRank: number[]) => {
    const rank = new Uint32Array(byRank.length);
    byRank.forEach((i, r) => (rank[i] = r));
    return rank;
  };
  const countryRank = rankOf(countryByRank);
  const codeRank = rankOf(codeByRank);
  const files: string[] = [];
  let strategicRows = 0;
  let redraws = 0;
  let bytes = 0;
  for (let y = 0; y < years; y++) {
    const year = LAST_YEAR - years + 1 + y;
    const rows = Math.floor(opts.rows / years) + (y < opts.rows % years ? 1 : 0);
    const file = join(opts.dir, synthFileName(year));
    // One bit per (exporter, importer, code) key: BACI has one row per key and year.
    const used = new Uint8Array(Math.ceil((nC * nC * nK) / 8));
    // Each row's key as a rank: exporter, importer and code in their numeric order, so that
    // sorting the ranks gives BACI's own row order.
    const drawn = new Uint32Array(rows);
    for (let n = 0; n < rows; n++) {
      let e: number;
      let m: number;
      let k: number;
      let key: number;
      for (let tries = 0; ; tries++) {
        e = pools.exporters[Math.floor(rand() * poolN)] ?? 0;
        m = pools.importers[Math.floor(rand() * poolN)] ?? 0;
        k = order[drawRank(cum, rand())] ?? 0;
        key = (e * nC + m) * nK + k;
        const free = ((used[key >>> 3] ?? 0) & (1 << (key & 7))) === 0;
        if ((e !== m && free) || tries > 1000) break;
        redraws++;
      }
      used[key >>> 3] = (used[key >>> 3] ?? 0) | (1 << (key & 7));
      if (isStrategic[k]) strategicRows++;
      drawn[n] = ((countryRank[e] ?? 0) * nC + (countryRank[m] ?? 0)) * nK + (codeRank[k] ?? 0);
    }
    if (rowOrder === 'baci') drawn.sort();
    const out = createWriteStream(file);
    let chunk = 't,i,j,k,v,q\n';
    for (let n = 0; n < rows; n++) {
      const r = drawn[n] ?? 0;
      const k = codeByRank[r % nK] ?? 0;
      const em = Math.floor(r / nK);
      const e = countryByRank[Math.floor(em / nC)] ?? 0;
      const m = countryByRank[em % nC] ?? 0;
      const vi = Math.floor(rand() * valN);
      chunk += `${year},${pools.countries[e]},${pools.countries[m]},${codes[k]},${pools.values[vi]},${pools.quantities[vi]}\n`;
      if (chunk.length >= 1 << 18) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    bytes += statSync(file).size;
    files.push(file);
    log(`synth: ${basename(file)} (${rows} rows)`);
  }
  return {
    source: fromSubset ? 'subset' : 'builtin',
    sourceNote,
    productCodes: codes.length,
    productSource,
    order: rowOrder,
    files,
    copied,
    rows: opts.rows,
    strategicRows,
    redraws,
    bytes,
    ms: performance.now() - started,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      years: { type: 'string', default: '1' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(SEED) },
      order: { type: 'string', default: 'baci' },
    },
  });
  const rows = Number(values.rows);
  const order = values.order;
  if (
    !values.out ||
    !existsSync(values.out) ||
    !Number.isSafeInteger(rows) ||
    rows < 1 ||
    (order !== 'baci' && order !== 'drawn')
  ) {
    console.error(
      'usage: tsx scripts/bench/synth.ts --rows N [--years Y] [--order baci|drawn] --out <existing folder>',
    );
    process.exit(2);
  }
  const r = await generate({
    rows,
    years: Number(values.years),
    dir: values.out,
    seed: Number(values.seed),
    order,
    log: (m) => console.error(m),
  });
  console.log(
    `${r.rows} rows, ${(r.bytes / 1e6).toFixed(1)} MB in ${(r.ms / 1000).toFixed(2)} s; ${r.sourceNote}`,
  );
}
