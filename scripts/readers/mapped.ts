import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { isIsoAlpha3 } from '../normalize/countries.ts';
import { editionInForce, parseHsEdition } from '../normalize/hs.ts';
import { parseScaled } from '../normalize/numbers.ts';
import {
  WORLD,
  type AggregateRow,
  type FlowReader,
  type FlowRow,
  type RowProblem,
} from './types.ts';

/**
 * A declarative description of a national statistics file, so a customs administration can
 * load its own data without code. Written as JSON and passed with `--mapping <file>`;
 * documented in data/mappings/README.md.
 */
export interface Mapping {
  id: string;
  title: string;
  source: string;
  publisher: string;
  licence: string;
  licenceUrl?: string;
  citation: string;
  url?: string;
  /** The file's header, exactly (trimmed): how its files are recognised. */
  header: string[];
  /**
   * The HS edition of the product codes, or "in force": national nomenclatures follow the HS
   * edition of each year (2017-2021 HS2017, 2022 on HS2022), so rows carry their year's.
   */
  hsEdition: string;
  currency: string;
  /** What the file covers, when it is not world trade; default for a fixed reporter: its flow. */
  coverage?: string;
  /** The flow the file reports, seen from the reporter. */
  flow: 'export' | 'import';
  reporter: { iso3: string } | { column: string };
  partner: {
    /** The partner column; absent with `fixed`. */
    column?: string;
    /** One partner for the whole file: "WLD" for a file of world totals. */
    fixed?: string;
    /** Names (in the file or in English) that mean the World total: such rows are aggregates. */
    world?: string[];
    /** A JSON object mapping the file's names to English names, relative to the mapping file. */
    names?: string;
    /** English (or original) names that need an explicit ISO3 code. */
    iso3?: Record<string, string>;
  };
  /** `YYYY` or `YYYY-MM` values; `frequency` says which the file holds (default year). */
  period: { column: string; frequency?: 'year' | 'month'; calendar?: 'gregorian' | 'roc' };
  /** National codes (8, 10, 11 digits…): their first six digits are the HS6 subheading. */
  product: {
    column: string;
    /** Codes that are totals (`TOTAL`, `00`); 2- and 4-digit codes are always chapter/heading totals. */
    totals?: string[];
  };
  /** `scale` turns the file's unit into whole currency units: 1 for units, 1000 for thousands. */
  value: { column: string; scale?: 1 | 1000 };
  quantity?: { column: string; unit: 't' | 'kg' };
}

