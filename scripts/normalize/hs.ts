import type { HsEdition } from '../../src/schema/manifest.ts';

const EDITIONS: Record<string, HsEdition> = {
  '92': 'HS1992',
  '96': 'HS1996',
  '02': 'HS2002',
  '07': 'HS2007',
  '12': 'HS2012',
  '17': 'HS2017',
  '22': 'HS2022',
};

/** Accepts HS2022, HS22, H6 style names (Comtrade's H0..H6 are HS1992..HS2022). */
export function parseHsEdition(s: string): HsEdition | null {
  const t = s.trim().toUpperCase();
  const full = /^HS(19|20)(\d\d)$/.exec(t);
  if (full) return EDITIONS[full[2] ?? ''] === t ? (t as HsEdition) : null;
  const short = /^HS(\d\d)$/.exec(t);
  if (short) return EDITIONS[short[1] ?? ''] ?? null;
  const comtrade = /^H([0-6])$/.exec(t);
  if (comtrade)
    return (
      (['HS1992', 'HS1996', 'HS2002', 'HS2007', 'HS2012', 'HS2017', 'HS2022'] as const)[
        Number(comtrade[1])
      ] ?? null
    );
  return null;
}

/** Finds an edition in a file name such as BACI_HS22_Y2023_V202501.csv or hs2017_codes.csv. */
export function editionFromFileName(name: string): HsEdition | null {
  const long = /(?:^|[^A-Z0-9])HS((?:19|20)\d\d)(?:[^0-9]|$)/i.exec(name);
  if (long) return parseHsEdition(`HS${long[1]}`);
  const m = /(?:^|[^A-Z0-9])HS(\d\d)(?:[^0-9]|$)/i.exec(name);
  return m ? parseHsEdition(`HS${m[1]}`) : null;
}

export type HsCheck = { ok: true; hs6: string; repaired: boolean } | { ok: false; reason: string };

/**
 * HS codes are strings. A five-digit code is a six-digit code read as a number somewhere
 * upstream (010121 -> 10121): it is repaired, and the repair is counted, only when the
 * padded code is a real code of the edition.
 */
export function normalizeHs6(raw: string, known: { has(code: string): boolean } | null): HsCheck {
  // The common case first: six characters the edition knows (so six digits).
  if (raw.length === 6 && known?.has(raw)) return { ok: true, hs6: raw, repaired: false };
  const code = raw.trim();
  if (/^\d{6}$/.test(code)) {
    if (known && !known.has(code)) return { ok: false, reason: `unknown HS code "${code}"` };
    return { ok: true, hs6: code, repaired: false };
  }
  if (/^\d{5}$/.test(code)) {
    const padded = '0' + code;
    if (!known || known.has(padded)) return { ok: true, hs6: padded, repaired: true };
    return {
      ok: false,
      reason: `HS code "${code}" has five digits and "${padded}" is not a known code`,
    };
  }
  return { ok: false, reason: `malformed HS code "${code}"` };
}

/**
 * The HS edition in force in a year (WCO: HS2022 from 1 January 2022, HS2017 from 2017…).
 * National nomenclatures built on HS (the EU's CN, most tariffs) follow it, so a file of CN8
 * codes for 2021 is HS2017 at six digits and one for 2022 is HS2022.
 */
export function editionInForce(year: number): HsEdition | null {
  if (year >= 2022) return 'HS2022';
  if (year >= 2017) return 'HS2017';
  if (year >= 2012) return 'HS2012';
  if (year >= 2007) return 'HS2007';
  if (year >= 2002) return 'HS2002';
  if (year >= 1996) return 'HS1996';
  if (year >= 1988) return 'HS1992';
  return null;
}
