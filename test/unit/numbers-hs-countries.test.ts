import { describe, expect, it } from 'vitest';
import { csvRow, csvText } from '../../scripts/lib/csv-write.ts';
import {
  BACI_NUMERIC_EXCEPTIONS,
  isIsoAlpha3,
  isoNames,
  numericToIso3,
  repairMojibake,
} from '../../scripts/normalize/countries.ts';
import { editionFromFileName, normalizeHs6, parseHsEdition } from '../../scripts/normalize/hs.ts';
import { kgToTonnesText, parseScaled } from '../../scripts/normalize/numbers.ts';

describe('parseScaled', () => {
  it('scales decimal strings exactly, without float error', () => {
    // 0.1 + 0.2 style noise must not appear: the digits are shifted as text.
    expect(parseScaled('19.336', 3, 'value')).toEqual({ ok: true, value: 19336, rounded: false });
    expect(parseScaled('0.009', 3, 'value')).toEqual({ ok: true, value: 9, rounded: false });
    expect(parseScaled('4.1', 3, 'value')).toEqual({ ok: true, value: 4100, rounded: false });
    expect(parseScaled('12', 3, 'value')).toEqual({ ok: true, value: 12000, rounded: false });
    expect(parseScaled('12.', 3, 'value')).toEqual({ ok: true, value: 12000, rounded: false });
    expect(parseScaled('1.0000', 3, 'value')).toEqual({ ok: true, value: 1000, rounded: false });
    expect(parseScaled('147', 0, 'value')).toEqual({ ok: true, value: 147, rounded: false });
    expect(parseScaled(' 7.5 ', 1, 'value')).toEqual({ ok: true, value: 75, rounded: false });
    // 1.005 * 1000 is 1004.9999999999999 in floating point; the exact parse gives 1005.
    expect(parseScaled('1.005', 3, 'value')).toEqual({ ok: true, value: 1005, rounded: false });
    // Large but safe values stay exact.
    expect(parseScaled('9007199254740.991', 3, 'value')).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
      rounded: false,
    });
  });

  it('rounds the extra digits half up and flags the row as rounded', () => {
    // The BACI row with float noise.
    expect(parseScaled('4744.4130000000005', 3, 'value')).toEqual({
      ok: true,
      value: 4744413,
      rounded: true,
    });
    expect(parseScaled('0.0005', 3, 'value')).toEqual({ ok: true, value: 1, rounded: true });
    expect(parseScaled('0.00049', 3, 'value')).toEqual({ ok: true, value: 0, rounded: true });
    expect(parseScaled('5.0015', 3, 'value')).toEqual({ ok: true, value: 5002, rounded: true });
    expect(parseScaled('2.5', 0, 'value')).toEqual({ ok: true, value: 3, rounded: true });
    expect(parseScaled('2.4999', 0, 'value')).toEqual({ ok: true, value: 2, rounded: true });
    // Trailing zeros beyond the scale are not a rounding.
    expect(parseScaled('3.2500', 2, 'value')).toEqual({ ok: true, value: 325, rounded: false });
  });

  it('rejects negatives, empty and non-numeric text with a reason naming the field', () => {
    expect(parseScaled('-3', 0, 'value')).toEqual({ ok: false, reason: 'negative value "-3"' });
    expect(parseScaled('-0.5', 3, 'quantity')).toEqual({
      ok: false,
      reason: 'negative quantity "-0.5"',
    });
    expect(parseScaled('', 3, 'value')).toEqual({ ok: false, reason: 'missing value' });
    expect(parseScaled('   ', 3, 'quantity')).toEqual({ ok: false, reason: 'missing quantity' });
    for (const bad of ['abc', '1,5', 'NaN', '12abc', '1.2.3', '.5', '0x10', '-x', '$5']) {
      const r = parseScaled(bad, 3, 'value');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason, bad).toMatch(/^non-numeric value "/);
    }
  });

  it('accepts spreadsheet scientific notation', () => {
    expect(parseScaled('1.9973915E7', 0, 'value')).toEqual({
      ok: true,
      value: 19973915,
      rounded: false,
    });
    expect(parseScaled('1E3', 0, 'value')).toEqual({ ok: true, value: 1000, rounded: false });
    expect(parseScaled('2.5e-3', 3, 'value')).toEqual({ ok: true, value: 3, rounded: true });
    expect(parseScaled('1.5e+2', 1, 'value')).toEqual({ ok: true, value: 1500, rounded: false });
  });

  it('refuses values beyond the safe-integer range instead of losing digits', () => {
    const big = parseScaled('9007199254740993', 0, 'value');
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.reason).toMatch(/too large/);
    expect(parseScaled('9007199254741', 3, 'value').ok).toBe(false);
    expect(parseScaled('1e400', 0, 'value').ok).toBe(false);
  });
});

