import type { ColumnarShard, ListColumns, Manifest } from '../../schema/manifest.ts';
import { shardKey } from '../../schema/manifest.ts';
import { parseCodeList } from '../../state/code-lists.ts';

/** Columns of a list shard (`lists/<id>.json`). */
/** One HS6 code offered by the search, merged over every list that names it. */
export interface HsCandidate {
  code: string;
  /** The HS description (the same whichever list names the code). */
  description: string;
  /** What the lists call the item; searched too, since it often holds the familiar word. */
  items: string[];
  /** Ids of the lists naming the code, in the order the lists were given. */
  lists: string[];
  /** False when the dataset has no product shard for the code: it cannot be chosen. */
  carried: boolean;
}

/** The URL keeps at most this many ad-hoc codes (url-state drops the rest on reading). */
export const MAX_AD_HOC_CODES = 200;

/** "840110" → "8401.10", the way HS codes are printed in tariffs and in the lists. */
export function formatHs(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

/**
 * The HS6 codes a dataset carries. A product shard exists for each of them, so the keys of
 * shards.product are the one place that knows, without loading any flow data.
 */
export function carriedCodes(manifest: Manifest, dataset: string): Set<string> {
  const prefix = shardKey.product(dataset, '');
  const out = new Set<string>();
  for (const key of Object.keys(manifest.shards.product))
    if (key.startsWith(prefix)) out.add(key.slice(prefix.length));
  return out;
}

function text(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Merges the codes of several list shards into one candidate per code. A code can appear
 * twice in one list (under two categories) and in several lists; it must be offered once.
 */
export function buildCandidates(
  shards: { list: string; shard: ColumnarShard<ListColumns> }[],
  carried: ReadonlySet<string>,
): HsCandidate[] {
  const byCode = new Map<string, HsCandidate>();
  for (const { list, shard } of shards) {
    const codes = shard.data.hs6 ?? [];
    for (let i = 0; i < codes.length; i++) {
      const code = text(codes[i]);
      if (!/^\d{6}$/.test(code)) continue;
      const description = text(shard.data.description?.[i]);
      const item = text(shard.data.item?.[i]);
      let c = byCode.get(code);
      if (!c) {
        c = { code, description, items: [], lists: [], carried: carried.has(code) };
        byCode.set(code, c);
      }
      if (!c.description && description) c.description = description;
      if (item && item !== c.description && !c.items.includes(item)) c.items.push(item);
      if (!c.lists.includes(list)) c.lists.push(list);
    }
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** What the ad-hoc textarea holds, sorted into what Apply will keep and what it will not. */
export interface AdHocCheck {
  /** Codes the dataset carries, in the order typed, at most MAX_AD_HOC_CODES. */
  apply: string[];
  /** Tokens that are not HS6 codes. */
  rejected: string[];
  /** Well-formed codes the dataset does not carry; left out, since nothing can be shown. */
  notCarried: string[];
  /** Carried codes beyond the limit, dropped. */
  overLimit: number;
}

export function checkAdHoc(input: string, carried: ReadonlySet<string>): AdHocCheck {
  const { codes, rejected } = parseCodeList(input);
  const kept = codes.filter((c) => carried.has(c));
  return {
    apply: kept.slice(0, MAX_AD_HOC_CODES),
    rejected,
    notCarried: codes.filter((c) => !carried.has(c)),
    overLimit: Math.max(0, kept.length - MAX_AD_HOC_CODES),
  };
}

/** The textarea text for codes already in the URL, so the user edits what is applied. */
export function codesToText(codes: readonly string[]): string {
  return codes.map(formatHs).join(', ');
}

export function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