export function loadMappedReader(path: string): FlowReader {
  const m = JSON.parse(readFileSync(path, 'utf8')) as Mapping;
  for (const key of [
    'id',
    'title',
    'header',
    'hsEdition',
    'currency',
    'flow',
    'reporter',
    'partner',
    'period',
    'product',
    'value',
  ] as const) {
    if (m[key] === undefined) throw new Error(`${path}: mapping lacks "${key}"`);
  }
  const inForce = /^in[ -]force$/i.test(m.hsEdition.trim());
  const edition = inForce ? 'HS2022' : parseHsEdition(m.hsEdition);
  if (!edition)
    throw new Error(`${path}: unknown hsEdition "${m.hsEdition}" (an edition, or "in force")`);
  if (!m.partner.column && !m.partner.fixed)
    throw new Error(`${path}: partner needs "column" or "fixed"`);
  const coverage =
    m.coverage ??
    ('iso3' in m.reporter ? `${m.flow}s reported by ${m.reporter.iso3} only` : undefined);
  const worldNames = new Set((m.partner.world ?? []).map((n) => n.trim()));
  const totals = new Set((m.product.totals ?? []).map((t) => t.trim().toUpperCase()));
  const header = m.header.map((h) => h.trim());
  const names = m.partner.names
    ? (JSON.parse(readFileSync(resolve(dirname(path), m.partner.names), 'utf8')) as Record<
        string,
        string
      >)
    : {};
  const overrides = m.partner.iso3 ?? {};
  const resolvePartner = (raw: string): string | null => {
    const name = raw.trim();
    const english = names[name] ?? name;
    const code = overrides[name] ?? overrides[english];
    if (code) return code;
    if (/^[A-Z]{3}$/.test(english) && isIsoAlpha3(english)) return english;
    return countries.getAlpha3Code(english, 'en') ?? null;
  };
  const digits = m.value.scale === 1000 ? 3 : 0;
  return {
    kind: 'flows',
    format: `mapping ${m.id}`,
    matches: (h) => h.length === header.length && h.every((x, i) => x.trim() === header[i]),
    open(_file, fileHeader) {
      const col = (name: string) => {
        const i = fileHeader.findIndex((h) => h.trim() === name);
        if (i < 0) throw new Error(`column "${name}" of the mapping is not in the header`);
        return i;
      };
      const iPartner = m.partner.column ? col(m.partner.column) : -1;
      const iPeriod = col(m.period.column);
      const iProduct = col(m.product.column);
      const iValue = col(m.value.column);
      const iReporter = 'column' in m.reporter ? col(m.reporter.column) : -1;
      const iQty = m.quantity ? col(m.quantity.column) : -1;
      const fixedReporter = 'iso3' in m.reporter ? m.reporter.iso3 : null;
      return {
        dataset: {
          id: m.id,
          title: m.title,
          source: m.source,
          publisher: m.publisher,
          licence: m.licence,
          licenceUrl: m.licenceUrl ?? '',
          citation: m.citation,
          url: m.url ?? '',
          hsEdition: edition,
          granularity: 'hs6',
          currency: m.currency,
          frequency: m.period.frequency ?? 'year',
          mirror: false,
          ...(coverage ? { coverage } : {}),
        },
        parse(f): FlowRow | RowProblem | AggregateRow {
          if (f.length !== fileHeader.length) {
            return {
              problem: `wrong number of fields: ${f.length} instead of ${fileHeader.length}`,
              value: null,
            };
          }
          const value = parseScaled(f[iValue] ?? '', digits, 'value');
          if (!value.ok) return { problem: value.reason, value: null };
          const read = readPeriod((f[iPeriod] ?? '').trim(), m.period.calendar ?? 'gregorian');
          if ('problem' in read) return { problem: read.problem, value: value.value };
          const { year, period } = read;
          const rowEdition = inForce ? editionInForce(year) : edition;
          if (!rowEdition)
            return { problem: `no HS edition in force in ${year}`, value: value.value };
          const code = (f[iProduct] ?? '').trim().replace(/[.\s]/g, '');
          if (totals.has(code.toUpperCase()) || /^\d{2}$|^\d{4}$/.test(code))
            return {
              aggregate: `product total (${code.length === 2 ? 'chapter' : code.length === 4 ? 'heading' : code})`,
              value: value.value,
            };
          if (!/^\d{6,12}$/.test(code))
            return { problem: `malformed product code "${code}"`, value: value.value };
          const partnerRaw = m.partner.fixed ?? f[iPartner] ?? '';
          const world = worldNames.has(partnerRaw.trim()) || partnerRaw.trim() === WORLD;
          const partner = world ? WORLD : resolvePartner(partnerRaw);
          if (!partner)
            return { problem: `unknown partner "${partnerRaw.trim()}"`, value: value.value };
          const reporter = fixedReporter ?? resolvePartner(f[iReporter] ?? '');
          if (!reporter)
            return {
              problem: `unknown reporter "${(f[iReporter] ?? '').trim()}"`,
              value: value.value,
            };
          let quantityKg: number | null = null;
          if (iQty >= 0 && (f[iQty] ?? '').trim() !== '') {
            const q = parseScaled(f[iQty] ?? '', m.quantity?.unit === 't' ? 3 : 0, 'quantity');
            if (!q.ok) return { problem: q.reason, value: value.value };
            quantityKg = q.value;
          }
          const exporter = m.flow === 'export' ? reporter : partner;
          const importer = m.flow === 'export' ? partner : reporter;
          const repairs = value.rounded ? ['value rounded to the whole currency unit'] : [];
          if (read.partial) repairs.push(`partial year: ${read.partial}`);
          return {
            year,
            period,
            exporter,
            importer,
            hs6: code.slice(0, 6),
            category: null,
            detail: code.length > 6 ? code : undefined,
            value: value.value,
            quantityKg,
            edition: rowEdition,
            worldPartner: world || undefined,
            repairs,
          };
        },
      };
    },
  };
}

type Period = { year: number; period: string; partial: string | null } | { problem: string };

/**
 * `YYYY`, `YYYY-MM` or a date in the month; with the ROC (Minguo) calendar of Taiwan's statistics, `102年` is 2013
 * and `114年1月~114年7月(初步值)` is January-July 2025, preliminary (a partial year, noted).
 */
function readPeriod(raw: string, calendar: 'gregorian' | 'roc'): Period {
  if (calendar === 'roc') {
    const r = /^(\d{2,3})年(?:(\d{1,2})月)?(?:~(\d{2,3})年(\d{1,2})月)?(\(初步值\))?$/.exec(raw);
    if (!r) return { problem: `invalid ROC-calendar period "${raw}" (expected like 102年)` };
    const year = Number(r[1]) + 1911;
    if (r[3] && Number(r[3]) !== Number(r[1]))
      return { problem: `period "${raw}" spans two years` };
    if (r[2] && !r[4]) return { year, period: `${year}-${r[2].padStart(2, '0')}`, partial: null };
    const partial = r[2] && r[4] ? `months ${r[2]}-${r[4]}${r[5] ? ', preliminary' : ''}` : null;
    return { year, period: String(year), partial };
  }
  // A date (`2017-01-01`, as Comtrade-derived tables write months) stands for its month.
  const p = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(raw);
  if (!p) return { problem: `invalid period "${raw}" (expected YYYY, YYYY-MM or YYYY-MM-DD)` };
  return { year: Number(p[1]), period: p[2] ? `${p[1]}-${p[2]}` : raw, partial: null };
}
