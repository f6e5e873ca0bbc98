import type { ColumnarShard, Lang } from '../schema/manifest.ts';
import { formatInteger } from '../format/number.ts';
import type { T } from '../i18n/types.ts';
import type { Resolved } from './resolve.ts';

export interface CodeInfo {
  hs6: string;
  description: string;
  /** True when any list marks the code broad: its value is an upper bound. */
  broad: boolean;
}

/** Facts about codes from the list shards of a dataset (descriptions, specificity). */
export function listInfo(shards: ColumnarShard<string>[]): Map<string, CodeInfo> {
  const out = new Map<string, CodeInfo>();
  for (const s of shards) {
    const d = s.data;
    const hs = d.hs6 ?? [];
    for (let i = 0; i < hs.length; i++) {
      const code = String(hs[i]);
      const prev = out.get(code);
      const broad = d.specificity?.[i] === 'broad';
      out.set(code, {
        hs6: code,
        description: prev?.description || String(d.description?.[i] ?? ''),
        broad: (prev?.broad ?? false) || broad,
      });
    }
  }
  return out;
}

export function broadCodesOf(info: Map<string, CodeInfo>): Set<string> {
  return new Set([...info.values()].filter((c) => c.broad).map((c) => c.hs6));
}

/** Words for what a view shows, used in titles, captions, exports and tooltips. */
export function selectionLabel(
  res: Resolved | null,
  info: Map<string, CodeInfo> | null,
  t: T,
  lang: Lang,
): string {
  if (!res) return '';
  if (res.kind === 'codes') return t('covOwnList', { n: formatInteger(res.codes.length, lang) });
  if (res.kind === 'hs') {
    const code = res.codes[0] ?? '';
    const description = info?.get(code)?.description ?? '';
    if (!description) return t('pgSelHs', { code });
    return t('selectionHs', { code, description: shorten(description) });
  }
  const list = res.list;
  const name = definite(list?.name ?? '', lang);
  if (res.kind === 'category') {
    const label = list?.categories.find((c) => c.id === res.category)?.label ?? res.category;
    return t('selectionCategory', { list: name, category: label });
  }
  return name;
}

/**
 * A list's name as English inserts it after "of", "in" or "under" ("Exports of the Common High
 * Priority List"); names that already begin with an article, and other languages (whose
 * messages put the name after a colon or a head noun), unchanged.
 */
export function definite(name: string, lang: Lang): string {
  return lang === 'en' && name && !/^(?:the|an?)\s/i.test(name) ? `the ${name}` : name;
}

function shorten(s: string): string {
  return s.length > 70 ? `${s.slice(0, 68)}…` : s;
}
