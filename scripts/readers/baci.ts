import { basename } from 'node:path';
import type { HsEdition } from '../../src/schema/manifest.ts';
import { editionFromFileName } from '../normalize/hs.ts';
import { normalizeHs6 } from '../normalize/hs.ts';
import { numericToIso3 } from '../normalize/countries.ts';
import { parseScaled } from '../normalize/numbers.ts';
import type { FlowReader, FlowRow, ReferenceData, RowProblem } from './types.ts';

const HEADER = ['t', 'i', 'j', 'k', 'v', 'q'];

/**
 * CEPII BACI: one row per year, exporter, importer and HS6 code; value in thousands of USD,
 * quantity in metric tons (often empty). Country codes are BACI's own numeric codes.
 */
export const baciReader: FlowReader = {
  kind: 'flows',
  format: 'BACI (t,i,j,k,v,q)',
  matches: (header) =>
    header.length === 6 && header.every((h, n) => h.trim().toLowerCase() === HEADER[n]),
  open(file, _header, ref, opts, first) {
    const name = basename(file);
    const m = /BACI_HS(\d\d)_Y\d{4}_V(\d+)/i.exec(name);
    // A BACI file holds one year: the one its name gives (BACI_HS22_Y2023_...), else its
    // first row's. A row of another year is an error, whether its code is on a list or not.
    const named = /(?:^|_)Y(\d{4})(?=[_.]|$)/i.exec(name)?.[1];
    const firstYear = (first?.[0] ?? '').trim();
    const fileYear = named ? Number(named) : /^\d{4}$/.test(firstYear) ? Number(firstYear) : null;
    const edition = editionFromFileName(name) ?? opts.hsEdition ?? onlyEdition(ref);
    if (!edition) {
      throw new Error(
        'cannot tell the HS edition: name the file like BACI_HS22_Y2023_V202501.csv, put one BACI product_codes_HSxx file beside it, or pass --hs-edition',
      );
    }
    const release = m?.[2] ?? null;
    const short = edition.slice(2).replace(/^20|^19/, '');
    const id = release ? `baci-hs${short}-v${release}` : `baci-hs${short}`;
    const known = ref.products.get(edition) ?? null;
    const resolve = (code: string): string | null => {
      const c = code.trim();
      const fromFile = ref.baciCountries.get(c);
      if (fromFile) return ref.aliases.get(fromFile.iso3)?.iso3 ?? fromFile.iso3;
      return numericToIso3(c);
    };
    // Each code as written resolved once: a full release has ten million rows and a few
    // hundred codes.
    const resolved = new Map<string, string | null>();
    const country = (code: string): string | null => {
      let iso3 = resolved.get(code);
      if (iso3 === undefined) resolved.set(code, (iso3 = resolve(code)));
      return iso3;
    };
    const yearText = fileYear === null ? null : String(fileYear);
    return {
      dataset: {
        id,
        title: `CEPII BACI, ${edition}${release ? `, release ${release}` : ''}`,
        source: 'CEPII BACI: international trade database at the product level',
        publisher: 'CEPII',
        licence: 'Etalab Open Licence 2.0',
        licenceUrl: 'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
        citation:
          'Gaulier, G. and Zignago, S. (2010). BACI: International Trade Database at the Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23. Data: CEPII BACI' +
          (release ? ` release ${release}` : '') +
          '.',
        url: 'https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
        hsEdition: edition,
        granularity: 'hs6',
        currency: 'USD',
        frequency: 'year',
        mirror: false,
      },
      bulk: {
        valueDecimals: 3,
        countries: countryTable(resolve, ref),
        knownCodes: known ? new Set(known.keys()) : null,
        year: fileYear,
      },
      parse(f): FlowRow | RowProblem {
        if (f.length < 6)
          return { problem: `truncated line: ${f.length} of 6 fields`, value: null };
        if (f.length > 6)
          return { problem: `too many fields: ${f.length} instead of 6`, value: null };
        const [t = '', i = '', j = '', k = '', v = '', q = ''] = f;
        const value = parseScaled(v, 3, 'value');
        const valueOrNull = value.ok ? value.value : null;
        if (!value.ok) return { problem: value.reason, value: null };
        if (t !== yearText) {
          if (!/^\d{4}$/.test(t.trim()))
            return { problem: `invalid year "${t}"`, value: valueOrNull };
          if (fileYear !== null && Number(t) !== fileYear)
            return {
              problem: `year "${t.trim()}" is not the file's year "${fileYear}"`,
              value: valueOrNull,
            };
        }
        const exporter = country(i);
        if (!exporter) return { problem: `unknown exporter code "${i}"`, value: valueOrNull };
        const importer = country(j);
        if (!importer) return { problem: `unknown importer code "${j}"`, value: valueOrNull };
        const hs = normalizeHs6(k, known);
        if (!hs.ok) return { problem: hs.reason, value: valueOrNull };
        let quantityKg: number | null = null;
        if (q.trim() !== '') {
          const qty = parseScaled(q, 3, 'quantity');
          if (!qty.ok) return { problem: qty.reason, value: valueOrNull };
          quantityKg = qty.value;
        }
        const repairs: string[] = [];
        if (hs.repaired) repairs.push('HS code leading zero restored');
        if (value.rounded) repairs.push('value rounded to the dollar');
        const year = Number(t);
        return {
          year,
          period: String(year),
          exporter,
          importer,
          hs6: hs.hs6,
          category: null,
          value: value.value,
          quantityKg,
          repairs,
        };
      },
    };
  },
};

/** Every code `resolve` accepts: the release's country file, and numeric codes 0-999 as written. */
function countryTable(
  resolve: (code: string) => string | null,
  ref: ReferenceData,
): Map<string, string> {
  const out = new Map<string, string>();
  const candidates = new Set(ref.baciCountries.keys());
  for (let n = 0; n < 1000; n++) {
    candidates.add(String(n));
    candidates.add(String(n).padStart(3, '0'));
  }
  for (const c of candidates) {
    const iso3 = resolve(c);
    if (iso3) out.set(c, iso3);
  }
  return out;
}

function onlyEdition(ref: ReferenceData): HsEdition | null {
  const editions = [...ref.products.keys()];
  return editions.length === 1 ? (editions[0] ?? null) : null;
}
