import {
  hhi,
  hhiBand,
  JUMP_MIN_CHANGES,
  JUMP_Z,
  topShare,
  transitCodes,
  UNIT_VALUE_FACTOR,
  UNIT_VALUE_MIN_COUNTRIES,
  unitValueChecks,
  yearJumps,
  type HhiBand,
} from '../../derive/indicators.ts';
import { productCountries, yearlyByKey } from '../../derive/profile.ts';
import { formatAmount, formatChange, formatInteger, formatShare } from '../../format/number.ts';
import type { Flow } from '../../state/params.ts';
import { linkTo } from '../../ui/link-to.ts';
import type { CountryProfileProps } from './profile-props.ts';
import { DataTable, formatPerTonne, formatRatio, type Row } from '../ProfileParts.tsx';

const BAND_KEY: Record<HhiBand, 'prBandLow' | 'prBandModerate' | 'prBandHigh'> = {
  low: 'prBandLow',
  moderate: 'prBandModerate',
  high: 'prBandHigh',
};

/** HHI and top-3 share of partners, for exports and imports. */
export function Concentration(props: CountryProfileProps) {
  const { t, lang, state } = props;
  const rows: Row[] = (['export', 'import'] as const).map((flow) => {
    // A side the data do not speak for has no partners to measure.
    if (!props.figures[flow].covered)
      return {
        key: flow,
        head: t(flow === 'export' ? 'pgExports' : 'pgImports'),
        cells: [
          { text: t('covNotCovered'), noData: true },
          { text: '–' },
          { text: '–' },
          { text: '–' },
        ],
      };
    const values = props.figures.partners[flow].rows.map((r) => r.value);
    const h = hhi(values);
    return {
      key: flow,
      head: t(flow === 'export' ? 'pgExports' : 'pgImports'),
      cells: [
        { text: formatInteger(values.length, lang), value: values.length },
        { text: values.length ? formatInteger(h, lang) : '–', value: Math.round(h) },
        { text: values.length ? t(BAND_KEY[hhiBand(h)]) : '–' },
        { text: values.length ? formatShare(topShare(values), lang) : '–' },
      ],
    };
  });
  return (
    <section aria-labelledby="pr-conc-h">
      <h3 id="pr-conc-h">{t('prConcentration')}</h3>
      <DataTable
        testId="concentration"
        caption={t('prConcCaption', { year: String(state.year) })}
        head={[t('prDirection'), t('prPartners'), t('prHhi'), t('prReading'), t('prTop3')]}
        rows={rows}
        empty=""
      />
      <p className="muted">{t('prHhiHow')}</p>
    </section>
  );
}

/** Codes both imported and exported in the year, the smaller side as a possible re-export. */
export function Transit(props: CountryProfileProps & { describe: (k: string) => string }) {
  const { t, lang, state, res, shard, keys, describe } = props;
  const ds = res.dataset;
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const rows: Row[] = transitCodes(shard, state.year, keys(state.year)).map((c) => ({
    key: c.code,
    head: describe(c.code),
    cells: [
      { text: money(c.export), value: c.export },
      { text: money(c.import), value: c.import },
      { text: money(c.possibleReexport), value: c.possibleReexport },
    ],
  }));
  const country = props.nameOf(state.country);
  return (
    <section aria-labelledby="pr-transit-h">
      <h3 id="pr-transit-h">{t('prTransit')}</h3>
      <DataTable
        testId="transit"
        caption={t('prTransitCaption', { country, year: String(state.year) })}
        head={[t('pgCode'), t('pgExports'), t('pgImports'), t('prPossibleReexport')]}
        rows={rows}
        empty={t('prTransitNone', { year: String(state.year) })}
      />
      <p className="muted">{t('prTransitHow')}</p>
    </section>
  );
}