describe('kgToTonnesText', () => {
  it('writes tonnes with up to three decimals and no float noise', () => {
    expect(kgToTonnesText(0)).toBe('0');
    expect(kgToTonnesText(1)).toBe('0.001');
    expect(kgToTonnesText(10)).toBe('0.01');
    expect(kgToTonnesText(100)).toBe('0.1');
    expect(kgToTonnesText(999)).toBe('0.999');
    expect(kgToTonnesText(1000)).toBe('1');
    expect(kgToTonnesText(1500)).toBe('1.5');
    expect(kgToTonnesText(43538)).toBe('43.538');
    expect(kgToTonnesText(1234567)).toBe('1234.567');
    expect(kgToTonnesText(-1500)).toBe('-1.5');
    expect(kgToTonnesText(-5)).toBe('-0.005');
  });

  it('round-trips with parseScaled(…, 3)', () => {
    for (const t of ['0.178', '0.015', '0.002', '43.538', '7', '120.5', '0.04']) {
      const kg = parseScaled(t, 3, 'quantity');
      expect(kg.ok).toBe(true);
      if (kg.ok) expect(kgToTonnesText(kg.value)).toBe(t);
    }
  });
});

describe('parseHsEdition', () => {
  it('accepts full, short and Comtrade H0..H6 names, any case', () => {
    expect(parseHsEdition('HS2022')).toBe('HS2022');
    expect(parseHsEdition('hs22')).toBe('HS2022');
    expect(parseHsEdition(' hs2017 ')).toBe('HS2017');
    expect(parseHsEdition('HS92')).toBe('HS1992');
    expect(parseHsEdition('HS1996')).toBe('HS1996');
    expect(parseHsEdition('HS07')).toBe('HS2007');
    expect(parseHsEdition('H0')).toBe('HS1992');
    expect(parseHsEdition('H4')).toBe('HS2012');
    expect(parseHsEdition('H5')).toBe('HS2017');
    expect(parseHsEdition('H6')).toBe('HS2022');
  });

  it('rejects editions that do not exist', () => {
    for (const s of ['HS2023', 'HS2019', 'HS1922', 'HS23', 'H7', '2022', 'HS', '', 'HS 2022']) {
      expect(parseHsEdition(s), s).toBeNull();
    }
  });
});

describe('editionFromFileName', () => {
  it('finds HSxx in BACI-style names', () => {
    expect(editionFromFileName('BACI_HS22_Y2023_V202501.csv')).toBe('HS2022');
    expect(editionFromFileName('BACI_HS22_Y2023_V202501_energy_subset.csv')).toBe('HS2022');
    expect(editionFromFileName('BACI_HS92_Y1995_V202501.csv')).toBe('HS1992');
    expect(editionFromFileName('trade-hs17.csv.gz')).toBe('HS2017');
    expect(editionFromFileName('x-HS07-y.csv')).toBe('HS2007');
  });

  it('ignores HS inside words or longer numbers, and unknown editions', () => {
    expect(editionFromFileName('THS22.csv')).toBeNull();
    expect(editionFromFileName('HS223.csv')).toBeNull();
    expect(editionFromFileName('BACI_HS23_Y2023.csv')).toBeNull();
    expect(editionFromFileName('product_codes.csv')).toBeNull();
  });
});

describe('normalizeHs6', () => {
  const known = new Set(['010121', '284440', '850440']);

  it('keeps six-digit codes as strings, checking them against the edition when known', () => {
    expect(normalizeHs6('284440', null)).toEqual({ ok: true, hs6: '284440', repaired: false });
    expect(normalizeHs6(' 850440 ', known)).toEqual({ ok: true, hs6: '850440', repaired: false });
    expect(normalizeHs6('999999', null)).toEqual({ ok: true, hs6: '999999', repaired: false });
    expect(normalizeHs6('999999', known)).toEqual({
      ok: false,
      reason: 'unknown HS code "999999"',
    });
  });

  it('restores a lost leading zero, but only to a real code when the edition is known', () => {
    expect(normalizeHs6('10121', null)).toEqual({ ok: true, hs6: '010121', repaired: true });
    expect(normalizeHs6('10121', known)).toEqual({ ok: true, hs6: '010121', repaired: true });
    // A JRC-style code that lost a trailing zero is not a leading-zero case.
    const r = normalizeHs6('28444', known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/five digits and "028444" is not a known code/);
  });

  it('rejects malformed codes', () => {
    for (const s of ['1234', '2844400', 'ab1234', '', '2844.4', '28 444']) {
      const r = normalizeHs6(s, null);
      expect(r.ok, s).toBe(false);
      if (!r.ok) expect(r.reason, s).toMatch(/^malformed HS code/);
    }
  });
});

