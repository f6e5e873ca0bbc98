import type { HsEdition } from '../../src/schema/manifest.ts';
import { isIsoAlpha3, numericToIso3 } from '../normalize/countries.ts';
import { normalizeHs6, parseHsEdition } from '../normalize/hs.ts';
import { parseScaled } from '../normalize/numbers.ts';
import type {
  AggregateRow,
  DatasetDescriptor,
  FlowReader,
  FlowRow,
  ReaderOptions,
  ReferenceData,
  RowProblem,
} from './types.ts';

/**
 * UN Comtrade, both formats (this module: the legacy bulk/API CSV; comtrade-plus.ts: the
 * current API and bulk files). Comtrade keeps every country's own declarations: a country's
 * exports to B and B's imports from it are two rows with two values (FOB and CIF, different
 * dates and rules), both kept, each marked with whose report it is. Rows that are totals of
 * other rows (World partner, commodity TOTAL, chapters, headings, re-exports inside exports,
 * breakdowns by customs procedure or mode of transport) are counted as aggregates, never
 * added. Rows carry their own HS edition (Classification H4 = HS2012, H5 = HS2017...), since
 * one file often mixes them. A file whose first row is monthly builds a monthly dataset
 * (`comtrade-…-monthly`); annual and monthly rows never share a dataset, since the months
 * would count the year twice.
 */

/** The latest edition Comtrade publishes (H6); a row's own edition comes from its classification. */
export const COMTRADE_LATEST_EDITION: HsEdition = 'HS2022';

export const COMTRADE_LICENCE =
  'UN Comtrade terms of use: redistribution of the data is restricted (not for republication or embedding without the agreement of the UN Statistics Division); this dataset is built only from files the user supplies';
export const COMTRADE_LICENCE_URL =
  'https://comtrade.un.org/db/help/PolicyOnUseAndRedissemination.pdf';

/** Flow codes: legacy numeric (1-4) and Comtrade Plus letters. */
const FLOWS: Record<string, 'exporter' | 'importer' | { aggregate: string }> = {
  '1': 'importer',
  '2': 'exporter',
  '3': { aggregate: 're-exports (already inside exports)' },
  '4': { aggregate: 're-imports (already inside imports)' },
  M: 'importer',
  X: 'exporter',
  RX: { aggregate: 're-exports (already inside exports)' },
  RM: { aggregate: 're-imports (already inside imports)' },
  DX: { aggregate: 'domestic exports (already inside exports)' },
  FM: { aggregate: 'foreign imports (already inside imports)' },
  XIP: { aggregate: 'exports after inward processing (already inside exports)' },
  XOP: { aggregate: 'exports for outward processing (already inside exports)' },
  MIP: { aggregate: 'imports for inward processing (already inside imports)' },
  MOP: { aggregate: 'imports after outward processing (already inside imports)' },
};

const MIXED_PROBLEM = {
  annual:
    'monthly row in an annual Comtrade file: the months would count the year twice; build monthly files separately',
  monthly:
    'annual row in a monthly Comtrade file: it would count its months twice; build annual files separately',
};

/** One Comtrade row in source-neutral terms, fields as text. */
export interface ComtradeRecord {
  /** Classification / classificationCode: H0..H6 (HS1992..HS2022); '' when absent. */
  classification: string;
  year: string;
  frequency: 'annual' | 'monthly' | { problem: string };
  /** Monthly rows: the month, 1-12, as text. */
  month: string;
  flow: string;
  reporterCode: string;
  reporterIso: string;
  partnerCode: string;
  partnerIso: string;
  cmdCode: string;
  /** The source marks the row as an aggregate of others (Comtrade Plus isAggregate). */
  isAggregate: boolean;
  /** What the row breaks a total down by (customs procedure...), or null for a total row. */
  breakdown: string | null;
  /** Not goods trade (Comtrade Plus typeCode S), with why. */
  notGoods: string | null;
  value: string;
  netWeightKg: string;
  /** Other numeric fields, only checked: label and text. */
  numbers: [string, string][];
}

