/**
 * Groups of countries (regions, unions, export-control regimes, a user's own list) applied to
 * the atlas's tables: a group's total and its members' shares, trade inside the group against
 * trade with the rest of the world, its top outside partners, and a regime's reach (how much
 * of each country's trade in a category goes to or comes from non-participants).
 *
 * Pure functions over the shards' columns. A member's value is the value the map shows for it
 * (placeValues): a place the data speak for on that side reads 0 where it has no trade in the
 * selection, a place outside their reach is "no data", never zero.
 */
import type { ColumnarShard, FlowColumns, MapColumns } from '../schema/manifest.ts';
import type { GroupMeta, PartialDate, RegimeId } from '../schema/groups.ts';
import { flowPairs, type FlowPair } from './flows.ts';
import { buildMapModel, seriesFromMapShard, type MapModel } from './map-model.ts';
import { parseMemberList } from '../state/code-lists.ts';

export type GroupFlow = 'export' | 'import';

/**
 * Compares two dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) at the coarser one:
 * "2004-05" and "2004" are equal, so a country that joined during a year counts as a member
 * for that year's (annual) figures.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The members on a date, from the group's members and former members and their dates: a
 * member without a joining date counts from always, a former member until the date it left
 * (a country that left during the period of `date` no longer counts).
 */
export function membersOn(group: GroupMeta, date: PartialDate): string[] {
  const out: string[] = [];
  for (const m of group.members) {
    if (!m.joined || compareDates(m.joined, date) <= 0) out.push(m.iso3);
  }
  for (const m of group.formerMembers) {
    const joined = !m.joined || compareDates(m.joined, date) <= 0;
    const stayed = !m.left || compareDates(m.left, date) > 0;
    if (joined && stayed) out.push(m.iso3);
  }
  return out;
}

/**
 * Each place's value as the map and its ranking show it: every place of the model (the places
 * the data speak for on that side, 0 where they have no trade in the selection); places outside
 * the data's reach are absent, so a group reads them as no data. The map's group panel and the
 * group profile read the map's model of the selection here; the profile's categories and a
 * country's standing among its groups read placeValuesOfShard, which builds the same model
 * from a yearly map shard, so a group's total has one derivation wherever it is shown.
 */
export function placeValues(model: MapModel): Map<string, number> {
  return new Map([...model.values.values()].map((v) => [v.iso3, v.value]));
}

/**
 * placeValues of the map model of one year, category ('' = the list total) and flow of a
 * yearly map shard, for the places `reach` (reachOf(dataset, flow)): the model the map builds
 * for a list or category selection (mapFigures in figures.ts).
 */
export function placeValuesOfShard(
  shard: ColumnarShard<MapColumns>,
  year: number,
  category: string,
  flow: GroupFlow,
  reach: Iterable<string>,
): Map<string, number> {
  return placeValues(buildMapModel(seriesFromMapShard(shard, category, flow), year, null, reach));
}

export interface MemberShare {
  iso3: string;
  value: number;
  /** The member's part of the group total, 0-1 (null when the total is 0). */
  share: number | null;
  /** 1 for the largest; ties share no rank (ordered by code). */
  rank: number;
}

export interface GroupTotal {
  total: number;
  /** Members with data, largest first. */
  members: MemberShare[];
  /** Members the table has no value for: no data, not zero. */
  noData: string[];
}

/** A group's total from per-country totals, its members ranked with their shares. */
export function groupTotal(
  totals: ReadonlyMap<string, number>,
  members: readonly string[],
): GroupTotal {
  const withData: { iso3: string; value: number }[] = [];
  const noData: string[] = [];
  for (const iso3 of new Set(members)) {
    const v = totals.get(iso3);
    if (v === undefined) noData.push(iso3);
    else withData.push({ iso3, value: v });
  }
  withData.sort((a, b) => b.value - a.value || (a.iso3 < b.iso3 ? -1 : 1));
  const total = withData.reduce((s, m) => s + m.value, 0);
  return {
    total,
    members: withData.map((m, i) => ({
      ...m,
      share: total > 0 ? m.value / total : null,
      rank: i + 1,
    })),
    noData,
  };
}

export interface InsideOutside {
  /** Trade between two members. */
  inside: number;
  /** Trade between a member and a non-member. */
  outside: number;
  total: number;
}

/**
 * Splits a group's trade under the selected codes into trade between members and trade with
 * the rest of the world. For exports: flows whose exporter is a member, inside when the
 * importer is one too; for imports the other way round. A flow between two members is both
 * one member's export and another's import: it is counted once per direction.
 */
export function insideOutside(
  pairs: readonly FlowPair[],
  members: readonly string[],
  flow: GroupFlow,
): InsideOutside {
  const set = new Set(members);
  let inside = 0;
  let outside = 0;
  for (const p of pairs) {
    const [self, other] = flow === 'export' ? [p.exporter, p.importer] : [p.importer, p.exporter];
    if (!set.has(self)) continue;
    if (set.has(other)) inside += p.value;
    else outside += p.value;
  }
  return { inside, outside, total: inside + outside };
}

