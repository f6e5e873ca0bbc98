import type { Lang } from '../schema/manifest.ts';
import { LANGS } from '../schema/manifest.ts';

/** Reads `lang` from a query string; anything else falls back to English. */
export function parseLang(search: string): Lang {
  const v = new URLSearchParams(search).get('lang');
  return LANGS.includes(v as Lang) ? (v as Lang) : 'en';
}
