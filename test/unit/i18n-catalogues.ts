import * as core from '../../src/i18n/catalog/core.ts';
import * as map from '../../src/i18n/catalog/map.ts';
import * as controls from '../../src/i18n/catalog/controls.ts';
import * as months from '../../src/i18n/catalog/months.ts';
import * as pagesShared from '../../src/i18n/catalog/pages-shared.ts';
import * as downloads from '../../src/i18n/catalog/downloads.ts';
import * as share from '../../src/i18n/catalog/share.ts';
import * as workshop from '../../src/i18n/catalog/workshop.ts';
import * as coverage from '../../src/i18n/catalog/coverage.ts';
import * as pages from '../../src/i18n/catalog/pages.ts';
import * as flows from '../../src/i18n/catalog/flows.ts';
import * as profiles from '../../src/i18n/catalog/profiles.ts';
import * as groups from '../../src/i18n/catalog/groups.ts';
import * as workshopLazy from '../../src/i18n/catalog/workshop-tour.ts';
import * as readme from '../../src/i18n/catalog/readme.ts';
import { registerCatalog } from '../../src/i18n/messages.ts';
import type { Lang } from '../../src/schema/manifest.ts';

/**
 * Every catalogue of the atlas (interface, workshop texts, download README), merged per
 * language, and the lazily loaded ones registered so that translate() knows them all.
 */
type Cat = Record<string, string>;
export const SOURCES: { name: string; cat: Record<Lang, Cat> }[] = [
  { name: 'core', cat: core },
  { name: 'map', cat: map },
  { name: 'controls', cat: controls },
  { name: 'months', cat: months },
  { name: 'pages-shared', cat: pagesShared },
  { name: 'downloads', cat: downloads },
  { name: 'share', cat: share },
  { name: 'workshop', cat: workshop },
  { name: 'coverage', cat: coverage },
  { name: 'pages', cat: pages },
  { name: 'flows', cat: flows },
  { name: 'profiles', cat: profiles },
  { name: 'groups', cat: groups },
  { name: 'workshop (lazy)', cat: workshopLazy },
  { name: 'download README', cat: readme },
];
for (const { cat } of SOURCES.slice(9)) registerCatalog(cat);

export const LANGS: Lang[] = ['en', 'fr', 'es', 'ru'];
export const ALL: Record<Lang, Cat> = { en: {}, fr: {}, es: {}, ru: {} };
for (const { cat } of SOURCES) for (const l of LANGS) Object.assign(ALL[l], cat[l]);
export const KEYS = Object.keys(ALL.en);

/** A plural block: its variable, its forms and where it sits in the message. */
export interface PluralBlock {
  name: string;
  forms: Map<string, string>;
  start: number;
  end: number;
}

/** The `{v, plural, form {text} ...}` blocks of a message, in order. */
export function pluralBlocks(s: string): PluralBlock[] {
  const out: PluralBlock[] = [];
  const re = /\{(\w+), plural,/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const forms = new Map<string, string>();
    let j = m.index + m[0].length;
    for (;;) {
      while (s[j] === ' ') j++;
      if (s[j] === '}') break;
      const name = /^[=\w]+/.exec(s.slice(j));
      const open = s.indexOf('{', j);
      if (!name || open < 0) throw new Error(`bad plural block in: ${s}`);
      let depth = 1;
      let k = open + 1;
      for (; k < s.length && depth > 0; k++) {
        if (s[k] === '{') depth++;
        else if (s[k] === '}') depth--;
      }
      forms.set(name[0], s.slice(open + 1, k - 1));
      j = k;
    }
    out.push({ name: m[1] as string, forms, start: m.index, end: j + 1 });
    re.lastIndex = j + 1;
  }
  return out;
}

/** A message with its plural blocks replaced by `{name}` and the text of their forms. */
export function flatten(s: string): string {
  let out = '';
  let at = 0;
  for (const b of pluralBlocks(s)) {
    out += `${s.slice(at, b.start)}{${b.name}} ${[...b.forms.values()].map(flatten).join(' ')}`;
    at = b.end;
  }
  return out + s.slice(at);
}

/** Variable names of a message, plain or plural. */
export function variables(s: string): string[] {
  return [...new Set([...flatten(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))];
}
