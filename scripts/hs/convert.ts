/**
 * Converting HS6 codes between editions with the UNSD correlation tables. Pure: the tables
 * come in as data. The method and its reasons are in README.md, "HS editions".
 */
import type { ConversionStatus, HsEdition } from '../../src/schema/manifest.ts';

export interface CorrelationTable {
  /** Edition of the first column, and of the second. */
  from: HsEdition;
  to: HsEdition;
  /**
   * `correlation`: every link between the editions (UNSD sheet 2), the only kind used to
   * convert; `conversion`: one target per code (sheet 1), which hides splits and merges.
   */
  kind: 'correlation' | 'conversion';
  /** Where the table came from (an input path), named in the manifest. */
  file: string;
  /** [code in `from`, code in `to`]. */
  pairs: [string, string][];
}

/**
 * A link touching a code with more links than this belongs to a mass reclassification: the
 * HS2022 headings 8549 (e-waste, 1,019 HS2017 codes each), 8524 (display modules, 483) and
 * 8541.51/59 (semiconductor transducers, 157), or the HS2017 multi-component ICs in 8542
 * (159 HS2012 codes). Ordinary reorganisations stay under 45 links per code.
 */
export const CATCH_ALL_LINKS = 50;

export interface ConvertOptions {
  catchAll?: number;
}

export interface TargetCode {
  hs6: string;
  /** Other codes of the list's edition whose goods this code also holds (sorted). */
  alsoFrom: string[];
}

export interface CodeConversion {
  code: string;
  status: ConversionStatus;
  /** Codes in the target edition that carry the list code (sorted; empty for `none`). */
  targets: TargetCode[];
  /** Links to or from catch-all codes left out along the way. */
  setAside: number;
}

export interface Conversion {
  from: HsEdition;
  to: HsEdition;
  /** Editions passed through ([] for a single table). */
  via: HsEdition[];
  /** Files of the correlation tables used, in path order. */
  tables: string[];
  codes: CodeConversion[];
}

/** One correlation table read in one direction, with the catch-all rule applied. */
class Step {
  private readonly fwd = new Map<string, Set<string>>();
  private readonly back = new Map<string, Set<string>>();
  private readonly keptMemo = new Map<string, Set<string>>();

  constructor(
    pairs: Iterable<readonly [string, string]>,
    private readonly catchAll: number,
  ) {
    for (const [a, b] of pairs) {
      link(this.fwd, a, b);
      link(this.back, b, a);
    }
  }

  private isCatchAllSource(a: string): boolean {
    return (this.fwd.get(a)?.size ?? 0) > this.catchAll;
  }

  private isCatchAllTarget(b: string): boolean {
    return (this.back.get(b)?.size ?? 0) > this.catchAll;
  }

  links(a: string): ReadonlySet<string> {
    return this.fwd.get(a) ?? EMPTY;
  }

  /**
   * The codes `a` is carried to: its links that touch no catch-all code; when it has only
   * such links, the code with the same number if it is one of them, else none.
   */
  kept(a: string): ReadonlySet<string> {
    let k = this.keptMemo.get(a);
    if (k) return k;
    const links = this.links(a);
    k = new Set(
      this.isCatchAllSource(a) ? [] : [...links].filter((b) => !this.isCatchAllTarget(b)),
    );
    if (k.size === 0 && links.has(a)) k.add(a);
    this.keptMemo.set(a, k);
    return k;
  }

