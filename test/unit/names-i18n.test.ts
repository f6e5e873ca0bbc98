import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../src/i18n/messages.ts';
import type { Lang, Manifest } from '../../src/schema/manifest.ts';
import { ALL, KEYS, LANGS, variables } from './i18n-catalogues.ts';

/**
 * Issue 14: sentences stay grammatical whatever name is inserted. French cannot put a country
 * after « de », « à » or « pour » without choosing de/du/des/d', au/aux/en and an article for
 * each name; Spanish likewise (del Reino Unido, de los Países Bajos); Russian would have to
 * decline the name («из Германии»). So a name is never placed right after a preposition or an
 * article: it follows a colon, a parenthesis or a head noun it stands in apposition to
 * («la liste …», «набор …»), or opens the sentence. Russian sentences with a country as subject
 * use no past tense, whose gender would have to agree with the name.
 *
 * Every message holding a name is then rendered with every country name of the embedded
 * manifest, every list name and the phrases a selection can be, and checked for « de » before a
 * vowel, « de le », « à les » and the like.
 */
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;

/** Variables that hold a place's name, and those that hold a list, selection or dataset name. */
const PLACE = new Set(['country', 'name', 'partner', 'minC', 'maxC']);
const NAMED = new Set(['list', 'selection', 'what', 'dataset']);
/** Messages whose `from` and `to` are places (elsewhere they are HS editions). */
const PLACE_FROM_TO = new Set(['flFlowLabel']);

const nameVars = (key: string): string[] =>
  variables(ALL.en[key] ?? '').filter(
    (v) => PLACE.has(v) || NAMED.has(v) || (PLACE_FROM_TO.has(key) && (v === 'from' || v === 'to')),
  );

/** Words that may not stand right before an inserted name. */
const FORBIDDEN: Record<Lang, RegExp> = {
  en: /(?:^|\s)(of|for|in|to|from|by|under|with|the|than|between)$/i,
  fr: /(?:^|\s)(de|du|des|à|au|aux|en|pour|par|sur|dans|vers|avec|chez|sous|le|la|les|que|entre|contre|selon)$|(?:^|\s)[dlDL]['’]$|qu['’]$/i,
  es: /(?:^|\s)(de|del|a|al|en|para|por|con|desde|hasta|bajo|sobre|entre|el|la|los|las|que|según)$/i,
  ru: /(?:^|\s)(в|во|из|для|от|к|ко|с|со|по|у|о|об|на|между|за|при|до|без|под|над|про|через)$/i,
};
/**
 * Russian: a name is preceded by punctuation or by a head noun it is in apposition to; after
 * any other word it would need a case ending (Экспорт Германии).
 */
const RU_HEADS =
  /(?:^|[(«:;,.—–→·-])$|(?:^|\s)(страна|страны|стране|страну|список|списка|списку|списке|набор|набора|наборе|набору|перечень|перечня)\s?[«]?$/i;

/** A past-tense verb after a name that is the subject (ввозила, экспортировал). */
const pastTense = (clause: string): boolean =>
  (clause.split(/[.;:()]/)[0] ?? '')
    .split(/[\s,]+/)
    .some(
      (w) =>
        !['или', 'ли', 'были', 'было'].includes(w) &&
        /\p{L}(?:ла|ло|ли|ал|ял|ил|ел|ыл|ул)(?:сь)?$/u.test(w),
    );

function before(template: string, v: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`\\{${v}\\}`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(template)))
    out.push(template.slice(0, m.index).replace(/\s+$/, ' ').trimEnd());
  return out;
}

// Word boundaries on letters, not \b, which takes « è » for a boundary (Suède).
const FR_BAD = [
  /(?<!\p{L})[dD]e (?=[AEIOUYÉÈÊÂÎÔÛÏaeiouyéèêâîôûïHh])/u,
  /(?<!\p{L})(?:[dD]e|à|À) (?:le|les|Le|Les)(?!\p{L})/u,
  /(?<!\p{L})(?:[dD]e|à|À|[pP]our) (?:La|L’|L')/u,
];
const ES_BAD = [
  /(?<!\p{L})(?:[dD]e|[aA]) (?:el|El)(?!\p{L})/u,
  /(?<!\p{L})(?:[dD]el|[aA]l) (?:El|Los|Las|La)(?!\p{L})/u,
];

describe('inserted names keep sentences grammatical (issue 14)', () => {
  const keys = KEYS.filter((k) => nameVars(k).length > 0);

  it('finds the messages that hold names', () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  for (const lang of LANGS)
    it(`${lang}: no preposition or article right before a name`, () => {
      const bad: string[] = [];
      for (const key of keys) {
        const t = ALL[lang][key] ?? '';
        for (const v of nameVars(key)) {
          const place = PLACE.has(v) || PLACE_FROM_TO.has(key);
          if (lang === 'en' && !place) continue;
          for (const b of before(t, v)) {
            if (FORBIDDEN[lang].test(b)) bad.push(`${key} {${v}}: …${b.slice(-30)}`);
            else if (lang === 'ru' && !RU_HEADS.test(b))
              bad.push(`${key} {${v}}: …${b.slice(-30)}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });

  it('ru: no past tense after a country that is the subject', () => {
    const bad: string[] = [];
    for (const key of keys)
      for (const v of nameVars(key).filter((x) => PLACE.has(x))) {
        const t = ALL.ru[key] ?? '';
        const at = t.indexOf(`{${v}}`);
        if (at >= 0 && pastTense(t.slice(at + v.length + 2))) bad.push(`${key}: ${t}`);
      }
    expect(bad).toEqual([]);
  });

  for (const lang of LANGS)
    it(`${lang}: every message with every country, list and selection name`, () => {
      const places = manifest.countries.map((c) => c.names[lang]);
      const named = [
        ...manifest.lists.map((l) => l.name),
        ...manifest.datasets.map((d) => d.title),
        translate(lang, 'covOwnList', { n: 3 }),
        translate(lang, 'covOwnList', { n: 1 }),
        translate(lang, 'selectionHs', { code: '840130', description: 'Fuel elements' }),
        translate(lang, 'selectionCategory', { list: 'CHPL', category: 'Tier 1' }),
      ];
      const bad = new Set<string>();
      let checked = 0;
      for (const key of keys) {
        const vars: Record<string, string | number> = {};
        for (const v of variables(ALL.en[key] ?? '')) vars[v] = 2;
        for (const v of nameVars(key)) {
          const values = PLACE.has(v) || PLACE_FROM_TO.has(key) ? places : named;
          for (const value of values) {
            const out = translate(lang, key as MessageKey, { ...vars, [v]: value });
            checked++;
            const rules = lang === 'fr' ? FR_BAD : lang === 'es' ? ES_BAD : [];
            for (const r of rules) if (r.test(out)) bad.add(`${key} {${v}}=${value}: ${out}`);
          }
        }
      }
      expect(checked).toBeGreaterThan(5_000);
      expect([...bad].slice(0, 20)).toEqual([]);
    });
});
