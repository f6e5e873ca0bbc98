import { isIsoAlpha3 } from '../normalize/countries.ts';
import { parseScaled } from '../normalize/numbers.ts';
import type { FlowReader, FlowRow, RowProblem } from './types.ts';

const HEADER = 'source,source_iso3,recipient,recipient_iso3,year,category,value_usd';

/** JRC fuel-cycle categories as written in the flows file -> ids of data/lists/jrc-nuclear.csv. */
const CATEGORY: Record<string, string> = {
  Mining: 'mining',
  Enrichment: 'enrichment',
  'Fuel fabrication': 'fuel-fabrication',
  'Power Plant': 'power-plant',
  'Spent Fuel / HLW': 'spent-fuel-hlw',
  Ignore: 'ignore',
};

/**
 * JRC Nuclear Trade Atlas flows as published by 360info: bilateral values in USD, already
 * summed into fuel-cycle categories (no HS6 detail).
 */
export const jrcNuclearReader: FlowReader = {
  kind: 'flows',
  format: 'JRC Nuclear Trade Atlas category flows',
  matches: (h) => h.map((x) => x.trim().toLowerCase()).join(',') === HEADER,
  open(_file, _header, ref) {
    const resolve = (code: string): { iso3: string; repaired: boolean } | null => {
      const c = code.trim().toUpperCase();
      if (isIsoAlpha3(c)) return { iso3: c, repaired: false };
      const alias = ref.aliases.get(c);
      if (alias) return { iso3: alias.iso3, repaired: true };
      return null;
    };
    return {
      dataset: {
        id: 'jrc-nuclear',
        title: 'JRC Nuclear Trade Atlas, fuel-cycle categories',
        source: 'EC Joint Research Centre, Nuclear Trade Atlas (2023 release), via 360info',
        publisher: 'European Commission Joint Research Centre; 360info',
        licence: 'CC BY 4.0',
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
        citation:
          'European Commission, Joint Research Centre: Nuclear Trade Atlas (2023). Data as published by 360info, report-nuclearpower (Nigel Marks, Curtin University), CC BY 4.0.',
        url: 'https://github.com/360-info/report-nuclearpower',
        hsEdition: 'HS2017',
        granularity: 'category',
        categoryList: 'jrc-nuclear',
        currency: 'USD',
        frequency: 'year',
        mirror: false,
      },
      parse(f): FlowRow | RowProblem {
        if (f.length < 7)
          return { problem: `truncated line: ${f.length} of 7 fields`, value: null };
        if (f.length > 7)
          return { problem: `too many fields: ${f.length} instead of 7`, value: null };
        // Names (columns 0 and 2) are not used: codes are resolved, names come from ISO tables.
        const [, s = '', , r = '', y = '', cat = '', v = ''] = f;
        const value = parseScaled(v, 0, 'value');
        if (!value.ok) return { problem: value.reason, value: null };
        if (!/^\d{4}$/.test(y.trim()))
          return { problem: `invalid year "${y}"`, value: value.value };
        const exporter = resolve(s);
        if (!exporter) return { problem: `unknown exporter code "${s}"`, value: value.value };
        const importer = resolve(r);
        if (!importer) return { problem: `unknown importer code "${r}"`, value: value.value };
        const category = CATEGORY[cat.trim()];
        if (!category) return { problem: `unknown category "${cat}"`, value: value.value };
        const repairs: string[] = [];
        if (exporter.repaired || importer.repaired) repairs.push('country code alias applied');
        if (value.rounded) repairs.push('value rounded to the dollar');
        return {
          year: Number(y),
          period: y.trim(),
          exporter: exporter.iso3,
          importer: importer.iso3,
          hs6: null,
          category,
          value: value.value,
          quantityKg: null,
          repairs,
        };
      },
    };
  },
};
