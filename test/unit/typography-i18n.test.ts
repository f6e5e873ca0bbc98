import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/format/number.ts';
import { ALL, KEYS, pluralBlocks } from './i18n-catalogues.ts';

/**
 * Issue 14: typography and figures. French puts a no-break space before a colon and inside
 * guillemets and a narrow no-break space before ; ? ! and %, with typographic apostrophes and
 * digits grouped by a narrow no-break space; Russian quotes with «ёлочки» and sets off a clause
 * with an em dash; Spanish opens a question or exclamation with ¿ ¡. One style per language
 * for the same kind of figure.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Text a reader sees: plural blocks flattened to their forms, placeholders left out. */
const texts = (s: string): string[] => {
  const blocks = pluralBlocks(s);
  if (blocks.length === 0) return [s.replace(/\{\w+\}/g, 'X')];
  const forms = blocks.flatMap((b) => [...b.forms.values()]);
  let rest = s;
  for (const b of [...blocks].reverse()) rest = rest.slice(0, b.start) + 'X' + rest.slice(b.end);
  return [rest, ...forms].map((x) => x.replace(/\{\w+\}/g, 'X').replace(/#/g, '2'));
};
const all = (lang: 'fr' | 'es' | 'ru') =>
  KEYS.flatMap((k) => texts(ALL[lang][k] ?? '').map((text) => ({ k, text })));

describe('typography (issue 14)', () => {
  it('French: no-break spaces before : ; ? ! % and inside « », typographic apostrophes', () => {
    const bad: string[] = [];
    for (const { k, text } of all('fr')) {
      if (/ [:;?!»]|\d %/.test(text)) bad.push(`${k}: plain space before punctuation: ${text}`);
      if (/« /.test(text)) bad.push(`${k}: plain space after «: ${text}`);
      // Punctuation glued to a word ("data:build" and addresses are code, not prose).
      if (/[^\s\u00a0\u202f][:;?!](?=\s|$)/.test(text))
        bad.push(`${k}: no space before punctuation: ${text}`);
      if (new RegExp(`${NNBSP}:|${NBSP}[;?!]`).test(text))
        bad.push(`${k}: wrong kind of space: ${text}`);
      if (/\p{L}'\p{L}/u.test(text)) bad.push(`${k}: straight apostrophe: ${text}`);
      if (/\d \d{3}(?!\d)/.test(text)) bad.push(`${k}: digits grouped by a plain space: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('Russian: «ёлочки», no straight or English quotes', () => {
    // rmFmtJson shows a JSON sample, whose quotes are code.
    const bad = all('ru').filter(({ k, text }) => k !== 'rmFmtJson' && /["“”„]/.test(text));
    expect(bad).toEqual([]);
  });

  it('Spanish: a question or exclamation opens with ¿ or ¡', () => {
    const bad: string[] = [];
    for (const { k, text } of all('es'))
      for (const sentence of text.split(/(?<=[.:;])\s+/)) {
        if (sentence.includes('?') && !sentence.includes('¿')) bad.push(`${k}: ${sentence}`);
        if (sentence.includes('!') && !sentence.includes('¡')) bad.push(`${k}: ${sentence}`);
      }
    expect(bad).toEqual([]);
  });

  it('Spanish: thousands of millions in one style ("6 mil M US$", never "5998,4 M")', () => {
    for (const v of [1e9, 5.9984e9, 9.99e9, 3.77e10, 9.9e11]) {
      const s = formatMoney(v, 'USD', 'es');
      expect(s, String(v)).toMatch(/^\d{1,3}(?:,\d)?\smil\sM\sUS\$$/);
    }
    expect(formatMoney(5.5e6, 'EUR', 'es')).toMatch(/^5,5\sM\s€$/);
    // No trailing zero: "1 M", not "1,0 M".
    expect(formatMoney(1e6, 'USD', 'fr')).toMatch(/^1\sM\s\$US$/);
  });
});
