import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL, KEYS } from './i18n-catalogues.ts';

/**
 * Issue 14: one term per concept. data/glossary/<lang>.json gives, for each English term, the
 * rendering the catalogues use and its source (WCO, UN, EU, the atlas's own convention); a
 * catalogue that uses a rejected rendering («plafond» for "upper bound") fails here, and so does
 * a message that speaks of a glossary concept without the chosen term.
 */
interface Entry {
  en: string;
  term: string;
  /** Accepted inflections, checked in every message whose English holds the term. */
  forms?: string[];
  /** Renderings the catalogues must not use. */
  reject?: string[];
  /** Messages where a rejected word is right (a glossary entry naming the English term). */
  allowIn?: string[];
  source: string | null;
  url?: string;
  note?: string;
}
interface Glossary {
  language: 'fr' | 'es' | 'ru';
  about: string;
  terms: Entry[];
}

const LANGS = ['fr', 'es', 'ru'] as const;
const glossaries = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(`data/glossary/${l}.json`, 'utf8')) as Glossary]),
) as Record<(typeof LANGS)[number], Glossary>;

/** A whole-word, case-insensitive match (letters, not \b, so « é » and Cyrillic count). */
const word = (w: string) =>
  new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
/** "upper bound (code)" → "upper bound": the part of the English term a message would hold. */
const englishCore = (en: string) => en.replace(/\s*\(.*?\)\s*/g, ' ').trim();

describe('glossaries (issue 14)', () => {
  for (const lang of LANGS) {
    const g = glossaries[lang];

    it(`${lang}: every entry has a term and says where it comes from`, () => {
      expect(g.language).toBe(lang);
      expect(g.terms.length).toBeGreaterThan(15);
      for (const t of g.terms) {
        expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
        expect(t.term.trim(), t.en).not.toBe('');
        // A source, or null with a note saying why none is cited.
        expect(t.source === null ? t.note : t.source, t.en).toBeTruthy();
      }
      const ens = g.terms.map((t) => t.en);
      expect(new Set(ens).size, 'one entry per English term').toBe(ens.length);
    });

    it(`${lang}: no catalogue uses a rendering the glossary rejects`, () => {
      const bad: string[] = [];
      for (const t of g.terms)
        for (const r of t.reject ?? [])
          for (const key of KEYS) {
            if (t.allowIn?.includes(key)) continue;
            if (word(r).test(ALL[lang][key] ?? '')) bad.push(`${key}: «${r}» (use «${t.term}»)`);
          }
      expect(bad).toEqual([]);
    });

    it(`${lang}: a message about a glossary concept uses the chosen term`, () => {
      const bad: string[] = [];
      for (const t of g.terms) {
        if (!t.forms) continue;
        const en = word(englishCore(t.en));
        for (const key of KEYS) {
          if (!en.test(ALL.en[key] ?? '')) continue;
          const text = ALL[lang][key] ?? '';
          if (!t.forms.some((f) => text.toLowerCase().includes(f.toLowerCase())))
            bad.push(`${key}: "${t.en}" is not «${t.term}»`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