/** The same split from a flows shard and the codes selected (each code once). */
export function insideOutsideFromShard(
  shard: ColumnarShard<FlowColumns>,
  codes: ReadonlySet<string>,
  members: readonly string[],
  flow: GroupFlow,
): InsideOutside {
  return insideOutside(flowPairs(shard, codes), members, flow);
}

export interface Partner {
  iso3: string;
  value: number;
  /** Part of the group's outside trade, 0-1. */
  share: number;
}

/** The group's largest partners outside it, for exports (destinations) or imports (origins). */
export function topOutsidePartners(
  pairs: readonly FlowPair[],
  members: readonly string[],
  flow: GroupFlow,
  n: number,
): Partner[] {
  const set = new Set(members);
  const sums = new Map<string, number>();
  for (const p of pairs) {
    const [self, other] = flow === 'export' ? [p.exporter, p.importer] : [p.importer, p.exporter];
    if (!set.has(self) || set.has(other)) continue;
    sums.set(other, (sums.get(other) ?? 0) + p.value);
  }
  const outside = [...sums.values()].reduce((s, v) => s + v, 0);
  return [...sums]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, Math.max(0, n))
    .map(([iso3, value]) => ({ iso3, value, share: outside > 0 ? value / outside : 0 }));
}

/**
 * The regimes a list's `regime` text names: "NSG", "Australia Group", "CWC Schedule 2",
 * "MTCR", "Wassenaar Munitions List", "Wassenaar dual-use Cat. 2 / NSG"... Parts are split on
 * "/"; a part naming no regime of REGIME_IDS (CHPL, BWC) adds nothing.
 */
