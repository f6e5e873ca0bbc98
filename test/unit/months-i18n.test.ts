import { describe, expect, it } from 'vitest';
import * as months from '../../src/i18n/catalog/months.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';

type Key = keyof typeof months.en;
const keys = Object.keys(months.en) as Key[];
const others = { fr: months.fr, es: months.es, ru: months.ru };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const words = (s: string) => s.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');

describe('months catalogue', () => {
  it('is merged without being overridden', () => {
    for (const k of keys) expect(MESSAGES.en[k]).toBe(months.en[k]);
    for (const [lang, cat] of Object.entries(others))
      for (const k of keys) expect(MESSAGES[lang as 'fr'][k], `${lang}.${k}`).toBe(cat[k]);
  });

  it('translates every key, with the same placeholders, and not as an English copy', () => {
    for (const [lang, cat] of Object.entries(others)) {
      expect(Object.keys(cat).sort(), lang).toEqual([...keys].sort());
      for (const k of keys) {
        expect(cat[k].trim(), `${lang}.${k}`).not.toBe('');
        expect(placeholders(cat[k]), `${lang}.${k}`).toEqual(placeholders(months.en[k]));
        // Patterns made only of placeholders and punctuation may be the same everywhere.
        if (words(months.en[k])) expect(cat[k], `${lang}.${k}`).not.toBe(months.en[k]);
      }
    }
  });

  it('writes Russian in Cyrillic and names no month itself (Intl does)', () => {
    for (const k of keys)
      if (words(months.en[k])) expect(months.ru[k], k).toMatch(/[\u0400-\u04FF]/);
    const names = /\b(January|February|April|June|July|August|September|October|December)\b/;
    for (const k of keys)
      if (k !== 'moMethods1' && k !== 'moMethods3') expect(months.en[k], k).not.toMatch(names);
  });
});
