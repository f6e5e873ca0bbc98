import { alpha2ToIso3 } from '../normalize/countries.ts';
import { editionInForce } from '../normalize/hs.ts';
import { parseScaled } from '../normalize/numbers.ts';
import type { AggregateRow, FlowReader, FlowRow, RowProblem } from './types.ts';

const HEADER = 'period,reporter,partner,product,value_eur';

/**
 * Eurostat Comext (DS-045409) extracts in long form: monthly exports declared by EU member
 * states, in euros, by CN8 code. CN8 codes roll up to their HS6 subheading; rows at chapter
 * or heading level (2 or 4 digits) are totals of the CN8 rows beneath them and are counted as
 * aggregates, never added. The CN of each year follows the HS edition then in force, so rows
 * carry their own edition (2020-2021 HS2017, 2022 HS2022) and lists are converted per year.
 */
export const eurostatComextReader: FlowReader = {
  kind: 'flows',
  format: 'Eurostat Comext (period,reporter,partner,product,value_eur)',
  matches: (h) => h.map((x) => x.trim().toLowerCase()).join(',') === HEADER,
  open() {
    return {
      dataset: {
        id: 'eurostat-comext',
        title:
          'Eurostat Comext, EU-27 exports to Russia and its neighbours (sanctioned CN8 codes), monthly',
        source:
          'Eurostat Comext DS-045409 (EU trade since 1988 by HS2-4-6 and CN8), extractions of January 2023, via vzemlys/ruimpeks',
        publisher: 'Eurostat',
        licence: 'CC BY 4.0 (Source: Eurostat)',
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
        citation:
          'Source: Eurostat, Comext DS-045409, EU-27 exports by CN8 to RU, BY, KZ, GE, AM, UZ, KG, 2020-01 to 2022-11 (extracted January 2023).',
        url: 'https://ec.europa.eu/eurostat/comext/newxtweb/',
        // The latest year's edition; earlier years are listed in the manifest's yearEditions.
        hsEdition: 'HS2022',
        granularity: 'hs6',
        currency: 'EUR',
        frequency: 'month',
        mirror: false,
        coverage:
          "exports declared by the 27 EU member states to Russia, Belarus, Kazakhstan, Georgia, Armenia, Uzbekistan and Kyrgyzstan, under the CN codes of the EU's Russia sanctions annexes (chapters 28-90)",
      },
      parse(f): FlowRow | RowProblem | AggregateRow {
        if (f.length !== 5)
          return { problem: `wrong number of fields: ${f.length} instead of 5`, value: null };
        const [periodRaw = '', reporterRaw = '', partnerRaw = '', productRaw = '', valueRaw = ''] =
          f;
        const value = parseScaled(valueRaw, 0, 'value');
        if (!value.ok) return { problem: value.reason, value: null };
        const period = periodRaw.trim();
        const p = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
        if (!p)
          return { problem: `invalid period "${period}" (expected YYYY-MM)`, value: value.value };
        const year = Number(p[1]);
        const edition = editionInForce(year);
        if (!edition) return { problem: `no HS edition in force in ${year}`, value: value.value };
        const product = productRaw.trim();
        if (/^\d{2}$|^\d{4}$/.test(product)) {
          return {
            aggregate: `${product.length === 2 ? 'chapter' : 'HS4 heading'} total (the CN8 rows under it are the detail)`,
            value: value.value,
          };
        }
        if (!/^\d{8}$/.test(product)) {
          return {
            problem: `product "${product}" is not a CN8 code (8 digits) nor a chapter or heading total`,
            value: value.value,
          };
        }
        const exporter = alpha2ToIso3(reporterRaw);
        if (!exporter)
          return { problem: `unknown reporter "${reporterRaw.trim()}"`, value: value.value };
        const importer = alpha2ToIso3(partnerRaw);
        if (!importer)
          return { problem: `unknown partner "${partnerRaw.trim()}"`, value: value.value };
        return {
          year,
          period,
          exporter,
          importer,
          hs6: product.slice(0, 6),
          category: null,
          detail: product,
          value: value.value,
          quantityKg: null,
          edition,
          repairs: value.rounded ? ['value rounded to the whole euro'] : [],
        };
      },
    };
  },
};
