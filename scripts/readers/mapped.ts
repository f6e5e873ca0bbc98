import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { InputError } from '../lib/errors.ts';
import { isIsoAlpha3, isoNames, NO_ISO_PLACES } from '../normalize/countries.ts';
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
  /** What the file covers, when it is not world trade (without it, a fixed reporter is a fact). */
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
  const m = readMapping(path);
  const inForce = isInForce(m.hsEdition);
  const edition = inForce ? 'HS2022' : (parseHsEdition(m.hsEdition) ?? 'HS2022');
  // A fixed reporter without a coverage text of the mapping's own is a fact the app words, with
  // the reporter's names as the pages give them (Kosovo, not XKX).
  const reporter =
    m.coverage === undefined && 'iso3' in m.reporter
      ? {
          iso3: m.reporter.iso3,
          flow: m.flow,
          names: isoNames(m.reporter.iso3) ??
            NO_ISO_PLACES[m.reporter.iso3]?.names ?? {
              en: m.reporter.iso3,
              fr: m.reporter.iso3,
              es: m.reporter.iso3,
              ru: m.reporter.iso3,
            },
        }
      : undefined;
  const coverage = m.coverage;
  const worldNames = new Set((m.partner.world ?? []).map((n) => n.trim()));
  const totals = new Set((m.product.totals ?? []).map((t) => t.trim().toUpperCase()));
  const header = m.header.map((h) => h.trim());
  const names = m.partner.names ? readNames(path, m.partner.names) : {};
  const overrides = m.partner.iso3 ?? {};
  const resolvePartner = (raw: string): string | null => {
    const name = raw.trim();
    // Own keys only: a partner called "constructor" is a name, not a property of Object.
    const english = Object.hasOwn(names, name) ? (names[name] ?? name) : name;
    const code = Object.hasOwn(overrides, name)
      ? overrides[name]
      : Object.hasOwn(overrides, english)
        ? overrides[english]
        : undefined;
    if (code) return code;
    if (/^[A-Z]{3}$/.test(english) && isIsoAlpha3(english)) return english;
    return countries.getAlpha3Code(english, 'en') ?? null;
  };
  const digits = m.value.scale === 1000 ? 3 : 0;
  return {
    kind: 'flows',
    format: `mapping ${m.id}`,
    matches: (h) => h.length === header.length && h.every((x, i) => x.trim() === header[i]),
    open(file, fileHeader) {
      const col = (name: string) => {
        const i = fileHeader.findIndex((h) => h.trim() === name);
        if (i < 0)
          throw new InputError(file, 1, `column "${name}" of mapping ${m.id} is not in the header`);
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
          ...(reporter ? { reporter } : {}),
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

const isInForce = (edition: string) => /^in[ -]force$/i.test(edition.trim());

/** The keys a mapping may hold, at each level: a misspelt key is an error, never ignored. */
const KEYS: Record<string, { required: readonly string[]; optional: readonly string[] }> = {
  '': {
    required: [
      'id',
      'title',
      'source',
      'publisher',
      'licence',
      'citation',
      'header',
      'hsEdition',
      'currency',
      'flow',
      'reporter',
      'partner',
      'period',
      'product',
      'value',
    ],
    optional: ['licenceUrl', 'url', 'coverage', 'quantity'],
  },
  reporter: { required: [], optional: ['iso3', 'column'] },
  partner: { required: [], optional: ['column', 'fixed', 'world', 'names', 'iso3'] },
  period: { required: ['column'], optional: ['frequency', 'calendar'] },
  product: { required: ['column'], optional: ['totals'] },
  value: { required: ['column'], optional: ['scale'] },
  quantity: { required: ['column', 'unit'], optional: [] },
};

/**
 * Reads and checks a mapping file. Every problem is an InputError naming the mapping and the
 * line of the key at fault, so a damaged mapping stops the build before any file is read
 * instead of failing later as a JavaScript fault or, worse, reading values wrongly.
 */
function readMapping(path: string): Mapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(path, 0, `cannot read the mapping (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /at position (\d+)/.exec(msg);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : text.split('\n').length;
    const what = msg
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    throw new InputError(path, line, `not valid JSON: ${what}`);
  }
  const lines = text.split('\n');
  const fail = (key: string, reason: string, lineOf = key): never => {
    // The line of the key, looked for after the line of its parent key.
    let i = 0;
    for (const part of lineOf.split('.')) {
      const j = lines.findIndex((l, n) => n >= i && l.includes(`"${part}"`));
      if (j >= 0) i = j;
    }
    throw new InputError(path, i + 1, `"${key}" ${reason}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json)) return fail('(top level)', 'must be a JSON object');
  const m = json;

  const object = (key: string): Record<string, unknown> => {
    const v = key === '' ? m : m[key];
    if (!isObject(v)) return fail(key, 'must be an object');
    const { required, optional } = KEYS[key] ?? { required: [], optional: [] };
    const at = (k: string) => (key ? `${key}.${k}` : k);
    // A misspelt key is named where it stands, before the key it was meant to be is missed.
    for (const k of Object.keys(v))
      if (!required.includes(k) && !optional.includes(k))
        fail(
          at(k),
          `is not a mapping key (expected one of ${[...required, ...optional].join(', ')})`,
        );
    // A missing key has no line: its section's (a later section may hold a key of that name).
    for (const k of required) if (v[k] === undefined) fail(at(k), 'is missing', key);
    return v;
  };
  const string = (o: Record<string, unknown>, key: string, name: string, optional = false) => {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || v.trim() === '') fail(name, 'must be a non-empty string');
  };
  const oneOf = (o: Record<string, unknown>, key: string, name: string, allowed: unknown[]) => {
    if (o[key] !== undefined && !allowed.includes(o[key]))
      fail(name, `must be ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`);
  };
  const strings = (v: unknown, name: string) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      fail(name, 'must be a list of strings');
  };

  object('');
  for (const k of ['title', 'source', 'publisher', 'licence', 'citation']) string(m, k, k);
  for (const k of ['licenceUrl', 'url', 'coverage']) string(m, k, k, true);
  // The id names output folders: letters, digits and dashes only, never a path.
  if (typeof m.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id))
    fail('id', 'must be lower-case letters, digits and single dashes (it names folders)');
  strings(m.header, 'header');
  const header = (m.header as string[]).map((h) => h.trim());
  if (header.length === 0) fail('header', 'must name at least one column');
  const twice = header.find((h, i) => header.indexOf(h) !== i);
  if (twice !== undefined) fail('header', `names column "${twice}" twice`);
  string(m, 'hsEdition', 'hsEdition');
  const ed = m.hsEdition as string;
  if (!isInForce(ed) && !parseHsEdition(ed))
    fail('hsEdition', `"${ed}" is not an HS edition (HS2017, HS22…) or "in force"`);
  if (typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency))
    fail('currency', 'must be an ISO 4217 code such as "USD"');
  oneOf(m, 'flow', 'flow', ['export', 'import']);
  const column = (o: Record<string, unknown>, key: string, name: string) => {
    string(o, key, name);
    if (!header.includes((o[key] as string).trim()))
      fail(name, `"${String(o[key])}" is not a column of "header"`);
  };
  const iso3 = (v: unknown, name: string) => {
    if (typeof v !== 'string' || !/^[A-Z]{3}$/.test(v))
      fail(name, 'must be a three-letter code such as "TWN"');
  };

  const reporter = object('reporter');
  if ((reporter.iso3 === undefined) === (reporter.column === undefined))
    fail('reporter', 'needs exactly one of "iso3" and "column"');
  if (reporter.iso3 !== undefined) iso3(reporter.iso3, 'reporter.iso3');
  else column(reporter, 'column', 'reporter.column');

  const partner = object('partner');
  if ((partner.column === undefined) === (partner.fixed === undefined))
    fail('partner', 'needs exactly one of "column" and "fixed"');
  if (partner.fixed !== undefined) iso3(partner.fixed, 'partner.fixed');
  else column(partner, 'column', 'partner.column');
  if (partner.world !== undefined) strings(partner.world, 'partner.world');
  string(partner, 'names', 'partner.names', true);
  if (partner.iso3 !== undefined) {
    if (!isObject(partner.iso3)) fail('partner.iso3', 'must be an object of names to codes');
    for (const [k, v] of Object.entries(partner.iso3 as Record<string, unknown>))
      iso3(v, `partner.iso3.${k}`);
  }

  const period = object('period');
  column(period, 'column', 'period.column');
  oneOf(period, 'frequency', 'period.frequency', ['year', 'month']);
  oneOf(period, 'calendar', 'period.calendar', ['gregorian', 'roc']);

  const product = object('product');
  column(product, 'column', 'product.column');
  if (product.totals !== undefined) strings(product.totals, 'product.totals');

  const value = object('value');
  column(value, 'column', 'value.column');
  oneOf(value, 'scale', 'value.scale', [1, 1000]);

  if (m.quantity !== undefined) {
    const quantity = object('quantity');
    column(quantity, 'column', 'quantity.column');
    oneOf(quantity, 'unit', 'quantity.unit', ['t', 'kg']);
  }
  return m as unknown as Mapping;
}

/** The names table a mapping points to: an object of the file's names to English names. */
function readNames(mappingPath: string, names: string): Record<string, string> {
  const path = resolve(dirname(mappingPath), names);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message.replace(/, ".*" is not valid JSON$/s, '');
    throw new InputError(mappingPath, 1, `partner.names "${names}" cannot be read (${msg})`);
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    Object.values(json).some((v) => typeof v !== 'string')
  )
    throw new InputError(
      mappingPath,
      1,
      `partner.names "${names}" must hold a JSON object of names to English names`,
    );
  return json as Record<string, string>;
}