describe('numericToIso3', () => {
  it('maps the BACI codes that differ from ISO 3166 numeric', () => {
    expect(numericToIso3('251')).toBe('FRA');
    expect(numericToIso3('579')).toBe('NOR');
    expect(numericToIso3('699')).toBe('IND');
    expect(numericToIso3('757')).toBe('CHE');
    expect(numericToIso3('842')).toBe('USA');
    expect(numericToIso3('490')).toBe('TWN');
    expect(Object.keys(BACI_NUMERIC_EXCEPTIONS).sort()).toEqual([
      '251',
      '490',
      '579',
      '699',
      '757',
      '842',
    ]);
  });

  it('maps ordinary ISO numeric codes, padded or not', () => {
    expect(numericToIso3('250')).toBe('FRA');
    expect(numericToIso3('840')).toBe('USA');
    expect(numericToIso3('4')).toBe('AFG');
    expect(numericToIso3('004')).toBe('AFG');
    expect(numericToIso3('36')).toBe('AUS');
    expect(numericToIso3('156')).toBe('CHN');
  });

  it('returns null for codes that are not countries', () => {
    for (const c of ['999', '0', '1000', 'abc', '', '697', '-4']) {
      expect(numericToIso3(c), c).toBeNull();
    }
  });
});

describe('repairMojibake', () => {
  it("repairs CEPII's double-encoded names", () => {
    expect(repairMojibake("CÃ´te d'Ivoire")).toBe("Côte d'Ivoire");
    expect(repairMojibake('TÃ¼rkiye')).toBe('Türkiye');
    expect(repairMojibake('CuraÃ§ao')).toBe('Curaçao');
  });

  it('leaves correct names, and text that does not re-decode, unchanged', () => {
    expect(repairMojibake('France')).toBe('France');
    expect(repairMojibake("Côte d'Ivoire")).toBe("Côte d'Ivoire");
    expect(repairMojibake('Россия')).toBe('Россия');
    expect(repairMojibake('Ã')).toBe('Ã');
  });
});

describe('isoNames and isIsoAlpha3', () => {
  it('gives FRA in English, French, Spanish and Russian', () => {
    expect(isoNames('FRA')).toEqual({ en: 'France', fr: 'France', es: 'Francia', ru: 'Франция' });
  });

  it('uses the neutral short name for Taiwan', () => {
    expect(isoNames('TWN')).toEqual({ en: 'Taiwan', fr: 'Taïwan', es: 'Taiwán', ru: 'Тайвань' });
  });

  it('has no names for pseudo-codes or lower-case codes', () => {
    expect(isoNames('S19')).toBeNull();
    expect(isoNames('R20')).toBeNull();
    expect(isoNames('fra')).toBeNull();
    expect(isIsoAlpha3('FRA')).toBe(true);
    expect(isIsoAlpha3('FR')).toBe(false);
    expect(isIsoAlpha3('fra')).toBe(false);
    expect(isIsoAlpha3('ZA1')).toBe(false);
  });
});

describe('csvText and csvRow', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvText('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-1')).toBe("'-1");
    expect(csvText('@cmd')).toBe("'@cmd");
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('\rx')).toBe('"\'\rx"');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvText('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('line\nbreak')).toBe('"line\nbreak"');
    expect(csvText('=HYPERLINK("x"),y')).toBe('"\'=HYPERLINK(""x""),y"');
  });

  it('leaves plain text alone', () => {
    expect(csvText('Electrical static converters')).toBe('Electrical static converters');
    expect(csvText('')).toBe('');
    expect(csvText("Côte d'Ivoire")).toBe("Côte d'Ivoire");
    expect(csvText('a=b')).toBe('a=b');
  });

  it('writes numbers bare, null as an empty cell and text escaped', () => {
    expect(csvRow(['a', 1, null, '=1+1', 'x,y', 0, -5, 1.5])).toBe('a,1,,\'=1+1,"x,y",0,-5,1.5');
    expect(csvRow([2023, '2023', 'FRA', 'France', 108940404050])).toBe(
      '2023,2023,FRA,France,108940404050',
    );
  });
});
