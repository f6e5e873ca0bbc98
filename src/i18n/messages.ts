import i18next from 'i18next';
import type { Lang } from '../schema/manifest.ts';

export const LANGS: Lang[] = ['en', 'fr', 'es', 'ru'];
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
import type * as pages from './catalog/pages.ts';
import type * as flows from './catalog/flows.ts';
import type * as profiles from './catalog/profiles.ts';
import type * as readme from '../download/readme-catalog.ts';

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
  },
};
type All = typeof eager.en &
  typeof pages.en &
  typeof flows.en &
  typeof profiles.en &
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

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string> = {}): string {
  // A key of a catalogue not registered yet is a programming error: i18next shows the key.
  return engine.t(key, { lng: lang, replace: vars });
}
