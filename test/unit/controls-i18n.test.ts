import { describe, expect, it } from 'vitest';
import * as controls from '../../src/i18n/catalog/controls.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';

type Key = keyof typeof controls.en;
const keys = Object.keys(controls.en) as Key[];
const others = { fr: controls.fr, es: controls.es, ru: controls.ru };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('controls catalogue', () => {
  it('has keys that other catalogues do not override', () => {
    for (const k of keys) expect(MESSAGES.en[k]).toBe(controls.en[k]);
    for (const [lang, cat] of Object.entries(others))
      for (const k of keys) expect(MESSAGES[lang as 'fr'][k], `${lang}.${k}`).toBe(cat[k]);
  });

  it('translates every key into each language, with the same placeholders', () => {
    for (const [lang, cat] of Object.entries(others)) {
      expect(Object.keys(cat).sort(), lang).toEqual([...keys].sort());
      for (const k of keys) {
        expect(cat[k].trim(), `${lang}.${k}`).not.toBe('');
        expect(placeholders(cat[k]), `${lang}.${k}`).toEqual(placeholders(controls.en[k]));
      }
    }
  });

  it('is not an English copy', () => {
    for (const [lang, cat] of Object.entries(others))
      for (const k of keys) expect(cat[k], `${lang}.${k}`).not.toBe(controls.en[k]);
  });

  it('writes Russian in Cyrillic', () => {
    for (const k of keys) expect(controls.ru[k], k).toMatch(/[\u0400-\u04FF]/);
  });
});
