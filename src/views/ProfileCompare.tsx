import { useId } from 'react';
import { hhi, topShare } from '../derive/indicators.ts';
import type { SeriesRow } from '../derive/map-model.ts';
import { profileBy, standing, type Standing } from '../derive/profile.ts';
import { formatAmount, formatChange, formatInteger, formatShare } from '../format/number.ts';
import type { ColumnarShard, DatasetMeta, MapColumns } from '../schema/manifest.ts';
import type { Flow } from '../state/url-state.ts';
import type { CountryProfileProps } from './CountryProfile.tsx';
import { DataTable, type Row } from './ProfileParts.tsx';
import type { ViewProps } from './types.ts';

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

/** The selected year and the comparison year side by side: totals, standing, concentration. */
export function Comparison(
  props: CountryProfileProps & {
    map2: ColumnarShard<MapColumns>;
    keys: ReadonlySet<string>;
    seriesOf: (m: ColumnarShard<MapColumns>, flow: Flow) => SeriesRow[];
    stand: { ex: Standing; im: Standing };
  },
) {
  const { state, t, lang, nameOf, ds, shard, keys, seriesOf } = props;
  const y1 = state.year;
  const y2 = state.year2;
  const later = Math.max(y1, y2);
  const earlier = Math.min(y1, y2);
  const at = (year: number) => {
    const m = year === y1 ? props.map : props.map2;
    const s =
      year === y1
        ? props.stand
        : {
            ex: standing(seriesOf(m, 'export'), state.country, year, [year], props.covered),
            im: standing(seriesOf(m, 'import'), state.country, year, [year], props.covered),
          };
    const p = (flow: Flow) => profileBy(shard, 'partner', flow, year, keys).rows;
    return { ...s, px: p('export'), pm: p('import') };
  };
  const e = at(earlier);
  const l = at(later);
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const rank = (s: Standing) => (s.rank > 0 ? formatInteger(s.rank, lang) : '–');
  const num = (v: number) => formatInteger(v, lang);
  const change = (x: number, y: number) => (x > 0 ? formatChange((y - x) / x, lang) : '–');
  const vals = (rows: { value: number }[]) => rows.map((r) => r.value);
  const rows: Row[] = [
    [
      'ex',
      t('pgExports'),
      money(e.ex.value),
      money(l.ex.value),
      change(e.ex.value, l.ex.value),
      l.ex.value,
    ],
    [
      'im',
      t('pgImports'),
      money(e.im.value),
      money(l.im.value),
      change(e.im.value, l.im.value),
      l.im.value,
    ],
    [
      'bal',
      t('pgBalance'),
      money(e.ex.value - e.im.value),
      money(l.ex.value - l.im.value),
      '',
      l.ex.value - l.im.value,
    ],
    ['rx', t('prRankExports'), rank(e.ex), rank(l.ex), '', undefined],
    ['rm', t('prRankImports'), rank(e.im), rank(l.im), '', undefined],
    [
      'sx',
      t('prShareExports'),
      formatShare(e.ex.share, lang),
      formatShare(l.ex.share, lang),
      '',
      undefined,
    ],
    [
      'sm',
      t('prShareImports'),
      formatShare(e.im.share, lang),
      formatShare(l.im.share, lang),
      '',
      undefined,
    ],
    ['hx', t('prHhiExports'), num(hhi(vals(e.px))), num(hhi(vals(l.px))), '', undefined],
    ['hm', t('prHhiImports'), num(hhi(vals(e.pm))), num(hhi(vals(l.pm))), '', undefined],
    [
      'tx',
      t('prTop3Exports'),
      formatShare(topShare(vals(e.px)), lang),
      formatShare(topShare(vals(l.px)), lang),
      '',
      undefined,
    ],
    [
      'tm',
      t('prTop3Imports'),
      formatShare(topShare(vals(e.pm)), lang),
      formatShare(topShare(vals(l.pm)), lang),
      '',
      undefined,
    ],
  ].map(([key, head, c1, c2, c3, v]) => ({
    key: String(key),
    head: String(head),
    cells: [
      { text: String(c1) },
      { text: String(c2), value: v as number | undefined },
      { text: String(c3) },
    ],
  }));
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
        { text: change(v(pe, k), v(pl, k)) },
      ],
    }));
  };
  const years = { year: String(earlier), year2: String(later) };
  return (
    <section aria-labelledby="pr-compare-h" data-testid="compare-years">
      <h3 id="pr-compare-h">{t('prCompareHeading', years)}</h3>
      <DataTable
        testId="compare-table"
        caption={t('prCompareCaption', {
          ...years,
          country: nameOf(state.country),
          currency: ds.currency,
        })}
        head={[t('prIndicator'), String(earlier), String(later), t('prChange')]}
        rows={rows}
        empty=""
      />
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`compare-partners-${flow}`}
            caption={t(
              flow === 'export' ? 'prComparePartnersExport' : 'prComparePartnersImport',
              years,
            )}
            head={[t('pgPartner'), String(earlier), String(later), t('prChange')]}
            rows={partnerRows(flow)}
            empty={t('pgNoTradeDirection')}
          />
        ))}
      </div>
    </section>
  );
}
