import i18next from 'i18next';
import { LANGS, type Lang } from '../schema/manifest.ts';
import { formatInteger, LOCALES } from '../format/number.ts';
import { localValue } from './names.ts';

export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
};

import * as core from './catalog/core.ts';
import * as map from './catalog/map.ts';
import * as controls from './catalog/controls.ts';
import * as months from './catalog/months.ts';
import * as pagesShared from './catalog/pages-shared.ts';
import * as downloads from './catalog/downloads.ts';
import * as share from './catalog/share.ts';
import * as workshop from './catalog/workshop.ts';
import * as coverage from './catalog/coverage.ts';
import type * as pages from './catalog/pages.ts';
import type * as flows from './catalog/flows.ts';
import type * as profiles from './catalog/profiles.ts';
import type * as groups from './catalog/groups.ts';
import type * as readme from './catalog/readme.ts';

/**
 * One catalogue per area of the interface, so each can grow on its own; every language must
 * define every key of the English one (the type checker fails on a missing key). The map's
 * catalogues load with the app; those of the other views (pages, flows, profiles) load with
 * those views, which register them (registerCatalog) before they render; the download README's
 * catalogue loads with the download code (src/download/readme-words.ts).
 */
const eager = {
  en: {
    ...core.en,
    ...map.en,
    ...controls.en,
    ...months.en,
    ...pagesShared.en,
    ...downloads.en,
    ...share.en,
    ...workshop.en,
    ...coverage.en,
  },
  fr: {
    ...core.fr,
    ...map.fr,
    ...controls.fr,
    ...months.fr,
    ...pagesShared.fr,
    ...downloads.fr,
    ...share.fr,
    ...workshop.fr,
    ...coverage.fr,
  },
  es: {
    ...core.es,
    ...map.es,
    ...controls.es,
    ...months.es,
    ...pagesShared.es,
    ...downloads.es,
    ...share.es,
    ...workshop.es,
    ...coverage.es,
  },
  ru: {
    ...core.ru,
    ...map.ru,
    ...controls.ru,
    ...months.ru,
    ...pagesShared.ru,
    ...downloads.ru,
    ...share.ru,
    ...workshop.ru,
    ...coverage.ru,
  },
};
type All = typeof eager.en &
  typeof pages.en &
  typeof flows.en &
  typeof profiles.en &
  typeof groups.en &
  typeof readme.en;
export type MessageKey = keyof All;
type Catalogue = Partial<Record<MessageKey, string>>;

/** What a view's catalogue module exports: the same keys in the four languages. */
export interface CatalogueModule {
  en: Record<string, string>;
  fr: Record<string, string>;
  es: Record<string, string>;
  ru: Record<string, string>;
}

export const MESSAGES: Record<Lang, Catalogue> = {
  en: { ...eager.en },
  fr: { ...eager.fr },
  es: { ...eager.es },
  ru: { ...eager.ru },
};

/**
 * i18next does the lookups: one instance, the catalogues above as its resources, our
 * `{name}` placeholders as its interpolation syntax. Values are passed as `replace`, so a
 * placeholder called `count` is plain text, not i18next's plural switch; a placeholder without
 * a value stays visible rather than vanishing.
 */
const engine = i18next.createInstance();
void engine.init({
  resources: Object.fromEntries(LANGS.map((l) => [l, { translation: MESSAGES[l] }])),
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: {
    prefix: '{',
    suffix: '}',
    escapeValue: false,
    skipOnVariables: true,
  },
  missingInterpolationHandler: (text: string, value: RegExpExecArray) => value[0],
});

/** Adds a lazily loaded catalogue; called at the top of the view modules that use it. */
export function registerCatalog(c: CatalogueModule): void {
  for (const lang of LANGS) {
    Object.assign(MESSAGES[lang], c[lang]);
    engine.addResourceBundle(lang, 'translation', c[lang], true, true);
  }
}

