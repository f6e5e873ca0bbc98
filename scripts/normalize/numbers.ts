/**
 * Exact decimal parsing into integers. Values and quantities are summed as integers
 * (whole currency units, kilograms) so totals are exact and identical on every run,
 * whatever order DuckDB adds them in.
 */
export type Parsed = { ok: true; value: number; rounded: boolean } | { ok: false; reason: string };

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** Parses a non-negative decimal string and scales it by 10^scaleDigits, rounding half up. */
export function parseScaled(raw: string, scaleDigits: number, what: string): Parsed {
  const fast = plainScaled(raw, scaleDigits);
  if (fast) return fast;
  const s = raw.trim();
  if (s === '') return { ok: false, reason: `missing ${what}` };
  if (s.startsWith('-')) {
    return /^-\d+(\.\d*)?([eE][+-]?\d+)?$/.test(s)
      ? { ok: false, reason: `negative ${what} "${s}"` }
      : { ok: false, reason: `non-numeric ${what} "${clip(s)}"` };
  }
  const m = DECIMAL.exec(s);
  if (!m) {
    // Scientific notation from spreadsheets (1.9973915E7) is a number, just not a plain one.
    if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(s)) return fromFloat(Number(s), scaleDigits, what);
    return { ok: false, reason: `non-numeric ${what} "${clip(s)}"` };
  }
  const int = m[1] ?? '0';
  const frac = m[2] ?? '';
  const kept = (frac + '0'.repeat(scaleDigits)).slice(0, scaleDigits);
  const rest = frac.slice(scaleDigits);
  let value = Number(int + kept);
  const rounded = /[1-9]/.test(rest);
  if (rest !== '' && (rest[0] ?? '0') >= '5') value += 1;
  if (!Number.isSafeInteger(value))
    return { ok: false, reason: `${what} "${clip(s)}" is too large` };
  return { ok: true, value, rounded };
}

/**
 * The common case of parseScaled without regular expressions or substrings: digits with at
 * most one point, nothing else, and a result below 2^53. Null for anything else (the general
 * path then decides, with the same result for these strings).
 */
function plainScaled(s: string, scaleDigits: number): Parsed | null {
  const n = s.length;
  if (n === 0 || n > 15) return null;
  let value = 0;
  let decimals = -1;
  let next = -1;
  let rounded = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (decimals >= 0 || i === 0) return null;
      decimals = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return null;
    if (decimals < scaleDigits) {
      value = value * 10 + d;
      if (decimals >= 0) decimals++;
    } else {
      if (next < 0) next = d;
      if (d !== 0) rounded = true;
    }
  }
  for (let k = decimals < 0 ? 0 : decimals; k < scaleDigits; k++) value *= 10;
  if (next >= 5) value += 1;
  return Number.isSafeInteger(value) ? { ok: true, value, rounded } : null;
}

function fromFloat(n: number, scaleDigits: number, what: string): Parsed {
  const v = Math.round(n * 10 ** scaleDigits);
  if (!Number.isSafeInteger(v)) return { ok: false, reason: `${what} ${n} is too large` };
  return { ok: true, value: v, rounded: v !== n * 10 ** scaleDigits };
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/** Kilograms (integer) to tonnes with three decimals, as text, without float noise. */
export function kgToTonnesText(kg: number): string {
  const sign = kg < 0 ? '-' : '';
  const a = Math.abs(kg);
  const t = Math.floor(a / 1000);
  const r = a % 1000;
  return r === 0 ? `${sign}${t}` : `${sign}${t}.${String(r).padStart(3, '0').replace(/0+$/, '')}`;
}