export function regimesOf(text: string): RegimeId[] {
  const out: RegimeId[] = [];
  for (const raw of text.split('/')) {
    const part = raw.trim().toLowerCase();
    const id: RegimeId | null = part.startsWith('nsg')
      ? 'NSG'
      : part.startsWith('australia group') || part === 'ag'
        ? 'AG'
        : part.startsWith('mtcr')
          ? 'MTCR'
          : part.startsWith('wassenaar')
            ? 'Wassenaar'
            : part.startsWith('cwc')
              ? 'CWC'
              : null;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * The regimes tied to each category of a list, from its codes' `regime` column: the regimes
 * named by the most codes first. A category whose codes name none is absent.
 */
export function categoryRegimes(
  codes: readonly { category: string; regime: string }[],
): Map<string, RegimeId[]> {
  const counts = new Map<string, Map<RegimeId, number>>();
  for (const c of codes) {
    for (const r of regimesOf(c.regime)) {
      let m = counts.get(c.category);
      if (!m) counts.set(c.category, (m = new Map()));
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const out = new Map<string, RegimeId[]>();
  for (const [cat, m] of counts) {
    out.set(
      cat,
      [...m].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([r]) => r),
    );
  }
  return out;
}

export interface RegimeShare {
  iso3: string;
  /** Whether the country is itself a participant. */
  participant: boolean;
  total: number;
  /** Trade with countries outside the participants. */
  outside: number;
  /** outside / total, 0-1 (null when total is 0). */
  share: number | null;
}

/**
 * For each country, the part of its trade under the selected codes (a category tied to a
 * regime) that goes to (exports) or comes from (imports) countries outside the regime's
 * participants. Trade with non-participants is legal and common: a question for risk
 * profiling, not a finding. Largest traders first.
 */
export function regimeShares(
  pairs: readonly FlowPair[],
  participants: readonly string[],
  flow: GroupFlow,
): RegimeShare[] {
  const set = new Set(participants);
  const rows = new Map<string, { total: number; outside: number }>();
  for (const p of pairs) {
    const [self, other] = flow === 'export' ? [p.exporter, p.importer] : [p.importer, p.exporter];
    let r = rows.get(self);
    if (!r) rows.set(self, (r = { total: 0, outside: 0 }));
    r.total += p.value;
    if (!set.has(other)) r.outside += p.value;
  }
  return [...rows]
    .map(([iso3, r]) => ({
      iso3,
      participant: set.has(iso3),
      total: r.total,
      outside: r.outside,
      share: r.total > 0 ? r.outside / r.total : null,
    }))
    .sort((a, b) => b.total - a.total || (a.iso3 < b.iso3 ? -1 : 1));
}

/** The groups a country belongs to (on their `asOf` date), in the file's order. */
export function groupsOf(groups: readonly GroupMeta[], iso3: string): GroupMeta[] {
  return groups.filter((g) => g.members.some((m) => m.iso3 === iso3));
}

/**
 * Why a group parameter was not used, for the page's notice (the URL state's notice kinds):
 * `unknown` a group id no file defines, `invalid` codes that are not countries, `tooMany`
 * members past MAX_MEMBERS, `ignored` a member list given beside a group id.
 */
export interface GroupNotice {
  param: 'group' | 'members';
  value: string;
  reason: 'unknown' | 'invalid' | 'tooMany' | 'ignored';
}

export interface GroupSelection {
  /** The shipped group chosen, or null for a user's own group or none. */
  group: GroupMeta | null;
  /** The members to show: the group's, or the user's valid codes; empty when none. */
  members: string[];
  notices: GroupNotice[];
}

/** Longest value quoted in a notice (a link can be any size). */
const NOTICE_CHARS = 60;
const clip = (s: string) => (s.length > NOTICE_CHARS ? `${s.slice(0, NOTICE_CHARS - 1)}…` : s);

/**
 * The group a URL asks for, as proposed for the URL state: `group=<id>` a group of the groups
 * file, `members=KAZ,KGZ,...` a user's own group. A known group id wins and a member list
 * beside it is ignored with a notice; an unknown id falls back to the member list if there is
 * one. Nothing is dropped silently: every code that is not used is named in a notice.
 */
export function selectGroup(
  params: { group?: string | null; members?: string | null },
  groups: readonly GroupMeta[],
  isKnown: (iso3: string) => boolean,
): GroupSelection {
  const notices: GroupNotice[] = [];
  const id = (params.group ?? '').trim();
  const list = params.members ?? '';
  if (id !== '') {
    const group = groups.find((g) => g.id === id.toLowerCase()) ?? null;
    if (group) {
      if (list.trim() !== '')
        notices.push({ param: 'members', value: clip(list), reason: 'ignored' });
      return { group, members: group.members.map((m) => m.iso3), notices };
    }
    notices.push({ param: 'group', value: clip(id), reason: 'unknown' });
  }
  if (list.trim() === '') return { group: null, members: [], notices };
  const parsed = parseMemberList(list, isKnown);
  if (parsed.unknown.length > 0) {
    notices.push({ param: 'members', value: clip(parsed.unknown.join(',')), reason: 'invalid' });
  }
  if (parsed.tooMany.length > 0) {
    notices.push({ param: 'members', value: clip(parsed.tooMany.join(',')), reason: 'tooMany' });
  }
  return { group: null, members: parsed.members, notices };
}

export interface Standing {
  /** 1 for the largest among the members with data; null when the country has no value. */
  rank: number | null;
  /** Members with data. */
  of: number;
  /** The country's part of the group total, 0-1 (null without a value or a total). */
  share: number | null;
  /** The median value of the other members with data (null when there are none). */
  peersMedian: number | null;
}

/** Where a country stands among a group's members: rank, share and the peers' median. */
export function standing(
  totals: ReadonlyMap<string, number>,
  members: readonly string[],
  iso3: string,
): Standing {
  const g = groupTotal(totals, members);
  const self = g.members.find((m) => m.iso3 === iso3) ?? null;
  const peers = g.members
    .filter((m) => m.iso3 !== iso3)
    .map((m) => m.value)
    .sort((a, b) => a - b);
  const mid = peers.length >> 1;
  const peersMedian =
    peers.length === 0
      ? null
      : peers.length % 2 === 1
        ? (peers[mid] ?? null)
        : ((peers[mid - 1] ?? 0) + (peers[mid] ?? 0)) / 2;
  return {
    rank: self?.rank ?? null,
    of: g.members.length,
    share: self?.share ?? null,
    peersMedian,
  };
}

/** The node of countries in no group of a group-to-group table. */
export const REST = '~rest';

export interface GroupLink {
  from: string;
  to: string;
  value: number;
}

/**
 * Flows between groups (and the rest of the world) for a Sankey or a matrix. Groups may
 * overlap (an EU member is also an NSG participant), so each country is put in the first of
 * `groups` that holds it, in the order given, and counted once; `expand` shows one group's
 * members as their own nodes. Flows inside a node are kept (a group's inside trade).
 */
export function groupLinks(
  pairs: readonly FlowPair[],
  groups: readonly { id: string; members: readonly string[] }[],
  expand: string | null = null,
): GroupLink[] {
  const nodeOf = new Map<string, string>();
  for (const g of groups) {
    for (const m of g.members) if (!nodeOf.has(m)) nodeOf.set(m, g.id === expand ? m : g.id);
  }
  const sums = new Map<string, GroupLink>();
  for (const p of pairs) {
    const from = nodeOf.get(p.exporter) ?? REST;
    const to = nodeOf.get(p.importer) ?? REST;
    const k = `${from}>${to}`;
    const link = sums.get(k);
    if (link) link.value += p.value;
    else sums.set(k, { from, to, value: p.value });
  }
  return [...sums.values()].sort(
    (a, b) =>
      b.value - a.value || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1),
  );
}
