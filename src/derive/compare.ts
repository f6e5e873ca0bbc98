import type {
  ColumnarShard,
  ListColumns,
  ListMeta,
  Manifest,
  ShardRef,
} from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';

/** One code of a list, with every category it sits in (a code can sit in several). */
export interface ListCode {
  code: string;
  categories: string[];
  /** 'broad' wins over 'core' when a code is both, as in the pipeline's upper-bound flag. */
  specificity: 'core' | 'broad' | null;
  description: string;
  item: string;
  /** False when all its categories are outside the list's total (JRC "ignore"). */
  inTotal: boolean;
}

/** Reads a list shard into one entry per code, the way the map shard's list total counts it. */
export function listCodes(
  shard: ColumnarShard<ListColumns>,
  meta: ListMeta,
): Map<string, ListCode> {
  const counted = new Set(meta.categories.filter((c) => c.inTotal).map((c) => c.id));
  const d = shard.data;
  const out = new Map<string, ListCode>();
  for (let i = 0; i < d.hs6.length; i++) {
    const code = String(d.hs6[i]);
    const category = String(d.category[i] ?? '');
    const spec = d.specificity[i];
    const entry = out.get(code) ?? {
      code,
      categories: [],
      specificity: null,
      description: String(d.description[i] ?? ''),
      item: String(d.item[i] ?? ''),
      inTotal: false,
    };
    if (!entry.categories.includes(category)) entry.categories.push(category);
    if (spec === 'broad' || (spec === 'core' && entry.specificity === null)) {
      entry.specificity = spec;
    }
    entry.inTotal ||= counted.has(category);
    out.set(code, entry);
  }
  return out;
}

export interface CodeComparison {
  onlyA: ListCode[];
  onlyB: ListCode[];
  /** Codes on both lists, described as list A describes them. */
  both: ListCode[];
  /** Codes on a list but outside its total (never compared, so sums match the map). */
  excludedA: number;
  excludedB: number;
}

/**
 * Which codes list B adds or drops relative to list A. Only codes each list counts in its
 * total take part, so the value of A-only plus both equals the world total of list A.
 */
export function compareCodes(a: Map<string, ListCode>, b: Map<string, ListCode>): CodeComparison {
  const inA = [...a.values()].filter((c) => c.inTotal);
  const inB = [...b.values()].filter((c) => c.inTotal);
  const setA = new Set(inA.map((c) => c.code));
  const setB = new Set(inB.map((c) => c.code));
  const byCode = (x: ListCode, y: ListCode) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  return {
    onlyA: inA.filter((c) => !setB.has(c.code)).sort(byCode),
    onlyB: inB.filter((c) => !setA.has(c.code)).sort(byCode),
    both: inA.filter((c) => setB.has(c.code)).sort(byCode),
    excludedA: a.size - inA.length,
    excludedB: b.size - inB.length,
  };
}

/**
 * Product shards exist only for codes with trade in the dataset: a code without one has no
 * recorded trade (a true zero), not missing data. Returns the refs to load and those codes.
 */
export function productRefs(
  manifest: Manifest,
  dataset: string,
  codes: Iterable<string>,
): { refs: { code: string; ref: ShardRef }[]; noTrade: string[] } {
  const refs: { code: string; ref: ShardRef }[] = [];
  const noTrade: string[] = [];
  for (const code of new Set(codes)) {
    const ref = manifest.shards.product[shardKey.product(dataset, code)];
    if (ref) refs.push({ code, ref });
    else noTrade.push(code);
  }
  return { refs, noTrade };
}

/** Codes by world value, largest first, then by code: the codes that matter come first. */
export function byValue(
  codes: readonly ListCode[],
  values: ReadonlyMap<string, number>,
): ListCode[] {
  return [...codes].sort(
    (a, b) =>
      (values.get(b.code) ?? 0) - (values.get(a.code) ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