/** The row as a flow, an aggregate or a problem (shared by both Comtrade readers). */
export function comtradeRow(
  r: ComtradeRecord,
  ref: ReferenceData,
  opts: ReaderOptions,
  file: 'annual' | 'monthly' = 'annual',
): FlowRow | RowProblem | AggregateRow {
  const value = parseScaled(r.value, 0, 'trade value');
  if (!value.ok) return { problem: value.reason, value: null };
  const v = value.value;
  for (const [label, text] of r.numbers) {
    if (text.trim() === '') continue;
    const n = parseScaled(text, 0, label);
    if (!n.ok) return { problem: n.reason, value: v };
  }
  let quantityKg: number | null = null;
  if (r.netWeightKg.trim() !== '') {
    const kg = parseScaled(r.netWeightKg, 0, 'net weight');
    if (!kg.ok) return { problem: kg.reason, value: v };
    quantityKg = kg.value;
  }
  if (r.notGoods) return { problem: r.notGoods, value: v };
  const flowCode = r.flow.trim().toUpperCase();
  const flow = FLOWS[flowCode];
  if (!flow) return { problem: `unknown trade flow code "${r.flow.trim()}"`, value: v };
  if (typeof r.frequency === 'object') return { problem: r.frequency.problem, value: v };
  if (r.frequency !== file) return { problem: MIXED_PROBLEM[file], value: v };
  const year = r.year.trim();
  if (!/^\d{4}$/.test(year)) return { problem: `invalid year "${year}"`, value: v };
  const month = r.month.trim();
  if (file === 'monthly' && !/^(0?[1-9]|1[0-2])$/.test(month))
    return { problem: `invalid month "${month}"`, value: v };
  const period = file === 'monthly' ? `${year}-${month.padStart(2, '0')}` : year;
  if (typeof flow === 'object') return { aggregate: flow.aggregate, value: v };

  const cmd = r.cmdCode.trim();
  if (cmd.toUpperCase() === 'TOTAL') return { aggregate: 'commodity TOTAL', value: v };
  if (r.isAggregate) return { aggregate: 'aggregate record (isAggregate)', value: v };
  if (/^\d{1,2}$/.test(cmd)) return { aggregate: 'chapter total', value: v };
  if (/^\d{3,4}$/.test(cmd)) return { aggregate: 'HS4 heading total', value: v };
  if (!/^\d{5,6}$/.test(cmd)) return { problem: `malformed commodity code "${cmd}"`, value: v };
  if (r.breakdown) return { aggregate: r.breakdown, value: v };

  const classification = r.classification.trim();
  const edition = classification ? parseHsEdition(classification) : opts.hsEdition;
  if (!edition) {
    return {
      problem: classification
        ? `classification "${classification}" is not an HS edition`
        : 'no classification: pass --hs-edition',
      value: v,
    };
  }
  const hs = normalizeHs6(cmd, ref.products.get(edition) ?? null);
  if (!hs.ok) return { problem: hs.reason, value: v };

  if (isWorld(r.reporterCode, r.reporterIso))
    return { problem: 'reporter is the World aggregate', value: v };
  const reporter = country(r.reporterCode, r.reporterIso, ref);
  if (!reporter)
    return { problem: unknownCountry('reporter', r.reporterCode, r.reporterIso), value: v };
  const world = isWorld(r.partnerCode, r.partnerIso);
  const partner = world
    ? { iso3: WORLD, repaired: false }
    : country(r.partnerCode, r.partnerIso, ref);
  if (!partner)
    return { problem: unknownCountry('partner', r.partnerCode, r.partnerIso), value: v };

  const repairs: string[] = [];
  if (reporter.repaired || partner.repaired) repairs.push('country code alias applied');
  if (hs.repaired) repairs.push('HS code leading zero restored');
  if (value.rounded) repairs.push('value rounded to the dollar');
  const exports = flow === 'exporter';
  return {
    year: Number(year),
    period,
    exporter: exports ? reporter.iso3 : partner.iso3,
    importer: exports ? partner.iso3 : reporter.iso3,
    hs6: hs.hs6,
    category: null,
    value: v,
    quantityKg,
    edition,
    reportedBy: flow,
    ...(world ? { worldPartner: true } : {}),
    repairs,
  };
}

const WORLD = 'WLD';

function isWorld(code: string, iso: string): boolean {
  const i = iso.trim().toUpperCase();
  return code.trim() === '0' || i === 'WLD' || i === 'W00';
}

/** ISO alpha-3 when valid, else an alias (S19 -> TWN, ROM -> ROU), else the numeric code. */
function country(
  code: string,
  iso: string,
  ref: ReferenceData,
): { iso3: string; repaired: boolean } | null {
  const i = iso.trim().toUpperCase();
  if (isIsoAlpha3(i)) return { iso3: i, repaired: false };
  const alias = i ? ref.aliases.get(i) : undefined;
  if (alias) return { iso3: alias.iso3, repaired: true };
  const fromCode = numericToIso3(code.trim());
  return fromCode ? { iso3: fromCode, repaired: false } : null;
}

function unknownCountry(role: string, code: string, iso: string): string {
  const c = code.trim();
  const i = iso.trim();
  return `unknown ${role} code "${c}${i ? ` (${i})` : ''}"`;
}

/** Column positions by name (trimmed, case-insensitive); -1 when absent. */
export function columnIndex(header: string[]): (name: string) => number {
  const index = new Map<string, number>();
  header.forEach((h, n) => {
    const k = h.trim().toLowerCase();
    if (!index.has(k)) index.set(k, n);
  });
  return (name) => index.get(name.toLowerCase()) ?? -1;
}

export function fieldCountProblem(f: string[], expected: number): RowProblem | null {
  if (f.length < expected)
    return { problem: `truncated line: ${f.length} of ${expected} fields`, value: null };
  if (f.length > expected)
    return { problem: `too many fields: ${f.length} instead of ${expected}`, value: null };
  return null;
}

