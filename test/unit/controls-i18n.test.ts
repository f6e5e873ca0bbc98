import { describe, expect, it } from 'vitest';
import * as controls from '../../src/i18n/catalog/controls.ts';
import * as readme from '../../src/i18n/catalog/readme.ts';
import * as coverage from '../../src/i18n/catalog/coverage.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';
// The download code registers the README catalogue when it loads (lazily, in the app).
import '../../src/download/readme-words.ts';

type Cat = Record<string, string>;
/**
 * Variables a message uses, plainly (`{n}`) or as the number of a plural block
 * (`{n, plural, one {# code} other {# codes}}`, whose forms may hold variables too).
 */
const placeholders = (s: string) => {
  const flat = s.replace(
    /\{(\w+), plural,((?:\s*[=\w]+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g,
    (_, name: string, forms: string) =>
      `{${name}} ${[...forms.matchAll(/[=\w]+\s*\{((?:[^{}]|\{\w+\})*)\}/g)].map((m) => m[1]).join(' ')}`,
  );
  return [...new Set([...flat.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
};
/** Letters outside placeholders: patterns of placeholders and punctuation may be the same. */
const words = (s: string) => s.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');

/**
 * Catalogues checked key by key. `same` lists the keys a language writes like English on
 * purpose (French "sources" is the same word).
 */
const CATALOGUES: {
  name: string;
  cat: { en: Cat; fr: Cat; es: Cat; ru: Cat };
  same?: Partial<Record<'fr' | 'es' | 'ru', string[]>>;
}[] = [
  { name: 'controls', cat: controls },
  { name: 'download README', cat: readme, same: { fr: ['rmViewSources'] } },
  { name: 'coverage', cat: coverage },
];

for (const { name, cat, same = {} } of CATALOGUES) {
  const keys = Object.keys(cat.en);
  const others = { fr: cat.fr, es: cat.es, ru: cat.ru };

  describe(`${name} catalogue`, () => {
    it('has keys that other catalogues do not override', () => {
      for (const [lang, c] of Object.entries(cat)) {
        const merged: Cat = MESSAGES[lang as 'en'];
        for (const k of keys) expect(merged[k], `${lang}.${k}`).toBe(c[k]);
      }
    });

    it('translates every key into each language, with the same placeholders', () => {
      for (const [lang, c] of Object.entries(others)) {
        expect(Object.keys(c).sort(), lang).toEqual([...keys].sort());
        for (const k of keys) {
          expect(c[k]?.trim(), `${lang}.${k}`).not.toBe('');
          expect(placeholders(c[k] ?? ''), `${lang}.${k}`).toEqual(placeholders(cat.en[k] ?? ''));
        }
      }
    });

    it('is not an English copy', () => {
      for (const [lang, c] of Object.entries(others))
        for (const k of keys) {
          if (!words(cat.en[k] ?? '') || same[lang as 'fr']?.includes(k)) continue;
          expect(c[k], `${lang}.${k}`).not.toBe(cat.en[k]);
        }
    });

    it('writes Russian in Cyrillic', () => {
      for (const k of keys)
        if (words(cat.en[k] ?? '')) expect(cat.ru[k], k).toMatch(/[\u0400-\u04FF]/);
    });
  });
}
