/**
 * parseScaled's fast path for plain numbers (scripts/normalize/numbers.ts) gives exactly what
 * the general path gives: checked against a copy of the general path on seeded random strings
 * of digits, points, signs, exponents and spaces, and on edge cases around 2^53.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/prng.ts';
import { parseScaled, type Parsed } from '../../scripts/normalize/numbers.ts';

/** The general path of parseScaled, as it was before the fast path. */
function reference(raw: string, scaleDigits: number, what: string): Parsed {
  const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);
  const s = raw.trim();
  if (s === '') return { ok: false, reason: `missing ${what}` };
  if (s.startsWith('-')) {
    return /^-\d+(\.\d*)?([eE][+-]?\d+)?$/.test(s)
      ? { ok: false, reason: `negative ${what} "${s}"` }
      : { ok: false, reason: `non-numeric ${what} "${clip(s)}"` };
  }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) {
    if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(s)) {
      const v = Math.round(Number(s) * 10 ** scaleDigits);
      if (!Number.isSafeInteger(v))
        return { ok: false, reason: `${what} ${Number(s)} is too large` };
      return { ok: true, value: v, rounded: v !== Number(s) * 10 ** scaleDigits };
    }
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

describe('parseScaled', () => {
  it('equals the general path on 40,000 seeded random strings and edge cases', () => {
    const rand = mulberry32(20261204);
    const alphabet = '0123456789000111999..  -+eE';
    const cases = [
      '', '0', '00', '.5', '5.', '5.0', '0.0005', '0.0004', '12.3456', '12.3455', '12.3450',
      '9007199254740.991', '9007199254740.992', '9007199254740991', '9007199254740992',
      '999999999999.9995', '999999999999999', '1000000000000000', '4744.4130000000005', ' 7',
      '7 ', '1e3', '-1', '+1', '1..2', '..', '.', '0012', '123456789012345', '1234567890123456',
    ]; // prettier-ignore
    for (let n = 0; n < 40000; n++) {
      const len = Math.floor(rand() * 18);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      cases.push(s);
    }
    for (const s of cases) {
      for (const d of [0, 3]) {
        expect(parseScaled(s, d, 'value'), `"${s}" at ${d} decimals`).toEqual(
          reference(s, d, 'value'),
        );
      }
    }
  });
});
