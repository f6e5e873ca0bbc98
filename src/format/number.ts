import type { Lang } from '../schema/manifest.ts';

export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ru: 'ru-RU' };

// Building an Intl.NumberFormat costs far more than using one; the map formats hundreds
// of numbers per repaint, so formatters are made once per language and style.
const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(k, f);
  }
  return f;
}

/**
 * Compact money for headlines and legends ("US$109bn", "€2.4m"), always in the currency of
 * the dataset the value comes from; exact figures stay in tables and downloads. A code that
 * is not ISO 4217 (missing in an old manifest) is written beside a plain compact number
 * instead of throwing.
 */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  if (!/^[A-Z]{3}$/.test(currency)) {
    const n = formatter(lang, 'compact', {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    return currency ? `${n.format(value)} ${currency}` : n.format(value);
  }
  // Spanish compact notation writes 1,000 to 9,999 million as "5998,4 M" but 10,000 million as
  // "37,7 mil M": one style for the same kind of figure, "6 mil M US$" throughout.
  if (lang === 'es' && Math.abs(value) >= 1e9 && Math.abs(value) < 1e12) {
    const parts = formatter(lang, `money-${currency}-plain`, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).formatToParts(value / 1e9);
    const numeric = ['integer', 'group', 'decimal', 'fraction'];
    const last = parts.map((p) => numeric.includes(p.type)).lastIndexOf(true);
    return parts.map((p, k) => (k === last ? `${p.value} mil M` : p.value)).join('');
  }
  return formatter(lang, `money-${currency}`, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatInteger(value: number, lang: Lang): string {
  return formatter(lang, 'int', { maximumFractionDigits: 0 }).format(value);
}

export function formatShare(share: number, lang: Lang): string {
  const f = formatter(lang, 'pct', { style: 'percent', maximumFractionDigits: 1 });
  // A tiny but real share must not read as "0%", which means no trade at all.
  if (share > 0 && share < 0.0005) return `< ${f.format(0.001)}`;
  return f.format(share);
}

/** Relative change with its sign ("+12.5%", "−3%"). */
export function formatChange(change: number, lang: Lang): string {
  return formatter(lang, 'chg', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** An exact amount with its currency code ("1,234,567 EUR"), as tables show it. */
export function formatAmount(value: number, currency: string, lang: Lang): string {
  const n = formatInteger(value, lang);
  return currency ? `${n} ${currency}` : n;
}
