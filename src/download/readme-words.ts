import { formatInteger, LOCALES } from '../format/number.ts';
import { registerCatalog, translate, type MessageVars } from '../i18n/messages.ts';
import type { Lang } from '../schema/manifest.ts';
import * as readmeCatalogue from '../i18n/catalog/readme.ts';
import type { ReadmeKey } from '../i18n/catalog/readme.ts';

// Registered when the download code loads, not with the app: the first view never needs it.
registerCatalog(readmeCatalogue);

/** The README's wording and number formats in one language. */
export interface Words {
  lang: Lang;
  /** Values are strings: every number is formatted (int) or written as is (years, codes). */
  t: (key: ReadmeKey, vars?: MessageVars) => string;
  /** A whole number in the language's format (1,234 / 1 234 / 1.234 / 1 234). */
  int: (n: number) => string;
  /** "A and B" in the language. */
  and: (items: string[]) => string;
}

const cache = new Map<Lang, Words>();

export function wordsFor(lang: Lang): Words {
  const hit = cache.get(lang);
  if (hit) return hit;
  const list = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
  const w: Words = {
    lang,
    t: (key, vars = {}) => translate(lang, key, vars),
    int: (n) => formatInteger(Math.round(n), lang),
    and: (items) => list.format(items),
  };
  cache.set(lang, w);
  return w;
}