export function comtradeDataset(
  id: string,
  format: string,
  file: 'annual' | 'monthly' = 'annual',
): DatasetDescriptor {
  return {
    id: file === 'monthly' ? `${id}-monthly` : id,
    title: `UN Comtrade (${format}), HS6, ${file}, as reported by each country`,
    source: `UN Comtrade Database, ${format}, supplied by the user`,
    publisher: 'UN Comtrade (UN Statistics Division)',
    licence: COMTRADE_LICENCE,
    licenceUrl: COMTRADE_LICENCE_URL,
    citation: `United Nations Statistics Division, UN Comtrade Database (${format}), https://comtradeplus.un.org.`,
    url: 'https://comtradeplus.un.org/',
    hsEdition: COMTRADE_LATEST_EDITION,
    granularity: 'hs6',
    currency: 'USD',
    frequency: file === 'monthly' ? 'month' : 'year',
    mirror: true,
    coverage:
      'the reporters, partners and codes of the Comtrade files supplied (each row as its reporter declared it)',
  };
}

const REQUIRED = [
  'Classification',
  'Year',
  'Period',
  'Trade Flow Code',
  'Reporter Code',
  'Partner Code',
  'Commodity Code',
  'Trade Value (US$)',
];

/**
 * Legacy UN Comtrade bulk/API CSV (35 columns: Classification, Year, Period, ..., Trade Value
 * (US$), CIF/FOB Trade Value (US$), Flag), columns found by name.
 */
export const comtradeLegacyReader: FlowReader = {
  kind: 'flows',
  format: 'UN Comtrade legacy CSV (Classification,Year,Period,...,Trade Value (US$))',
  matches(header) {
    const col = columnIndex(header);
    return REQUIRED.every((n) => col(n) >= 0);
  },
  open(_file, header, ref, opts, first) {
    const col = columnIndex(header);
    const at = (f: string[], name: string) => {
      const n = col(name);
      return n >= 0 ? (f[n] ?? '') : '';
    };
    const frequency = (f: string[]): ComtradeRecord['frequency'] => {
      const period = at(f, 'Period').trim();
      if (/^\d{4}$/.test(period)) return 'annual';
      if (/^\d{6}$/.test(period)) return 'monthly';
      return { problem: `invalid period "${period}"` };
    };
    const file = first && frequency(first) === 'monthly' ? 'monthly' : 'annual';
    const numbers = [
      ['CIF value', 'CIF Trade Value (US$)'],
      ['FOB value', 'FOB Trade Value (US$)'],
      ['quantity', 'Qty'],
      ['alternative quantity', 'Alt Qty'],
      ['gross weight', 'Gross weight (kg)'],
    ] as const;
    return {
      dataset: comtradeDataset('comtrade-legacy', 'legacy bulk/API CSV', file),
      parse(f) {
        const count = fieldCountProblem(f, header.length);
        if (count) return count;
        return comtradeRow(
          {
            classification: at(f, 'Classification'),
            year: at(f, 'Year'),
            frequency: frequency(f),
            month: at(f, 'Period').trim().slice(4),
            flow: at(f, 'Trade Flow Code'),
            reporterCode: at(f, 'Reporter Code'),
            reporterIso: at(f, 'Reporter ISO'),
            partnerCode: at(f, 'Partner Code'),
            partnerIso: at(f, 'Partner ISO'),
            cmdCode: at(f, 'Commodity Code'),
            isAggregate: false,
            breakdown: breakdownOf({
              partner2: at(f, '2nd Partner Code'),
              customs: at(f, 'Customs Proc. Code'),
              transport: at(f, 'Mode of Transport Code'),
            }),
            notGoods: null,
            value: at(f, 'Trade Value (US$)'),
            netWeightKg: at(f, 'Netweight (kg)'),
            numbers: numbers.map(([label, name]) => [label, at(f, name)]),
          },
          ref,
          opts,
          file,
        );
      },
    };
  },
};

/** Breakdown fields and the code of their total (World second partner, all procedures...). */
const BREAKDOWN = {
  partner2: { total: '0', what: 'breakdown by second partner' },
  customs: { total: 'C00', what: 'breakdown by customs procedure' },
  transport: { total: '0', what: 'breakdown by mode of transport' },
  supply: { total: '0', what: 'breakdown by mode of supply' },
} as const;

/**
 * A row broken down by second partner, customs procedure, mode of transport or of supply is a
 * part of the total row (0, C00, 0): says which, or null for a total row (or empty fields).
 */
export function breakdownOf(
  fields: Partial<Record<keyof typeof BREAKDOWN, string>>,
): string | null {
  for (const [k, b] of Object.entries(BREAKDOWN)) {
    const t = (fields[k as keyof typeof BREAKDOWN] ?? '').trim().toUpperCase();
    if (t !== '' && t !== b.total) return b.what;
  }
  return null;
}