/**
 * Values of a message's placeholders. A number is a count or an amount: it is formatted for
 * the language (grouped digits: 10,883 / 10 883 / 10.883 / 10 883) and chooses the plural form
 * of a `{n, plural, ...}` block; years, codes and other identifiers are passed as strings. A
 * string that is an HS edition ("HS2017", or "HS2017, HS2022") is written in the language
 * (SH2017, SA2017, ГС2017; src/i18n/names.ts); other strings are inserted as they are.
 */
export type MessageVars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  const strings = formatVars(vars, lang);
  const template = MESSAGES[lang][key];
  if (template !== undefined && template.includes(', plural,'))
    return interpolate(expandPlurals(template, strings, lang), strings);
  // A key of a catalogue not registered yet is a programming error: i18next shows the key.
  return engine.t(key, { lng: lang, replace: strings });
}

function formatVars(vars: MessageVars, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars))
    out[k] =
      typeof v !== 'number'
        ? localValue(v, lang)
        : Number.isInteger(v)
          ? formatInteger(v, lang)
          : v.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 });
  return out;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * Plural forms in the ICU style, `{n, plural, one {# code} other {# codes}}`: each language
 * picks the number its grammar agrees with (Russian «из 21 кода» agrees with the total,
 * French « 2 codes sur 50 » with the part) and the forms it needs (one, few, many, other).
 * `#` is the number as passed (already formatted); the form is chosen on its digits.
 */
export function expandPlurals(template: string, vars: Record<string, string>, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const select = rules;
  let out = '';
  let i = 0;
  for (;;) {
    const start = template.indexOf('{', i);
    const m = start < 0 ? null : /^\{(\w+), plural,/.exec(template.slice(start));
    if (start < 0) return out + template.slice(i);
    if (!m) {
      out += template.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    // Read `form {text}` pairs up to the block's closing brace.
    const raw = vars[m[1] as string] ?? '';
    const n = parseFormatted(raw, lang);
    const forms = new Map<string, string>();
    let j = start + m[0].length;
    for (;;) {
      while (template[j] === ' ') j++;
      if (template[j] === '}') break;
      const name = /^[=\w]+/.exec(template.slice(j));
      const open = name ? template.indexOf('{', j) : -1;
      if (!name || open < 0) throw new Error(`bad plural block in: ${template}`);
      let depth = 1;
      let k = open + 1;
      for (; k < template.length && depth > 0; k++) {
        if (template[k] === '{') depth++;
        else if (template[k] === '}') depth--;
      }
      forms.set(name[0], template.slice(open + 1, k - 1));
      j = k;
    }
    const exact = forms.get(`=${n}`);
    const form =
      exact ??
      forms.get(Number.isFinite(n) ? select.select(n) : 'other') ??
      forms.get('other') ??
      '';
    out += template.slice(i, start) + form.split('#').join(raw);
    i = j + 1;
  }
}

const decimals = new Map<Lang, string>();

/**
 * The number a formatted count stands for, in the language's own format: grouping separators
 * (comma, space, narrow space, full stop in Spanish) are dropped and the decimal separator
 * read as such, so "10.883" is ten thousand in Spanish and "1,5" one and a half in French.
 */
export function parseFormatted(raw: string, lang: Lang): number {
  let dec = decimals.get(lang);
  if (dec === undefined) {
    dec =
      new Intl.NumberFormat(LOCALES[lang]).formatToParts(1.5).find((p) => p.type === 'decimal')
        ?.value ?? '.';
    decimals.set(lang, dec);
  }
  const kept = [...raw.replace(/\u2212/g, '-')]
    .filter((c) => /[\d-]/.test(c) || c === dec)
    .join('')
    .replace(dec, '.');
  return kept === '' ? NaN : Number(kept);
}

/** `{name}` placeholders in one pass, as i18next does here: inserted text is never re-read. */
function interpolate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
