import {
  breakdownOf,
  columnIndex,
  comtradeDataset,
  comtradeRow,
  fieldCountProblem,
  type ComtradeRecord,
} from './comtrade-legacy.ts';
import type { FlowReader } from './types.ts';

const REQUIRED = ['reporterCode', 'partnerCode', 'flowCode', 'cmdCode', 'primaryValue'];

/**
 * UN Comtrade Plus: the API's JSON responses ({elapsedTime, count, data: [records]}, read as
 * a table by scripts/lib/json-records.ts) and the bulk CSV files, whose header is the same
 * field names (reporterCode, partnerCode, flowCode, cmdCode, primaryValue...). Columns are
 * found by name; ISO fields and descriptions are optional (bulk files have codes only).
 * Row semantics are shared with the legacy reader (comtrade-legacy.ts).
 */
export const comtradePlusReader: FlowReader = {
  kind: 'flows',
  format: 'UN Comtrade Plus (reporterCode,partnerCode,flowCode,cmdCode,primaryValue...)',
  matches(header) {
    const col = columnIndex(header);
    return REQUIRED.every((n) => col(n) >= 0) && (col('refYear') >= 0 || col('period') >= 0);
  },
  open(_file, header, ref, opts, first) {
    const col = columnIndex(header);
    const has = (name: string) => col(name) >= 0;
    const at = (f: string[], name: string) => {
      const n = col(name);
      return n >= 0 ? (f[n] ?? '') : '';
    };
    const numbers = [
      ['CIF value', 'cifvalue'],
      ['FOB value', 'fobvalue'],
      ['quantity', 'qty'],
      ['alternative quantity', 'altQty'],
      ['gross weight', 'grossWgt'],
    ] as const;
    const frequency = (f: string[]): ComtradeRecord['frequency'] => {
      const freq = at(f, 'freqCode').trim().toUpperCase();
      if (freq === 'A') return 'annual';
      if (freq === 'M') return 'monthly';
      if (freq !== '') return { problem: `unknown frequency code "${freq}"` };
      const month = at(f, 'refMonth').trim();
      if (month === '52') return 'annual';
      if (/^(0?[1-9]|1[0-2])$/.test(month)) return 'monthly';
      const period = at(f, 'period').trim();
      if (/^\d{4}$/.test(period)) return 'annual';
      if (/^\d{6}$/.test(period)) return 'monthly';
      return { problem: `invalid period "${period}"` };
    };
    const file = first && frequency(first) === 'monthly' ? 'monthly' : 'annual';
    const month = (f: string[]) => {
      const m = at(f, 'refMonth').trim();
      return m !== '' && m !== '52' ? m : at(f, 'period').trim().slice(4);
    };
    return {
      dataset: comtradeDataset('comtrade-plus', 'Comtrade Plus API or bulk files', file),
      parse(f) {
        const count = fieldCountProblem(f, header.length);
        if (count) return count;
        const type = at(f, 'typeCode').trim().toUpperCase();
        const aggregate = at(f, 'isAggregate').trim().toLowerCase();
        return comtradeRow(
          {
            classification: at(f, 'classificationCode'),
            year: has('refYear') ? at(f, 'refYear') : at(f, 'period').trim().slice(0, 4),
            frequency: frequency(f),
            month: month(f),
            flow: at(f, 'flowCode'),
            reporterCode: at(f, 'reporterCode'),
            reporterIso: at(f, 'reporterISO'),
            partnerCode: at(f, 'partnerCode'),
            partnerIso: at(f, 'partnerISO'),
            cmdCode: at(f, 'cmdCode'),
            isAggregate: aggregate === 'true' || aggregate === '1',
            breakdown: breakdownOf({
              partner2: at(f, 'partner2Code'),
              customs: at(f, 'customsCode'),
              transport: at(f, 'motCode'),
              supply: at(f, 'mosCode'),
            }),
            notGoods:
              type === '' || type === 'C'
                ? null
                : `trade type "${type}" is not goods (typeCode C): services are not read`,
            value: at(f, 'primaryValue'),
            netWeightKg: at(f, 'netWgt'),
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
