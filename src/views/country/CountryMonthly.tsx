import type { MessageKey } from '../../i18n/messages.ts';
import { useMemo } from 'react';
import type { SeriesPoint } from '../../charts/timeseries/layout.ts';
import { TimeSeries, type SeriesDef } from '../../charts/timeseries/TimeSeries.tsx';
import { editionBreaks, monthKey, monthYear, type MonthPoint } from '../../derive/months.ts';
import { monthlyFigures } from '../../derive/figures.ts';
import { reachOf, type Resolved } from '../../derive/resolve.ts';
import { selectionLabel } from '../../derive/list-info.ts';
import type { Loaded } from '../../data/use-data.ts';
import { formatAmount, formatMoney } from '../../format/number.ts';
import type { ColumnarShard, MonthColumns } from '../../schema/manifest.ts';
import { linkTo } from '../../ui/link-to.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { DataErrorNote } from '../../ui/DataStatus.tsx';

/**
 * The country page's monthly section (monthly datasets only): exports and imports of the
 * list or category for every month of every year, the HS edition breaks, and the same values
 * as a table. Months exist by list and category, not by code: a selection by code says so.
 */
export function CountryMonthly(
  props: ViewProps & {
    res: Resolved;
    shards: Loaded<ColumnarShard<MonthColumns>[]>;
  },
) {
  const { res, shards, state, t, nameOf } = props;
  const ds = res.dataset;
  const iso3 = state.country;
  const monthly = useMemo(
    () => (shards.status === 'ready' ? monthlyFigures(res, shards.data, iso3) : null),
    [shards, res, iso3],
  );
  const reach = useMemo(
    () => ({
      export: reachOf(ds, 'export').includes(iso3),
      import: reachOf(ds, 'import').includes(iso3),
    }),
    [ds, iso3],
  );
  if (shards.status === 'error') {
    return <DataErrorNote t={t} failure={shards} />;
  }
  return <MonthlyChart {...props} name={nameOf(iso3)} monthly={monthly} reach={reach} />;
}

/** A month of a country or a group: null on a side the data give no value for. */
type ChartMonth = Omit<MonthPoint, 'export' | 'import'> & {
  export: number | null;
  import: number | null;
};

/**
 * Exports and imports of the selection in every month of the dataset, for a country or a group
 * (`name`): the chart, its table, the peaks in words, the sides not drawn and why, and the HS
 * edition breaks. A side is drawn when the data reach it in every month and hold some trade.
 */
export function MonthlyChart(
  props: ViewProps & {
    res: Resolved;
    name: string;
    monthly: readonly ChartMonth[] | null;
    reach: Record<'export' | 'import', boolean>;
    /** What a side the data do not cover is said as ({flow}): a place's wording by default. */
    notCoveredKey?: MessageKey;
  },
) {
  const { res, monthly, reach, name, state, t, lang, update } = props;
  const notCoveredKey = props.notCoveredKey ?? 'covNotCoveredTip';
  const ds = res.dataset;
  const exportsWord = t('pgExports');
  const importsWord = t('pgImports');
  const { series, points, drawn } = useMemo(() => {
    const all: (SeriesDef & { key: 'export' | 'import' })[] = [
      { id: 'export', key: 'export', label: exportsWord, className: 'ts-export' },
      { id: 'import', key: 'import', label: importsWord, className: 'ts-import' },
    ];
    // A direction with nothing in any month (EU reporters' partners have no exports here)
    // is left out of the chart and said in words instead of drawn as a flat zero line.
    const shown = all.filter(
      (s) =>
        reach[s.key] &&
        (monthly ?? []).every((p) => p[s.key] !== null) &&
        monthly?.some((p) => (p[s.key] ?? 0) > 0),
    );
    const pts: SeriesPoint[] = (monthly ?? []).map((p) => ({
      key: p.month,
      year: p.year,
      month: p.m,
      values: shown.map((s) => p[s.key] ?? 0),
    }));
    return {
      series: shown.length > 0 ? shown : all,
      points: pts,
      drawn: new Set(shown.map((s) => s.key)),
    };
  }, [monthly, exportsWord, importsWord, reach]);
  const breaks = useMemo(
    () =>
      editionBreaks(ds).map((b) => ({
        key: monthKey(b.year, 1),
        label: t('moEditionMarker', { edition: b.to }),
        ...b,
      })),
    [ds, t],
  );

  if (res.kind === 'hs' || res.kind === 'codes')
    return (
      <p className="pg-note" role="note" data-testid="monthly-na">
        {t('covMonthlyForLists')}
      </p>
    );
  if (!monthly) return <p role="status">{t('loading')}</p>;
  const what = selectionLabel(res, null, t, lang);

  const currency = ds.currency;
  const country = name;
  const label = (p: { year: number; month: number }) => monthYear(lang, p.year, p.month);
  const first = points[0];
  const last = points[points.length - 1];
  // The month of each direction's peak, said in words for those who cannot see the lines.
  const peak = (key: 'export' | 'import') => {
    let best: ChartMonth | null = null;
    for (const p of monthly)
      if ((p[key] ?? 0) > 0 && (!best || (p[key] ?? 0) > (best[key] ?? 0))) best = p;
    if (!best) return '';
    return t(key === 'export' ? 'moPeakExport' : 'moPeakImport', {
      value: formatMoney(best[key] ?? 0, currency, lang),
      month: monthYear(lang, best.year, best.m),
    });
  };
  const absent = (['export', 'import'] as const).filter((k) => !drawn.has(k));

  return (
    <>
      <TimeSeries
        lang={lang}
        points={points}
        series={series}
        breaks={breaks}
        title={t('moChartTitle', { country, list: what, currency })}
        summary={[
          t('moChartSummary', {
            months: points.length,
            from: first ? label(first) : '',
            to: last ? label(last) : '',
          }),
          peak('export'),
          peak('import'),
        ]
          .filter(Boolean)
          .join(' ')}
        formatTick={(v) => formatMoney(v, currency, lang)}
        formatValue={(v) => formatAmount(v, currency, lang)}
        pointLabel={label}
        selectedKey={state.month > 0 ? monthKey(state.year, state.month) : ''}
        selectedNote={t('moSelectedMonth')}
        monthLink={(p) => linkTo(props, { view: 'map', year: p.year, month: p.month })}
        onSelect={(p) => update({ view: 'map', year: p.year, month: p.month })}
        tableToggle={t('moShowTable')}
        tableCaption={t('moTableCaption', { country, list: what, currency })}
        tableHint={t('moTableHint')}
        monthHeader={t('moColMonth')}
      />
      {absent.map((k) => (
        <p key={k} className="muted">
          {reach[k] && (monthly ?? []).every((p) => p[k] !== null)
            ? t('moNoDirection', {
                flow: t(k === 'export' ? 'moExportsWord' : 'moImportsWord'),
                country,
              })
            : t(notCoveredKey, {
                flow: t(k === 'export' ? 'covFlowExports' : 'covFlowImports'),
              })}
        </p>
      ))}
      {breaks.map((b) => (
        <p key={b.key} className="pg-note" role="note">
          {t('moEditionBreak', {
            year: String(b.year),
            prev: String(b.prev),
            from: b.from,
            to: b.to,
          })}
        </p>
      ))}
    </>
  );
}
