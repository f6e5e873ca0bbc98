/**
 * A strategic list re-expressed in another HS edition: its codes converted with
 * convert.ts, each converted code keeping the categories and specificity of the list codes
 * that lead to it. README.md, "HS editions", explains the statuses.
 */
import type {
  ConversionColumns,
  ConversionStatus,
  DatasetNote,
  HsEdition,
  ListConversionMeta,
  NotAppliedReason,
} from '../../src/schema/manifest.ts';
import { shardKey } from '../../src/schema/manifest.ts';
import type { Specificity, StrategicList } from '../lists/load-lists.ts';
import {
  convertCodes,
  countStatuses,
  onlyConversionTable,
  type Conversion,
  type ConvertOptions,
  type CorrelationTable,
} from './convert.ts';

export interface ConvertedCode {
  hs6: string;
  category: string;
  specificity: Specificity | null;
}

export interface ListConversion {
  list: string;
  conversion: Conversion;
  counts: Record<ConversionStatus, number>;
  /** The list in the target edition: one row per code and category. */
  codes: ConvertedCode[];
  /** Codes of the target edition carrying the list, and those reached by non-exact codes. */
  targets: string[];
  upperBound: string[];
  /** List codes with catch-all links left out. */
  setAside: number;
}

export type ListConversionResult =
  { ok: true; value: ListConversion } | { ok: false; reason: NotAppliedReason };

const RANK: Record<string, number> = { broad: 2, core: 1 };

export function convertList(
  list: StrategicList,
  to: HsEdition,
  tables: readonly CorrelationTable[],
  opts: ConvertOptions = {},
): ListConversionResult {
  const from = list.hsEdition;
  const conversion = convertCodes(
    list.codes.map((c) => c.hs6),
    from,
    to,
    tables,
    opts,
  );
  if (!conversion) {
    const kind = onlyConversionTable(from, to, tables) ? 'conversionTableOnly' : 'noTable';
    return { ok: false, reason: { kind, from, to } };
  }
  const byCode = new Map(conversion.codes.map((c) => [c.code, c]));
  // A converted code reached from several list codes of one category is one row; it is broad
  // if any of them is broad (it holds that code's uncontrolled trade too).
  const rows = new Map<string, ConvertedCode>();
  for (const lc of list.codes) {
    for (const t of byCode.get(lc.hs6)?.targets ?? []) {
      const key = `${t.hs6}|${lc.category}`;
      const prev = rows.get(key);
      const spec =
        prev && (RANK[prev.specificity ?? ''] ?? 0) > (RANK[lc.specificity ?? ''] ?? 0)
          ? prev.specificity
          : lc.specificity;
      rows.set(key, { hs6: t.hs6, category: lc.category, specificity: spec });
    }
  }
  const codes = [...rows.values()].sort((a, b) =>
    a.hs6 === b.hs6 ? (a.category < b.category ? -1 : 1) : a.hs6 < b.hs6 ? -1 : 1,
  );
  const targets = new Set<string>();
  const upperBound = new Set<string>();
  for (const c of conversion.codes) {
    for (const t of c.targets) {
      targets.add(t.hs6);
      if (c.status !== 'exact') upperBound.add(t.hs6);
    }
  }
  return {
    ok: true,
    value: {
      list: list.id,
      conversion,
      counts: countStatuses(conversion.codes),
      codes,
      targets: [...targets].sort(),
      upperBound: [...upperBound].sort(),
      setAside: conversion.codes.filter((c) => c.setAside > 0).length,
    },
  };
}

/** Converts each list to each edition once, on demand. */
export class ListConversions {
  private readonly memo = new Map<string, ListConversionResult>();

  constructor(
    private readonly tables: () => readonly CorrelationTable[],
    private readonly opts: ConvertOptions = {},
  ) {}

  get(list: StrategicList, to: HsEdition): ListConversionResult {
    const key = shardKey.conversion(list.id, to);
    let r = this.memo.get(key);
    if (!r) {
      r = convertList(list, to, this.tables(), this.opts);
      this.memo.set(key, r);
    }
    return r;
  }
}

export function conversionMeta(lc: ListConversion): ListConversionMeta {
  const c = lc.conversion;
  return {
    list: lc.list,
    from: c.from,
    to: c.to,
    via: c.via,
    tables: c.tables,
    shard: shardKey.conversion(lc.list, c.to),
    codes: c.codes.length,
    counts: lc.counts,
    targets: lc.targets.length,
    upperBound: lc.upperBound.length,
    setAside: lc.setAside,
  };
}

/** Rows of the conversion shard (`lists/<list>@<edition>.json`). */
export function conversionRows(
  lc: ListConversion,
  onList: ReadonlySet<string>,
  descriptions: ReadonlyMap<string, string> | undefined,
): Record<ConversionColumns, string | number | null>[] {
  const rows: Record<ConversionColumns, string | number | null>[] = [];
  for (const c of lc.conversion.codes) {
    const base = { code: c.code, status: c.status, setAside: c.setAside };
    if (c.targets.length === 0) {
      rows.push({ ...base, hs6: null, description: null, alsoFrom: null, offList: 0 });
    }
    for (const t of c.targets) {
      rows.push({
        ...base,
        hs6: t.hs6,
        description: descriptions?.get(t.hs6) ?? null,
        alsoFrom: t.alsoFrom.length > 0 ? t.alsoFrom.join(' ') : null,
        offList: t.alsoFrom.filter((x) => !onList.has(x)).length,
      });
    }
  }
  return rows;
}

/** What the build records about one dataset's converted lists (README, "HS editions"). */
export interface ConversionReport extends ListConversionMeta {
  dataset: string;
  upperBoundFlows: number;
  upperBoundValue: number;
}

/**
 * Manifest entries, dataset notes (facts: the app words them), build-report entries and shards (`lists/<key>.json`,
 * columnar) for the lists converted for one dataset. `flowsUnder` counts the dataset's
 * flows under some codes.
 */
export async function describeConversions(
  ds: { id: string; currency: string },
  conversions: readonly ListConversion[],
  lists: readonly StrategicList[],
  descriptions: (edition: HsEdition) => ReadonlyMap<string, string> | undefined,
  flowsUnder: (codes: string[], edition: HsEdition) => Promise<{ rows: number; value: number }>,
) {
  const metas: ListConversionMeta[] = [];
  const notes: Extract<DatasetNote, { kind: 'conversion' }>[] = [];
  const report: ConversionReport[] = [];
  const shards: { key: string; rows: Record<ConversionColumns, string | number | null>[] }[] = [];
  for (const lc of conversions) {
    const meta = conversionMeta(lc);
    const ub = await flowsUnder(lc.upperBound, lc.conversion.to);
    metas.push(meta);
    notes.push({ kind: 'conversion', list: lc.list, to: meta.to, flows: ub.rows, value: ub.value });
    report.push({ dataset: ds.id, ...meta, upperBoundFlows: ub.rows, upperBoundValue: ub.value });
    const onList = new Set(lists.find((l) => l.id === lc.list)?.codes.map((c) => c.hs6));
    shards.push({ key: meta.shard, rows: conversionRows(lc, onList, descriptions(meta.to)) });
  }
  return { metas, notes, report, shards };
}
