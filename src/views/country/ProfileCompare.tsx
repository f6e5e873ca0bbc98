import { useId } from 'react';
import { hhi, topShare } from '../../derive/indicators.ts';
import type { Headline, SecondFigures } from '../../derive/profile-figures.ts';
import { periodLabel } from '../../derive/months.ts';
import { reachLimited } from '../../derive/resolve.ts';
import { formatAmount, formatChange, formatInteger, formatShare } from '../../format/number.ts';
import type { DatasetMeta } from '../../schema/manifest.ts';
import type { Flow } from '../../state/params.ts';
import type { CountryProfileProps } from './profile-props.ts';
import { DataTable, type Row } from '../ProfileParts.tsx';
import type { ViewProps } from '../../state/view-props.ts';

/** The `year2` choice: another year of the dataset to set beside the selected one. */
export function Year2Select(props: ViewProps & { ds: DatasetMeta }) {
  const { ds, state, t, update } = props;
  const id = useId();
  const others = ds.years.filter((y) => y !== state.year);
  if (others.length === 0) return null;
  return (
    <div className="pg-selects">
      <label htmlFor={id}>
        {t('prCompareYear')}{' '}
        <select
          id={id}
          value={String(state.year2)}
          onChange={(e) => update({ year2: Number(e.target.value) })}
        >
          <option value="0">{t('prNone')}</option>
          {others.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

const TOP = 10;

/**
 * The shown year and the second year side by side: totals, standing and concentration over
 * the same months (figures.second), partners by whole year with the months each holds named.
 */
export function Comparison(props: CountryProfileProps & { second: SecondFigures }) {
  const { state, t, lang, nameOf, res, second } = props;
  const ds = res.dataset;
  const y1 = res.period.year;
  const y2 = second.year;
  const later = Math.max(y1, y2);
  const earlier = Math.min(y1, y2);
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  // Totals are over the months both years hold; partners over each whole year.
  const overMonths = (y: number) =>
    periodLabel(ds, y, 0, lang, partial, second.months.length > 0 ? second.months : undefined);
  const whole = (y: number) => periodLabel(ds, y, 0, lang, partial);
  const at = (year: number) => {
    const s = year === y1 ? second.shown : second.other;
    const p = year === y1 ? second.partnersShown : second.partnersOther;
    return { ex: s.export, im: s.import, px: p.export, pm: p.import };
  };
  const e = at(earlier);
  const l = at(later);
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const rank = (s: Headline) => (s.covered && s.rank > 0 ? formatInteger(s.rank, lang) : '–');
  const num = (v: number) => formatInteger(v, lang);
  const change = (x: number, y: number) => (x > 0 ? formatChange((y - x) / x, lang) : '–');
  const vals = (rows: { value: number }[]) => rows.map((r) => r.value);
  const noData = t('covNotCovered');
  const amount = (h: Headline) =>
    h.covered ? { text: money(h.value), value: h.value } : { text: noData, noData: true };
  const moneyRow = (key: string, head: string, a: Headline, b: Headline): Row => ({
    key,
    head,
    cells: [
      amount(a),
      amount(b),
      { text: a.covered && b.covered ? change(a.value, b.value) : '–' },
    ],
  });
  const plain = (key: string, head: string, a: string, b: string): Row => ({
    key,
    head,
    cells: [{ text: a }, { text: b }, { text: '' }],
  });
  const balance = (x: { ex: Headline; im: Headline }) =>
    x.ex.covered && x.im.covered
      ? { text: money(x.ex.value - x.im.value), value: x.ex.value - x.im.value }
      : { text: noData, noData: true };
  const shareOf = (h: Headline) => (h.covered ? formatShare(h.share, lang) : '–');
  // A side the data do not speak for has no partners to measure: "–", not 0.
  const hhiOf = (h: Headline, rows: { value: number }[]) =>
    h.covered ? num(hhi(vals(rows))) : '–';
  const top3Of = (h: Headline, rows: { value: number }[]) =>
    h.covered ? formatShare(topShare(vals(rows)), lang) : '–';
  // Data that speak for some places only (Eurostat) rank among those, not in the world.
  const limited = reachLimited(ds);
  const rows: Row[] = [
    moneyRow('ex', t('pgExports'), e.ex, l.ex),
    moneyRow('im', t('pgImports'), e.im, l.im),
    { key: 'bal', head: t('pgBalance'), cells: [balance(e), balance(l), { text: '' }] },
    plain('rx', t(limited ? 'covRankExports' : 'prRankExports'), rank(e.ex), rank(l.ex)),
    plain('rm', t(limited ? 'covRankImports' : 'prRankImports'), rank(e.im), rank(l.im)),
    plain('sx', t(limited ? 'covShareExports' : 'prShareExports'), shareOf(e.ex), shareOf(l.ex)),
    plain('sm', t(limited ? 'covShareImports' : 'prShareImports'), shareOf(e.im), shareOf(l.im)),
    plain('hx', t('prHhiExports'), hhiOf(e.ex, e.px), hhiOf(l.ex, l.px)),
    plain('hm', t('prHhiImports'), hhiOf(e.im, e.pm), hhiOf(l.im, l.pm)),
    plain('tx', t('prTop3Exports'), top3Of(e.ex, e.px), top3Of(l.ex, l.px)),
    plain('tm', t('prTop3Imports'), top3Of(e.im, e.pm), top3Of(l.im, l.pm)),
  ];
  const partnerRows = (flow: Flow): Row[] => {
    const pe = flow === 'export' ? e.px : e.pm;
    const pl = flow === 'export' ? l.px : l.pm;
    const shown = [...new Set([...pl.slice(0, TOP), ...pe.slice(0, TOP)].map((r) => r.key))];
    const v = (rs: typeof pe, k: string) => rs.find((r) => r.key === k)?.value ?? 0;
    return shown.map((k) => ({
      key: k,
      head: nameOf(k),
      cells: [
        { text: money(v(pe, k)), value: v(pe, k) },
        { text: money(v(pl, k)), value: v(pl, k) },
        { text: second.sameMonths ? change(v(pe, k), v(pl, k)) : '–' },
      ],
    }));
  };
  const years = { year: overMonths(earlier), year2: overMonths(later) };
  const wholeYears = { year: whole(earlier), year2: whole(later) };
  return (
    <section aria-labelledby="pr-compare-h" data-testid="compare-years">
      <h3 id="pr-compare-h">{t('prCompareHeading', years)}</h3>
      {second.months.length > 0 && (
        <p className="pg-note" role="note" data-testid="compare-months">
          {t('covMonthsCompared', { a: years.year, b: years.year2 })}
        </p>
      )}
      <DataTable
        testId="compare-table"
        caption={t('prCompareCaption', {
          ...years,
          country: nameOf(state.country),
          currency: ds.currency,
        })}
        head={[t('prIndicator'), years.year, years.year2, t('prChange')]}
        rows={rows}
        empty=""
      />
      {!second.sameMonths && (
        <p className="pg-note" role="note" data-testid="compare-partners-months">
          {t('covMonthsDiffer', { a: wholeYears.year, b: wholeYears.year2 })}
        </p>
      )}
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`compare-partners-${flow}`}
            caption={t(
              flow === 'export' ? 'prComparePartnersExport' : 'prComparePartnersImport',
              wholeYears,
            )}
            head={[t('pgPartner'), wholeYears.year, wholeYears.year2, t('prChange')]}
            rows={partnerRows(flow)}
            empty={t(
              l[flow === 'export' ? 'ex' : 'im'].covered ? 'pgNoTradeDirection' : 'covNotCovered',
            )}
          />
        ))}
      </div>
    </section>
  );
}