  /**
   * The codes whose goods `b` holds: those carried to it, or, for a catch-all target, every
   * code linked to it (what it gathers is the point of it).
   */
  inverse(b: string): ReadonlySet<string> {
    const sources = this.back.get(b) ?? EMPTY;
    if (this.isCatchAllTarget(b)) return sources;
    return new Set([...sources].filter((a) => this.kept(a).has(b)));
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function link(m: Map<string, Set<string>>, k: string, v: string) {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

interface PathStep {
  from: HsEdition;
  to: HsEdition;
  files: string[];
  pairs: [string, string][];
}

/**
 * The shortest chain of correlation tables from one edition to another (breadth first over
 * editions; tables read in either direction; several tables for one pair are pooled).
 */
export function findPath(
  from: HsEdition,
  to: HsEdition,
  tables: readonly CorrelationTable[],
): PathStep[] | null {
  if (from === to) return [];
  const usable = tables.filter((t) => t.kind === 'correlation' && t.from !== t.to);
  const edges = new Map<string, PathStep>();
  for (const t of usable) {
    for (const [a, b, flip] of [
      [t.from, t.to, false],
      [t.to, t.from, true],
    ] as const) {
      const key = `${a}>${b}`;
      const e = edges.get(key) ?? { from: a, to: b, files: [], pairs: [] };
      e.files.push(t.file);
      for (const [x, y] of t.pairs) e.pairs.push(flip ? [y, x] : [x, y]);
      edges.set(key, e);
    }
  }
  const prev = new Map<HsEdition, PathStep>();
  const seen = new Set<HsEdition>([from]);
  let frontier: HsEdition[] = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: HsEdition[] = [];
    for (const ed of frontier) {
      for (const e of [...edges.values()].filter((x) => x.from === ed).sort(byTo)) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        prev.set(e.to, e);
        next.push(e.to);
      }
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const path: PathStep[] = [];
  for (let ed = to; ed !== from;) {
    const e = prev.get(ed);
    if (!e) return null;
    path.unshift(e);
    ed = e.from;
  }
  return path;
}

const byTo = (a: PathStep, b: PathStep) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0);

/**
 * Converts codes of edition `from` to edition `to`, chaining tables where needed (HS2012 to
 * HS2022 goes through HS2017). Null when no chain of correlation tables links the editions.
 */
export function convertCodes(
  codes: readonly string[],
  from: HsEdition,
  to: HsEdition,
  tables: readonly CorrelationTable[],
  opts: ConvertOptions = {},
): Conversion | null {
  const path = findPath(from, to, tables);
  if (!path) return null;
  const steps = path.map((p) => new Step(p.pairs, opts.catchAll ?? CATCH_ALL_LINKS));
  const carry = (start: string) => {
    let set = new Set([start]);
    let setAside = 0;
    for (const s of steps) {
      const next = new Set<string>();
      for (const x of set) {
        const kept = s.kept(x);
        for (const y of kept) next.add(y);
        // kept() is a subset of the links: the rest were set aside.
        setAside += s.links(x).size - kept.size;
      }
      set = next;
    }
    return { targets: set, setAside };
  };
  const sourcesOf = (target: string) => {
    let set = new Set([target]);
    for (const s of [...steps].reverse()) {
      const next = new Set<string>();
      for (const y of set) for (const x of s.inverse(y)) next.add(x);
      set = next;
    }
    return set;
  };
  const out: CodeConversion[] = [];
  for (const code of [...new Set(codes)].sort()) {
    const { targets, setAside } = carry(code);
    const t: TargetCode[] = [...targets].sort().map((hs6) => ({
      hs6,
      alsoFrom: [...sourcesOf(hs6)].filter((c) => c !== code).sort(),
    }));
    out.push({ code, status: statusOf(t), targets: t, setAside });
  }
  return {
    from,
    to,
    via: path.slice(1).map((p) => p.from),
    tables: path.flatMap((p) => p.files),
    codes: out,
  };
}

function statusOf(targets: TargetCode[]): ConversionStatus {
  if (targets.length === 0) return 'none';
  const shared = targets.some((t) => t.alsoFrom.length > 0);
  if (targets.length === 1) return shared ? 'merged' : 'exact';
  return shared ? 'n:n' : 'split';
}

/** Counts of codes per status, every status present. */
export function countStatuses(codes: readonly CodeConversion[]): Record<ConversionStatus, number> {
  const counts: Record<ConversionStatus, number> = {
    exact: 0,
    split: 0,
    merged: 0,
    'n:n': 0,
    none: 0,
  };
  for (const c of codes) counts[c.status]++;
  return counts;
}

/** Whether a table of the other kind (one code per code) links the editions: said in reasons. */
export function onlyConversionTable(
  from: HsEdition,
  to: HsEdition,
  tables: readonly CorrelationTable[],
): boolean {
  const all = tables.map((t) => ({ ...t, kind: 'correlation' as const }));
  return findPath(from, to, all) !== null && findPath(from, to, tables) === null;
}
