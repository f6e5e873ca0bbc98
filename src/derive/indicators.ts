/**
 * Indicators of the profiles: partner concentration, two-way trade under one code, and the
 * patterns a trainer may want to look at (unit values far from the world's, unusual jumps).
 * They are screening aids with stated rules, not findings: each function returns the numbers
 * the page shows next to the rule, so a reader can check them by hand.
 */
import type { ColumnarShard, CountryColumns } from '../schema/manifest.ts';

/**
 * Herfindahl-Hirschman index on shares in percent (0-10,000): the sum of squared shares.
 * 10,000 is one partner; n equal partners give 10,000 / n. Zero and negative values are ignored.
 */
export function hhi(values: readonly number[]): number {
  const pos = values.filter((v) => v > 0);
  const total = pos.reduce((s, v) => s + v, 0);
  if (total <= 0) return 0;
  return pos.reduce((s, v) => s + ((100 * v) / total) ** 2, 0);
}

export type HhiBand = 'low' | 'moderate' | 'high';

/**
 * The usual reading bands (US Horizontal Merger Guidelines, 2010): below 1,500 unconcentrated,
 * 1,500 to 2,500 moderately concentrated, above 2,500 highly concentrated.
 */
export function hhiBand(h: number): HhiBand {
  return h < 1500 ? 'low' : h <= 2500 ? 'moderate' : 'high';
}

/** Share of the total held by the n largest values (top-3 by default); 0 when all are 0. */
export function topShare(values: readonly number[], n = 3): number {
  const pos = values.filter((v) => v > 0).sort((a, b) => b - a);
  const total = pos.reduce((s, v) => s + v, 0);
  if (total <= 0) return 0;
  return pos.slice(0, n).reduce((s, v) => s + v, 0) / total;
}

export interface TransitCode {
  code: string;
  export: number;
  import: number;
  /** The smaller of the two: the most that could be re-export of goods imported that year. */
  possibleReexport: number;
}

/**
 * Codes a country both imports and exports in the same year. The smaller direction bounds a
 * possible re-export; it can equally be two-way trade in different goods under one code.
 */
export function transitCodes(
  shard: ColumnarShard<CountryColumns>,
  year: number,
  counted: ReadonlySet<string>,
): TransitCode[] {
  const d = shard.data;
  const acc = new Map<string, { export: number; import: number }>();
  for (let i = 0; i < d.year.length; i++) {
    const code = String(d.code[i]);
    const flow = d.flow[i];
    if (Number(d.year[i]) !== year || !counted.has(code)) continue;
    if (flow !== 'export' && flow !== 'import') continue;
    const a = acc.get(code) ?? { export: 0, import: 0 };
    a[flow] += Number(d.value[i] ?? 0);
    acc.set(code, a);
  }
  return [...acc]
    .filter(([, a]) => a.export > 0 && a.import > 0)
    .map(([code, a]) => ({ code, ...a, possibleReexport: Math.min(a.export, a.import) }))
    .sort((a, b) => b.possibleReexport - a.possibleReexport || (a.code < b.code ? -1 : 1));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number | null {
  const m = median(values);
  if (m === null) return null;
  return median(values.map((v) => Math.abs(v - m)));
}

/** Unit values differ by more than this factor from the world median: worth a look. */
export const UNIT_VALUE_FACTOR = 3;
/** A median of fewer unit values than this says too little to compare with. */
export const UNIT_VALUE_MIN_COUNTRIES = 5;

export interface UnitValueCheck {
  iso3: string;
  unitValue: number;
  /** The country's unit value divided by the median of every country's (same code, year, flow). */
  ratio: number;
  /** Robust z-score of the log unit value: (ln uv - median ln uv) / (1.4826 MAD). */
  z: number | null;
  flagged: boolean;
}

/**
 * Unit values (value per tonne) of every country with a positive value and quantity for one
 * code, year and direction, compared with their median. Rule: flagged when the ratio to the
 * median is above UNIT_VALUE_FACTOR or below its inverse, and only when at least
 * UNIT_VALUE_MIN_COUNTRIES countries have a unit value.
 */
export function unitValueChecks(
  rows: readonly { iso3: string; value: number; quantityT: number | null }[],
): { median: number | null; countries: number; checks: UnitValueCheck[] } {
  const uv = rows
    .filter((r) => r.value > 0 && r.quantityT !== null && r.quantityT > 0)
    .map((r) => ({ iso3: r.iso3, unitValue: r.value / (r.quantityT as number) }));
  const m = median(uv.map((u) => u.unitValue));
  if (m === null || m <= 0) return { median: null, countries: uv.length, checks: [] };
  const logs = uv.map((u) => Math.log(u.unitValue));
  const lm = median(logs) ?? 0;
  const spread = 1.4826 * (mad(logs) ?? 0);
  const enough = uv.length >= UNIT_VALUE_MIN_COUNTRIES;
  const checks = uv.map((u) => {
    const ratio = u.unitValue / m;
    return {
      ...u,
      ratio,
      z: spread > 0 ? (Math.log(u.unitValue) - lm) / spread : null,
      flagged: enough && (ratio > UNIT_VALUE_FACTOR || ratio < 1 / UNIT_VALUE_FACTOR),
    };
  });
  return { median: m, countries: uv.length, checks };
}

/** Year-on-year changes needed before a country's own history can judge one. */
export const JUMP_MIN_CHANGES = 4;
/** Robust standard deviations from the median change beyond which a change is unusual. */
export const JUMP_Z = 3;

export interface YearJump {
  year: number;
  prev: number;
  value: number;
  before: number;
  /** ln(value / before). */
  logChange: number;
  /** (logChange - median) / (1.4826 MAD); null when the MAD is 0. */
  z: number | null;
  flagged: boolean;
}

/**
 * Year-on-year changes of one series (consecutive years with a positive value in both),
 * judged against the series' own history. Rule: a change is flagged when its log change lies
 * more than JUMP_Z robust standard deviations (1.4826 MAD) from the median log change, and
 * the value at least doubled or halved. With fewer than JUMP_MIN_CHANGES changes nothing is
 * judged (`applicable` false).
 */
export function yearJumps(series: readonly { year: number; value: number }[]): {
  applicable: boolean;
  median: number | null;
  changes: YearJump[];
} {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const changes: YearJump[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as { year: number; value: number };
    const b = sorted[i] as { year: number; value: number };
    if (a.value > 0 && b.value > 0)
      changes.push({
        year: b.year,
        prev: a.year,
        value: b.value,
        before: a.value,
        logChange: Math.log(b.value / a.value),
        z: null,
        flagged: false,
      });
  }
  if (changes.length < JUMP_MIN_CHANGES) return { applicable: false, median: null, changes };
  const logs = changes.map((c) => c.logChange);
  const m = median(logs) ?? 0;
  const spread = 1.4826 * (mad(logs) ?? 0);
  for (const c of changes) {
    const dev = c.logChange - m;
    c.z = spread > 0 ? dev / spread : null;
    const far = spread > 0 ? Math.abs(dev) > JUMP_Z * spread : Math.abs(dev) > 0;
    c.flagged = far && Math.abs(c.logChange) >= Math.log(2);
  }
  return { applicable: true, median: m, changes };
}
