import type { ColumnarShard, Manifest } from '../schema/manifest.ts';
import type { AtlasState } from '../state/url-state.ts';
import type { T } from '../views/types.ts';

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

/** Words for what the map shows, used in its title and tooltip. */
export function selectionLabel(
  manifest: Manifest,
  state: AtlasState,
  info: Map<string, CodeInfo> | null,
  t: T,
): string {
  if (state.codes.length > 0) return t('selectionCodes', { n: String(state.codes.length) });
  if (state.hs) {
    const description = info?.get(state.hs)?.description ?? '';
    if (!description) return t('pgSelHs', { code: state.hs });
    return t('selectionHs', { code: state.hs, description: shorten(description) });
  }
  const list = manifest.lists.find((l) => l.id === state.list);
  const name = list?.name ?? state.list;
  if (state.cat) {
    const label = list?.categories.find((c) => c.id === state.cat)?.label ?? state.cat;
    return t('selectionCategory', { list: name, category: label });
  }
  return name;
}

function shorten(s: string): string {
  return s.length > 70 ? `${s.slice(0, 68)}…` : s;
}
