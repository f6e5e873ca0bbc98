import type { Headline } from '../../derive/profile-figures.ts';
import { editionBreaks, periodLabel } from '../../derive/months.ts';
import { reachLimited, type Resolved } from '../../derive/resolve.ts';
import {
  formatAmount,
  formatChange,
  formatInteger,
  formatMoney,
  formatShare,
} from '../../format/number.ts';
import type { Flow } from '../../state/params.ts';
import { Trend } from '../../charts/trend/Trend.tsx';
import { PartnerMap } from './PartnerMap.tsx';
import type { CountryProfileProps } from './profile-props.ts';
import { KeyFigure } from '../../ui/KeyFigure.tsx';
import { ChartFrame } from '../../ui/ChartCard.tsx';
import { linkTo } from '../../ui/link-to.ts';
import { Comparison } from './ProfileCompare.tsx';
import { Concentration, Patterns, Transit } from './ProfileIndicators.tsx';
import {
  DataTable,
  formatPerTonne,
  formatTonnes,
  trendSummary,
  type Row,
} from '../ProfileParts.tsx';
import type { ViewProps } from '../../state/view-props.ts';

const TOP = 10;

/** Everything below the page's controls: headline, breakdowns, trend and indicators. */
export function CountryProfile(props: CountryProfileProps) {
  const { state, t, lang, nameOf, res, figures } = props;
  const ds = res.dataset;
  const list = res.list;
  const iso3 = state.country;
  const year = res.period.year;
  const byCategory = ds.granularity === 'category';
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  const share = (v: number) => formatShare(v, lang);
  const noData = t('covNoData');
  const country = nameOf(iso3);
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const prevLabel = res.previous
    ? periodLabel(ds, res.previous.year, 0, lang, partial, res.previous.months)
    : null;
  const yearLabel = (y: number) => periodLabel(ds, y, 0, lang, partial);
  const describe = (k: string) =>
    byCategory
      ? (list?.categories.find((c) => c.id === k)?.label ?? k)
      : `${k} ${props.entries.get(k)?.description ?? ''}`;
  const partnerSet = new Set(
    Object.keys(props.manifest.shards.country)
      .filter((k) => k.startsWith(`${ds.id}/`))
      .map((k) => k.slice(ds.id.length + 1)),
  );
  const unitOf = (q: number | null, v: number) => (q !== null && q > 0 ? v / q : null);
  const partnerRows = (flow: Flow): Row[] =>
    figures.partners[flow].rows.slice(0, TOP).map((r) => ({
      key: r.key,
      // A partner with data of its own opens its profile; pseudo-areas stay plain text.
      head: partnerSet.has(r.key) ? (
        <a {...linkTo(props, { country: r.key })}>{nameOf(r.key)}</a>
      ) : (
        nameOf(r.key)
      ),
      cells: [
        { text: money(r.value), value: r.value },
        { text: share(r.share) },
        { text: formatTonnes(r.quantityT, r.quantityPartial, lang) },
      ],
    }));
  const codeRows = (flow: Flow): Row[] =>
    figures.codes[flow].rows.slice(0, TOP).map((r) => ({
      key: r.key,
      head: byCategory ? (
        describe(r.key)
      ) : (
        // Shortened to two lines in the table; the title and the product page give it whole.
        <a {...linkTo(props, { view: 'product', hs: r.key, codes: [] })} title={describe(r.key)}>
          {describe(r.key)}
        </a>
      ),
      cells: [
        { text: money(r.value), value: r.value },
        { text: share(r.share) },
        { text: formatTonnes(r.quantityT, r.quantityPartial, lang) },
        {
          text: r.quantityPartial
            ? '–'
            : formatPerTonne(unitOf(r.quantityT, r.value), ds.currency, lang),
        },
      ],
    }));
  // A side the data do not speak for has no partners: "not covered", not "no trade".
  const emptyOf = (flow: Flow) =>
    figures[flow].noData
      ? t('covNoData')
      : figures[flow].covered
        ? t('pgNoTradeDirection')
        : t('covNotCovered');
  const n = TOP;
  const core = figures.core;
  const coreText = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : share(v);
  const trend = figures.trend;
  const breaks = editionBreaks(ds);
  const conversions = (ds.listConversions ?? []).filter((c) => c.list === list?.id);
  // Years whose covered codes differ: part of the trend is what the input holds.
  const counts = trend.map((p) => p.coverage.withRows.length);
  const coverageVaries = res.kind !== 'hs' && new Set(counts).size > 1;
  const sourceLine = t('prPrintCaption', {
    dataset: ds.title,
    list: list?.name ?? '',
    year: yearLabel(year),
    currency: ds.currency,
    source: ds.citation,
  });
  // The partners map shows the flow chosen, or the other one when the data do not cover it.
  const other: Flow = state.flow === 'export' ? 'import' : 'export';
  const mapFlow = figures[state.flow].covered || !figures[other].covered ? state.flow : other;
  const cell = (v: number | null, text: (v: number) => string) =>
    v === null ? { text: noData, noData: true } : { text: text(v), value: v };

  return (
    <>
      <h3>{t('pgTotals')}</h3>
      <dl className="pg-totals kf">
        <Direction {...props} flow="export" d={figures.export} prev={prevLabel} />
        <Direction {...props} flow="import" d={figures.import} prev={prevLabel} />
        <div>
          <dt>{t('pgBalance')}</dt>
          {figures.balance === null ? (
            <dd className="no-data">{t('covNotCovered')}</dd>
          ) : (
            <dd data-value={figures.balance}>
              <KeyFigure value={figures.balance} currency={ds.currency} lang={lang} />
            </dd>
          )}
        </div>
      </dl>
      <p className="muted" data-testid="total-share-na">
        {t('prTotalShareNA', { country, dataset: ds.title })}
      </p>
      <p className="muted">{t('pgUpperBoundNote')}</p>
      <ChartFrame props={props}>
        <PartnerMap
          {...props}
          ds={ds}
          flow={mapFlow}
          partners={figures.partners[mapFlow].rows.map((r) => ({ key: r.key, value: r.value }))}
        />
      </ChartFrame>
      {props.monthly && (
        <ChartFrame props={props}>
          <section aria-labelledby="pg-country-monthly">
            <h3 id="pg-country-monthly">{t('moChartHeading')}</h3>
            {props.monthly}
          </section>
        </ChartFrame>
      )}

      <h3>{t('pgByCategory')}</h3>
      {figures.categories && list ? (
        <>
          <DataTable
            testId="category-table"
            caption={t('pgByCategoryCaption', { list: list.name, year: yearLabel(year) })}
            head={[
              t('pgCategory'),
              t('covCodesCol'),
              t('pgExports'),
              t('pgShareOfCountry'),
              t('prCoreShare'),
              t('pgImports'),
              t('pgShareOfCountry'),
              t('prCoreShare'),
            ]}
            rows={figures.categories.map((c) => ({
              key: c.id,
              head: (
                <>
                  {c.label}
                  {!c.inTotal && <span className="pg-tag"> {t('pgNotInTotal')}</span>}
                </>
              ),
              // Outside the total a share of the total would mislead, so none is given.
              cells: [
                {
                  text: t('covKofN', {
                    k: formatInteger(c.coverage.withRows.length, lang),
                    n: formatInteger(c.coverage.asked.length, lang),
                  }),
                  value: c.coverage.withRows.length,
                },
                cell(c.export, money),
                { text: c.exportShare === null ? '–' : share(c.exportShare) },
                { text: list.hasSpecificity && c.export !== null ? coreText(c.exportCore) : '–' },
                cell(c.import, money),
                { text: c.importShare === null ? '–' : share(c.importShare) },
                { text: list.hasSpecificity && c.import !== null ? coreText(c.importCore) : '–' },
              ],
            }))}
            empty=""
          />
          <p className="muted">{t('pgCategoryOverlap')}</p>
          {list.hasSpecificity && core ? (
            <p data-testid="core-broad">
              {t('prCoreBroadLine', {
                exportCore: coreText(core.exportCore),
                importCore: coreText(core.importCore),
                // Running text takes the compact amount; the download gives it exactly.
                exportBroad:
                  core.exportBroad === null
                    ? '–'
                    : formatMoney(core.exportBroad, ds.currency, lang),
                importBroad:
                  core.importBroad === null
                    ? '–'
                    : formatMoney(core.importBroad, ds.currency, lang),
              })}{' '}
              <span className="muted">{t('prCoreBroadNote')}</span>
            </p>
          ) : (
            !list.hasSpecificity && (
              <p className="muted">{t('prNoSpecificity', { list: list.name })}</p>
            )
          )}
        </>
      ) : (
        <p className="pg-note" role="note" data-testid="category-table-na">
          {t('covCategoriesForLists')}
        </p>
      )}

      <h3>{t('pgTopPartners')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`partners-${flow}`}
            caption={t(flow === 'export' ? 'pgPartnersExport' : 'pgPartnersImport', { n })}
            head={[t('pgPartner'), t('value'), t('pgShareOfCountry'), t('prQuantity')]}
            rows={partnerRows(flow)}
            empty={emptyOf(flow)}
          />
        ))}
      </div>
      <h3>{t(byCategory ? 'pgTopCategories' : 'pgTopCodes')}</h3>
      <div className="pg-pair">
        {(['export', 'import'] as const).map((flow) => (
          <DataTable
            key={flow}
            testId={`codes-${flow}`}
            caption={t(
              byCategory
                ? flow === 'export'
                  ? 'pgCatsExport'
                  : 'pgCatsImport'
                : flow === 'export'
                  ? 'pgCodesExport'
                  : 'pgCodesImport',
              { n },
            )}
            head={[
              t(byCategory ? 'pgCategory' : 'pgCode'),
              t('value'),
              t('pgShareOfCountry'),
              t('prQuantity'),
              t('prUnitValue'),
            ]}
            rows={codeRows(flow)}
            empty={emptyOf(flow)}
          />
        ))}
      </div>
      <p className="muted">{t('prQuantityNote')}</p>

      <ChartFrame props={props}>
        <section aria-labelledby="pr-trend-h">
          <h3 id="pr-trend-h">{t('prTrend')}</h3>
          {trend.length > 1 ? (
            <Trend
              lang={lang}
              years={trend.map((p) => p.year)}
              series={[
                { id: 'export', label: t('pgExports'), className: 'tr-export' },
                { id: 'import', label: t('pgImports'), className: 'tr-import' },
              ]}
              values={[trend.map((p) => p.export), trend.map((p) => p.import)]}
              breaks={breaks.map((b) => ({
                year: b.year,
                label: t('prEditionMarker', { edition: b.to }),
              }))}
              highlight={state.year2 ? [year, state.year2] : [year]}
              title={t('prTrendTitle', { country, list: list?.name ?? '', currency: ds.currency })}
              summary={trendSummary(trend, t, (v) => formatMoney(v, ds.currency, lang), noData)}
              formatTick={(v) => formatMoney(v, ds.currency, lang)}
              formatValue={money}
              tableCaption={t('prTrendCaption', { country, currency: ds.currency })}
              yearHeader={t('pgYear')}
              yearLabel={yearLabel}
              noData={noData}
              highlightNote={t('prSelected')}
            />
          ) : (
            <p className="muted">{t('prTrendOne', { year: String(year) })}</p>
          )}
          {coverageVaries && (
            <p className="pg-note" role="note" data-testid="trend-coverage">
              {t('covTrendDiffers', {
                detail: trend
                  .map((p) =>
                    t('covYearOf', {
                      year: String(p.year),
                      k: formatInteger(p.coverage.withRows.length, lang),
                      n: formatInteger(p.coverage.asked.length, lang),
                    }),
                  )
                  .join('; '),
              })}
            </p>
          )}
          {breaks.map((b) => (
            <p key={b.year} className="pg-note" role="note">
              {t('prEditionBreak', {
                year: String(b.year),
                prev: String(b.prev),
                from: b.from,
                to: b.to,
              })}
            </p>
          ))}
          {list &&
            conversions.map((c) => (
              <p key={`${c.from}-${c.to}`} className="muted" data-testid="list-conversion">
                {t('prConversion', {
                  list: list.name,
                  from: c.from,
                  to: c.to,
                  exact: formatInteger(c.counts.exact, lang),
                  split: formatInteger(c.counts.split, lang),
                  merged: formatInteger(c.counts.merged, lang),
                  nn: formatInteger(c.counts['n:n'], lang),
                  none: formatInteger(c.counts.none, lang),
                  upper: formatInteger(c.upperBound, lang),
                })}
              </p>
            ))}
        </section>
      </ChartFrame>

      {figures.second && <Comparison {...props} second={figures.second} />}

      <Concentration {...props} />
      <Transit {...props} describe={describe} />
      <Patterns {...props} describe={describe} />

      <p className="pr-source" data-testid="print-caption">
        {sourceLine} {t('embedLicenceLabel')} {ds.licence}.
        {/* On paper the page footer is left out: what it says of English texts goes here. */}
        {lang !== 'en' && <span className="pr-print-only"> {t('prPrintEnglish')}</span>}
      </p>
    </>
  );
}

