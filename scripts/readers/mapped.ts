import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { isIsoAlpha3 } from '../normalize/countries.ts';
import { parseHsEdition } from '../normalize/hs.ts';
import { parseScaled } from '../normalize/numbers.ts';
import type { FlowReader, FlowRow, RowProblem } from './types.ts';

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
  hsEdition: string;
  currency: string;
  /** The flow the file reports, seen from the reporter. */
  flow: 'export' | 'import';
  reporter: { iso3: string } | { column: string };
  partner: {
    column: string;
    /** A JSON object mapping the file's names to English names, relative to the mapping file. */
    names?: string;
    /** English (or original) names that need an explicit ISO3 code. */
    iso3?: Record<string, string>;
  };
  /** `YYYY` or `YYYY-MM` values; `frequency` says which the file holds (default year). */
  period: { column: string; frequency?: 'year' | 'month' };
  /** National codes (8, 10, 11 digits…): their first six digits are the HS6 subheading. */
  product: { column: string };
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
  const edition = parseHsEdition(m.hsEdition);
  if (!edition) throw new Error(`${path}: unknown hsEdition "${m.hsEdition}"`);
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
      const iPartner = col(m.partner.column);
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
        },
        parse(f): FlowRow | RowProblem {
          if (f.length !== fileHeader.length) {
            return {
              problem: `wrong number of fields: ${f.length} instead of ${fileHeader.length}`,
              value: null,
            };
          }
          const value = parseScaled(f[iValue] ?? '', digits, 'value');
          if (!value.ok) return { problem: value.reason, value: null };
          const period = (f[iPeriod] ?? '').trim();
          const p = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
          if (!p) return { problem: `invalid period "${period}"`, value: value.value };
          const code = (f[iProduct] ?? '').trim().replace(/[.\s]/g, '');
          if (!/^\d{6,12}$/.test(code))
            return { problem: `malformed product code "${code}"`, value: value.value };
          const partnerRaw = f[iPartner] ?? '';
          const partner = resolvePartner(partnerRaw);
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
          return {
            year: Number(p[1]),
            period,
            exporter,
            importer,
            hs6: code.slice(0, 6),
            category: null,
            detail: code.length > 6 ? code : undefined,
            value: value.value,
            quantityKg,
            repairs: value.rounded ? ['value rounded to the whole currency unit'] : [],
          };
        },
      };
    },
  };
}
