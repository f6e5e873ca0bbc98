import { useMemo } from 'react';
import type { SeriesPoint } from '../charts/timeseries/layout.ts';
import { TimeSeries, type SeriesDef } from '../charts/timeseries/TimeSeries.tsx';
import { countryMonthly, editionBreaks, monthKey, monthYear } from '../derive/months.ts';
import type { Loaded } from '../data/use-data.ts';
import { formatAmount, formatMoney } from '../format/number.ts';
import type { ColumnarShard, DatasetMeta, ListMeta, MonthColumns } from '../schema/manifest.ts';
import { linkTo } from '../ui/link-to.ts';
import type { ViewProps } from './types.ts';
import { DataErrorNote } from './DataStatus.tsx';

/**
 * The country page's monthly section (monthly datasets only): exports and imports of the
 * list for every month of every year, the HS edition breaks, and the same values as a table.
 */
export function CountryMonthly(
  props: ViewProps & {
    ds: DatasetMeta;
    list: ListMeta;
    shards: Loaded<ColumnarShard<MonthColumns>[]>;
  },
) {
  const { ds, list, shards, state, t, lang, nameOf, update } = props;
  const iso3 = state.country;
  const monthly = useMemo(
    () => (shards.status === 'ready' ? countryMonthly(shards.data, ds, iso3) : null),
    [shards, ds, iso3],
  );
  const exportsWord = t('pgExports');
  const importsWord = t('pgImports');
  const { series, points } = useMemo(() => {
    const all: (SeriesDef & { key: 'export' | 'import' })[] = [
      { id: 'export', key: 'export', label: exportsWord, className: 'ts-export' },
      { id: 'import', key: 'import', label: importsWord, className: 'ts-import' },
    ];
    // A direction with nothing in any month (EU reporters' partners have no exports here)
    // is left out of the chart and said in words instead of drawn as a flat zero line.
    const shown = all.filter((s) => monthly?.some((p) => p[s.key] > 0));
    const pts: SeriesPoint[] = (monthly ?? []).map((p) => ({
      key: p.month,
      year: p.year,
      month: p.m,
      values: shown.map((s) => p[s.key]),
    }));
    return { series: shown.length > 0 ? shown : all, points: pts };
  }, [monthly, exportsWord, importsWord]);
  const breaks = useMemo(
    () =>
      editionBreaks(ds).map((b) => ({
        key: monthKey(b.year, 1),
        label: t('moEditionMarker', { edition: b.to }),
        ...b,
      })),
    [ds, t],
  );

  if (shards.status === 'error') {
    return <DataErrorNote t={t} failure={shards} />;
  }
  if (!monthly) return <p role="status">{t('loading')}</p>;

  const currency = ds.currency;
  const country = nameOf(iso3);
  const label = (p: { year: number; month: number }) => monthYear(lang, p.year, p.month);
  const first = points[0];
  const last = points[points.length - 1];
  // The month of each direction's peak, said in words for those who cannot see the lines.
  const peak = (key: 'export' | 'import') => {
    let best: (typeof monthly)[number] | null = null;
    for (const p of monthly) if (p[key] > 0 && (!best || p[key] > best[key])) best = p;
    if (!best) return '';
    return t(key === 'export' ? 'moPeakExport' : 'moPeakImport', {
      value: formatMoney(best[key], currency, lang),
      month: monthYear(lang, best.year, best.m),
    });
  };
  const absent = (['export', 'import'] as const).filter((k) => !monthly.some((p) => p[k] > 0));

  return (
    <>
      <TimeSeries
        points={points}
        series={series}
        breaks={breaks}
        title={t('moChartTitle', { country, list: list.name, currency })}
        summary={[
          t('moChartSummary', {
            months: String(points.length),
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
        tableCaption={t('moTableCaption', { country, list: list.name, currency })}
        tableHint={t('moTableHint')}
        monthHeader={t('moColMonth')}
      />
      {absent.map((k) => (
        <p key={k} className="muted">
          {t('moNoDirection', {
            flow: t(k === 'export' ? 'moExportsWord' : 'moImportsWord'),
            country,
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