function Direction(
  props: ViewProps & {
    res: Resolved;
    flow: Flow;
    d: Headline;
    /** The period the change compares with ("2021", "2021 (January–November)"). */
    prev: string | null;
  },
) {
  const { t, lang, flow, d, prev } = props;
  const label = t(flow === 'export' ? 'pgExports' : 'pgImports');
  if (d.noData) {
    return (
      <div>
        <dt>{label}</dt>
        <dd className="no-data" data-testid="no-data">
          <strong>{t('covNoData')}</strong>
        </dd>
      </div>
    );
  }
  if (!d.covered) {
    return (
      <div>
        <dt>{label}</dt>
        <dd className="no-data" data-testid="not-covered">
          <strong>{t('covNotCovered')}</strong>
          <br />
          {t('covNotCoveredTip', {
            flow: t(flow === 'export' ? 'covFlowExports' : 'covFlowImports'),
          })}
        </dd>
      </div>
    );
  }
  return (
    <div>
      <dt>{label}</dt>
      <dd data-value={d.value}>
        <KeyFigure value={d.value} currency={props.res.dataset.currency} lang={lang} />
        <span className="kf-rank">
          {d.rank > 0
            ? t(reachLimited(props.res.dataset) ? 'covRankOfReach' : 'pgRankOf', {
                rank: formatInteger(d.rank, lang),
                n: formatInteger(d.reporting, lang),
                share: formatShare(d.share, lang),
              })
            : t('pgNoTradeDirection')}
        </span>
        {prev !== null && d.change !== null && (
          <span className="kf-rank">
            {t('pgChangeFrom', { change: formatChange(d.change, lang), prev })}
          </span>
        )}
      </dd>
    </div>
  );
}