/** Screens for a trainer: unit values far from the world median, unusual year-on-year jumps. */
export function Patterns(props: CountryProfileProps & { describe: (k: string) => string }) {
  const { t, lang, state, res, shard, keys, describe } = props;
  const ds = res.dataset;
  const iso3 = state.country;
  const country = props.nameOf(iso3);
  const year = String(state.year);
  const flowWord = (f: Flow) => t(f === 'export' ? 'pgExports' : 'pgImports');
  const factor = String(UNIT_VALUE_FACTOR);

  // Unit values: the country's against every country's for the same code, year and direction.
  const uvRows: Row[] = [];
  let anyQuantity = false;
  const counted = keys(state.year);
  for (const { code, shard: ps } of props.products) {
    if (!counted.has(code)) continue;
    for (const flow of ['export', 'import'] as const) {
      const uv = unitValueChecks(productCountries(ps, state.year, flow).rows);
      if (uv.countries > 0) anyQuantity = true;
      const mine = uv.checks.find((c) => c.iso3 === iso3);
      if (!mine?.flagged || uv.median === null) continue;
      uvRows.push({
        key: `${code}-${flow}`,
        head: (
          <>
            <a {...linkTo(props, { view: 'product', hs: code, flow })}>{describe(code)}</a>{' '}
            <span className="pg-tag">({flowWord(flow)})</span>
          </>
        ),
        cells: [
          {
            text: formatPerTonne(mine.unitValue, ds.currency, lang),
            value: Math.round(mine.unitValue),
          },
          { text: formatPerTonne(uv.median, ds.currency, lang), value: Math.round(uv.median) },
          { text: formatRatio(mine.ratio, lang) },
          { text: mine.z === null ? '–' : mine.z.toFixed(1) },
          { text: formatInteger(uv.countries, lang), value: uv.countries },
        ],
      });
    }
  }

  // Year-on-year: the selection's totals and each code (or category), in each direction.
  const applicable = ds.years.length - 1 >= JUMP_MIN_CHANGES;
  const jumpRows: Row[] = [];
  if (applicable) {
    // Years without data (null) are left out of a series, never read as a drop to zero.
    const totals = props.figures.trend;
    const series: {
      key: string;
      label: string;
      flow: Flow;
      points: { year: number; value: number }[];
    }[] = [];
    for (const flow of ['export', 'import'] as const) {
      series.push({
        key: `total-${flow}`,
        label: t('prTotalSeries'),
        flow,
        points: totals.flatMap((p) => {
          const value = p[flow];
          return value === null ? [] : [{ year: p.year, value }];
        }),
      });
      for (const [code, points] of yearlyByKey(shard, keys, ds.years, flow))
        series.push({ key: `${code}-${flow}`, label: describe(code), flow, points });
    }
    for (const s of series) {
      for (const c of yearJumps(s.points).changes) {
        if (!c.flagged) continue;
        const money = (v: number) => formatAmount(v, ds.currency, lang);
        jumpRows.push({
          key: `${s.key}-${c.year}`,
          head: (
            <>
              {s.label} <span className="pg-tag">({flowWord(s.flow)})</span>
            </>
          ),
          cells: [
            { text: `${c.prev}→${c.year}` },
            { text: money(c.before), value: c.before },
            { text: money(c.value), value: c.value },
            { text: formatChange(c.value / c.before - 1, lang) },
            { text: c.z === null ? '–' : c.z.toFixed(1) },
          ],
        });
      }
    }
  }

  return (
    <section aria-labelledby="pr-patterns-h" data-testid="patterns">
      <h3 id="pr-patterns-h">{t('prPatterns')}</h3>
      <p className="pg-note" role="note">
        {t('prPatternsIntro')}
      </p>
      <h4>{t('prUvHeading')}</h4>
      <p className="muted">{t('prUvHow', { factor, min: UNIT_VALUE_MIN_COUNTRIES })}</p>
      {ds.granularity !== 'hs6' || !anyQuantity ? (
        <p className="pg-empty">{t('prUvNoQuantity')}</p>
      ) : (
        <DataTable
          testId="unit-value-outliers"
          caption={t('prUvCaption', { country, factor, year })}
          head={[
            t('pgCode'),
            t('prUvCountry'),
            t('prUvMedian'),
            t('prUvRatio'),
            t('prUvZ'),
            t('prCountries'),
          ]}
          rows={uvRows}
          empty={t('prUvNone', { country, factor, year })}
        />
      )}
      <h4>{t('prJumpHeading')}</h4>
      <p className="muted">{t('prJumpHow', { z: JUMP_Z, min: JUMP_MIN_CHANGES })}</p>
      {applicable ? (
        <DataTable
          testId="yoy-jumps"
          caption={t('prJumpCaption', { country })}
          head={[
            t('prSeries'),
            t('pgYear'),
            t('prBefore'),
            t('prAfter'),
            t('prChange'),
            t('prUvZ'),
          ]}
          rows={jumpRows}
          empty={t('prJumpNone', { country })}
        />
      ) : (
        <p className="pg-empty">{t('prJumpNA', { n: ds.years.length, min: JUMP_MIN_CHANGES })}</p>
      )}
    </section>
  );
}
