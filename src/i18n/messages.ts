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
import * as pages from './catalog/pages.ts';
import * as months from './catalog/months.ts';

/**
 * One catalogue per area of the interface, so each can grow on its own; every language must
 * define every key of the English one (the type checker fails on a missing key).
 */
const en = { ...core.en, ...map.en, ...controls.en, ...pages.en, ...months.en };
export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;
const fr: Catalogue = { ...core.fr, ...map.fr, ...controls.fr, ...pages.fr, ...months.fr };
const es: Catalogue = { ...core.es, ...map.es, ...controls.es, ...pages.es, ...months.es };
const ru: Catalogue = { ...core.ru, ...map.ru, ...controls.ru, ...pages.ru, ...months.ru };

export const MESSAGES: Record<Lang, Catalogue> = { en, fr, es, ru };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string> = {}): string {
  const text = MESSAGES[lang][key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}
