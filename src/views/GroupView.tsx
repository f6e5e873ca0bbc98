import { useCallback, useMemo, type ReactNode } from 'react';
import { useShards } from '../data/use-data.ts';
import { useSelection } from './use-selection.ts';
import type {
  ColumnarShard,
  FlowColumns,
  MapColumns,
  MonthColumns,
  ProductColumns,
  ShardRef,
} from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import {
  categoryCoverage,
  coverageOf,
  type Resolved,
  type SelectionCodes,
} from '../derive/resolve.ts';
import {
  flowFigures,
  mapFigures,
  mapReach,
  productYears,
  seriesOf,
  type TotalsSource,
} from '../derive/figures.ts';
import { seriesFromMapShard } from '../derive/map-model.ts';
import { allMonthShardRefs, periodLabel, periodShard } from '../derive/months.ts';
import {
  groupTotal,
  insideOutside,
  membersOn,
  placeValues,
  placeValuesOfShard,
  topOutsidePartners,
  type GroupFlow,
  type GroupTotal,
} from '../derive/groups.ts';
import { groupMonthly, groupTopCodes, groupTrend } from '../derive/group-figures.ts';
import { isMonthly } from '../state/calendar.ts';
import { selectionLabel } from '../derive/list-info.ts';
import { formatInteger, formatMoney, formatShare } from '../format/number.ts';
import { KeyFigure } from '../ui/KeyFigure.tsx';
import { Trend } from '../charts/trend/Trend.tsx';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { SelectionCoverage } from '../ui/SelectionCoverage.tsx';
import { StateSelects } from '../ui/StateSelects.tsx';
import { linkTo } from '../ui/link-to.ts';
import { ChartFrame } from '../ui/ChartCard.tsx';
import { MonthlyChart } from './country/CountryMonthly.tsx';
import { DataTable, trendSummary } from './ProfileParts.tsx';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import {
  GroupNotices,
  GroupSelect,
  GroupSourceNote,
  useChosenGroup,
  useGroups,
  type ChosenGroup,
} from './group-common.tsx';
import type { ViewProps } from '../state/view-props.ts';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../i18n/catalog/profiles.ts';

registerCatalog(pagesCatalogue);
registerCatalog(profilesCatalogue);

const FLOWS: readonly GroupFlow[] = ['export', 'import'];
const TOP = 10;

/**
 * A group's profile (`view=group&group=<id>` or `&members=<ISO3,...>`): its exports and imports
 * and by category, trade inside the group against the rest of the world, top outside partners
 * and codes, its members ranked, and the trend. For a list, a category, one HS code or own
 * codes, and for a month or part of a year of a monthly dataset, as the map shows them: the
 * totals and members are the map's model of the same selection (mapFigures -> placeValues in
 * src/derive/groups.ts), a member the data speak for reads 0 without trade, one outside their
 * reach "no data". Trade inside and outside the group, partners and codes come from the
 * year's flows shard, which is by year only.
 */
export function GroupView(props: ViewProps) {
  const { manifest, state, t, lang } = props;
  const groups = useGroups();
  const file = groups.status === 'ready' ? groups.data : null;
  const chosen = useChosenGroup(props, file);
  const { res, sel, keys, failure } = useSelection(manifest, state, true);
  const ds = res?.dataset;
  const list = res?.list;
  const byList = res?.kind === 'list' || res?.kind === 'category';
  const byCode = res?.kind === 'hs' || res?.kind === 'codes';
  const monthly = !!res?.monthShards;
  // Yearly map shards of every year (the trend, and the totals of a yearly dataset).
  const mapRefs: (ShardRef | undefined)[] =
    ds && list && byList
      ? ds.years.map((y) => manifest.shards.map[shardKey.map(ds.id, list.id, y)])
      : [];
  const maps = useShards<MapColumns>(mapRefs, t('pgNoMapShard'));
  const months = useShards<MonthColumns>(
    res && byList && monthly ? res.refs.month : [],
    t('moNoMonthShard'),
  );
  // Every year's month shard, for the chart of the group's months (monthly datasets).
  const allMonths = useShards<MonthColumns>(
    ds && list && byList && isMonthly(ds) ? allMonthShardRefs(manifest, ds, list.id) : [],
    t('moNoMonthShard'),
  );
  const products = useShards<ProductColumns>(
    res && byCode ? res.refs.product.map((p) => p.ref) : [],
  );
  const productList = useMemo(
    () =>
      res && byCode && products.status === 'ready'
        ? res.refs.product.map((p, i) => ({
            code: p.code,
            shard: products.data[i] as ColumnarShard<ProductColumns>,
          }))
        : null,
    [res, byCode, products],
  );
  const flowsRef = ds ? manifest.shards.flows[shardKey.flows(ds.id, state.year)] : undefined;
  const flowsAll = useShards<FlowColumns>(res ? [flowsRef] : [], t('flNoShard'));
  const flows =
    flowsAll.status === 'ready'
      ? flowsAll.data[0]
        ? { status: 'ready' as const, data: flowsAll.data[0] }
        : { status: 'loading' as const }
      : flowsAll;
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const period = periodLabel(ds, state.year, state.month, lang, partial);

  const title = chosen?.name || t('gpTitle');
  let body: ReactNode;
  if (groups.status === 'error') body = <DataErrorNote t={t} failure={groups} />;
  else if (!file || !chosen) body = <p role="status">{t('loading')}</p>;
  else if (chosen.members.length === 0) body = <p>{t('gpNoneChosen')}</p>;
  else if (!res || !ds) body = <p>{t('gpNoneChosen')}</p>;
  else if (failure) body = <DataErrorNote t={t} failure={failure} />;
  else if (maps.status === 'error') body = <DataErrorNote t={t} failure={maps} />;
  else if (months.status === 'error') body = <DataErrorNote t={t} failure={months} />;
  else if (allMonths.status === 'error') body = <DataErrorNote t={t} failure={allMonths} />;
  else if (products.status === 'error') body = <DataErrorNote t={t} failure={products} />;
  else if (flows.status === 'error') body = <DataErrorNote t={t} failure={flows} />;
  else if (
    maps.status !== 'ready' ||
    months.status !== 'ready' ||
    allMonths.status !== 'ready' ||
    flows.status !== 'ready' ||
    (byCode && !productList) ||
    !sel ||
    !keys
  )
    body = <p role="status">{t('loading')}</p>;
  else {
    const yearShards = maps.data as ColumnarShard<MapColumns>[];
    const shard = byList ? yearShards[ds.years.indexOf(state.year)] : undefined;
    body =
      byList && !shard ? (
        <p className="pg-note">{t('pgNoMapShard')}</p>
      ) : (
        <GroupBody
          {...props}
          chosen={chosen}
          res={res}
          sel={sel}
          totalsSource={
            byCode
              ? { products: productList ?? [] }
              : monthly
                ? { month: months.data as ColumnarShard<MonthColumns>[] }
                : { map: yearShards }
          }
          periodShard={
            shard && monthly
              ? periodShard(months.data as ColumnarShard<MonthColumns>[], res.period.months)
              : (shard ?? null)
          }
          productYears={productList ? productYears(productList) : undefined}
          allMonths={
            isMonthly(ds) && byList ? (allMonths.data as ColumnarShard<MonthColumns>[]) : null
          }
          flows={flowFigures(res, flows.data, keys)}
          flowsShard={flows.data}
          keys={keys(state.year)}
          years={
            byList
              ? ds.years.map((year, i) => ({
                  year,
                  shard: yearShards[i] as ColumnarShard<MapColumns>,
                }))
              : ds.years.map((year) => ({ year, shard: null }))
          }
          period={period}
          coverage={
            <SelectionCoverage
              {...props}
              res={res}
              coverage={coverageOf(
                res,
                sel,
                state.year,
                productList ? productYears(productList) : undefined,
              )}
              period={period}
            />
          }
        />
      );
  }

  const selection = selectionLabel(res, null, t, lang);
  return (
    <section
      className="pg pg-group"
      aria-labelledby="pg-group-h"
      data-group={state.group || undefined}
    >
      <h2 id="pg-group-h">{title}</h2>
      {chosen && <GroupNotices notices={chosen.notices} t={t} />}
      {ds && chosen && chosen.members.length > 0 && (
        <p className="pg-lede">
          {t('gpLede', { what: selection, dataset: ds.title, year: period })}
        </p>
      )}
      {chosen?.group && <GroupSourceNote group={chosen.group} t={t} />}
      <CoverageNote ds={ds} t={t} lang={lang} year={state.year} />
      {ds && isMonthly(ds) && (
        <p className="pg-note" role="note" data-testid="group-months-note">
          {t('gpYearOnly', { period, year: String(state.year) })}
        </p>
      )}
      <div className="pr-controls">
        {file && <GroupSelect {...props} file={file} />}
        <StateSelects {...props} which={['list', 'year']} />
      </div>
      <p className="pr-controls">
        <a {...linkTo(props, { view: 'map' })}>{t('pgBackToMap')}</a>{' '}
        <a {...linkTo(props, { view: 'regime' })}>{t('rgTitle')}</a>
      </p>
      {body}
    </section>
  );
}

interface BodyProps extends ViewProps {
  chosen: ChosenGroup;
  res: Resolved;
  sel: SelectionCodes;
  /** The shards the map reads for this selection and period (its TotalsSource). */
  totalsSource: TotalsSource;
  /** A list's totals of the period shown (the year's map shard, or its months summed). */
  periodShard: ColumnarShard<MapColumns> | null;
  /** Every year's month shard of a monthly dataset (null otherwise, or for codes). */
  allMonths: ColumnarShard<MonthColumns>[] | null;
  /** Which years each selected code has rows in, for a selection by code. */
  productYears: ReadonlyMap<string, ReadonlySet<number>> | undefined;
  flows: ReturnType<typeof flowFigures>;
  flowsShard: ColumnarShard<FlowColumns>;
  keys: ReadonlySet<string>;
  /** Every year of the dataset, with its yearly map shard for a list (null for codes). */
  years: { year: number; shard: ColumnarShard<MapColumns> | null }[];
  coverage: ReactNode;
  /** The period the totals and members are for ("March 2021", "2023"). */
  period: string;
}

function GroupBody(props: BodyProps) {
  const { manifest, state, t, lang, nameOf, chosen, flows, years, res, sel } = props;
  const { totalsSource, periodShard: shownShard, productYears: py } = props;
  const ds = res.dataset;
  const list = manifest.lists.find((l) => l.id === state.list);
  const byList = res.kind === 'list' || res.kind === 'category';
  const currency = ds.currency ?? 'USD';
  const members = chosen.members;
  const category = state.cat;
  const year = state.year;
  const money = (v: number) => formatMoney(v, currency, lang);
  const noData = t('covNoData');

  // The places the map of a year gives a value on a side (mapReach over that year's coverage).
  const reachIn = useCallback(
    (y: number, f: GroupFlow) => mapReach(res, f, coverageOf(res, sel, y, py)),
    [res, sel, py],
  );
  // Each member's value as the map of the same selection and period shows it: the map's own
  // model (mapFigures), so the totals here and in the map's group panel are one derivation.
  const totals = useMemo(() => {
    const coverage = coverageOf(res, sel, res.period.year, py);
    return Object.fromEntries(
      FLOWS.map((f) => [
        f,
        groupTotal(placeValues(mapFigures(manifest, res, f, totalsSource, coverage)), members),
      ]),
    ) as Record<GroupFlow, GroupTotal>;
  }, [manifest, res, sel, py, totalsSource, members]);
  const split = useMemo(
    () => Object.fromEntries(FLOWS.map((f) => [f, insideOutside(flows, members, f)])),
    [flows, members],
  ) as Record<GroupFlow, ReturnType<typeof insideOutside>>;
  const group = chosen.group;
  const trend = useMemo(() => {
    const series = (f: GroupFlow) =>
      byList
        ? years.flatMap((y) => (y.shard ? seriesFromMapShard(y.shard, category, f) : []))
        : seriesOf(res, f, { products: totalsSource.products ?? [] });
    return groupTrend(
      years.map((y) => y.year),
      series,
      (y) => (group ? membersOn(group, String(y)) : members),
      reachIn,
    );
  }, [years, byList, category, res, totalsSource, group, members, reachIn]);
  const monthlyPoints = useMemo(
    () =>
      props.allMonths
        ? groupMonthly(
            props.allMonths,
            res.dataset.months ?? [],
            category,
            (y) => (group ? membersOn(group, String(y)) : members),
            reachIn,
          )
        : null,
    [props.allMonths, res, category, group, members, reachIn],
  );
  const memberLink = (iso3: string) => (
    <a {...linkTo(props, { view: 'country', country: iso3 })}>{nameOf(iso3)}</a>
  );

  const memberRows = [...new Set(members)]
    .map((iso3) => {
      const ex = totals.export.members.find((m) => m.iso3 === iso3) ?? null;
      const im = totals.import.members.find((m) => m.iso3 === iso3) ?? null;
      return { iso3, ex, im };
    })
    .sort(
      (a, b) =>
        (a.ex?.rank ?? Infinity) - (b.ex?.rank ?? Infinity) ||
        (a.im?.rank ?? Infinity) - (b.im?.rank ?? Infinity) ||
        (a.iso3 < b.iso3 ? -1 : 1),
    );
  const cell = (v: number | null, text: (v: number) => string) =>
    v === null ? { text: noData, noData: true } : { text: text(v), value: v };
  const shareCell = (v: number | null | undefined) =>
    v === null || v === undefined ? { text: '–' } : { text: formatShare(v, lang), value: v };

  return (
    <>
      {props.coverage}
      <h3>{t('pgTotals')}</h3>
      <dl className="pg-totals kf" data-testid="group-totals">
        {FLOWS.map((f) => {
          const g = totals[f];
          return (
            <div key={f}>
              <dt>{t(f === 'export' ? 'pgExports' : 'pgImports')}</dt>
              {g.members.length === 0 ? (
                <dd className="no-data" data-testid={`group-${f}-no-data`}>
                  <strong>{noData}</strong>
                </dd>
              ) : (
                <dd data-value={g.total} data-testid={`group-${f}`}>
                  <KeyFigure value={g.total} currency={currency} lang={lang} />
                  <span className="kf-rank">
                    {g.members.length === new Set(members).size
                      ? t('gpAllMembersWithData', {
                          n: formatInteger(g.members.length, lang),
                        })
                      : t('gpMembersWithData', {
                          k: formatInteger(g.members.length, lang),
                          n: formatInteger(new Set(members).size, lang),
                        })}
                  </span>
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      <p className="muted">{t('pgUpperBoundNote')}</p>

      <h3>{t('gpInsideOutside')}</h3>
      <DataTable
        testId="group-inside-outside"
        caption={t('gpInsideOutsideCaption', { group: chosen.name, year: String(year) })}
        head={[t('prDirection'), t('gpInside'), t('gpShare'), t('gpOutside'), t('gpShare')]}
        rows={FLOWS.map((f) => {
          const s = split[f];
          return {
            key: f,
            head: t(f === 'export' ? 'pgExports' : 'pgImports'),
            cells: [
              { text: money(s.inside), value: s.inside },
              shareCell(s.total > 0 ? s.inside / s.total : null),
              { text: money(s.outside), value: s.outside },
              shareCell(s.total > 0 ? s.outside / s.total : null),
            ],
          };
        })}
        empty=""
      />
      <p className="muted">{t('gpInsideOutsideHow')}</p>

      <h3>{t('gpMembers')}</h3>
      <DataTable
        testId="group-members"
        caption={t('gpMembersCaption', { group: chosen.name, year: props.period })}
        head={[
          t('gpMember'),
          t('pgExports'),
          t('gpShareOfGroup'),
          t('pgImports'),
          t('gpShareOfGroup'),
        ]}
        rows={memberRows.map((r) => ({
          key: r.iso3,
          head: memberLink(r.iso3),
          cells: [
            cell(r.ex?.value ?? null, money),
            shareCell(r.ex?.share),
            cell(r.im?.value ?? null, money),
            shareCell(r.im?.share),
          ],
        }))}
        empty=""
      />

      {list && byList && !category && shownShard && (
        <>
          <h3>{t('pgByCategory')}</h3>
          <DataTable
            testId="group-categories"
            caption={t('gpByCategoryCaption', { list: list.name, year: props.period })}
            head={[t('pgCategory'), t('pgExports'), t('pgImports')]}
            rows={list.categories.map((c) => {
              // The category as its own map shows it: no places at all when the input holds
              // none of its codes in the period (mapReach over the category's coverage).
              const cov = categoryCoverage(res, sel, c.id, year);
              const of = (f: GroupFlow) => {
                const reach = cov.withRows.length === 0 ? [] : reachIn(year, f);
                const g = groupTotal(placeValuesOfShard(shownShard, year, c.id, f, reach), members);
                return g.members.length ? g.total : null;
              };
              return {
                key: c.id,
                head: c.label,
                cells: [cell(of('export'), money), cell(of('import'), money)],
              };
            })}
            empty=""
          />
          <p className="muted">{t('pgCategoryOverlap')}</p>
        </>
      )}

      <h3>{t('gpTopOutside')}</h3>
      <div className="pg-pair">
        {FLOWS.map((f) => (
          <DataTable
            key={f}
            testId={`group-partners-${f}`}
            caption={t(f === 'export' ? 'gpPartnersExport' : 'gpPartnersImport', { n: TOP })}
            head={[t('pgPartner'), t('value'), t('gpShareOfOutside')]}
            rows={topOutsidePartners(flows, members, f, TOP).map((p) => ({
              key: p.iso3,
              head: nameOf(p.iso3),
              cells: [{ text: money(p.value), value: p.value }, shareCell(p.share)],
            }))}
            empty={t('gpNoOutside')}
          />
        ))}
      </div>

      <h3>{t('pgTopCodes')}</h3>
      <div className="pg-pair">
        {FLOWS.map((f) => (
          <DataTable
            key={f}
            testId={`group-codes-${f}`}
            caption={t(f === 'export' ? 'gpCodesExport' : 'gpCodesImport', { n: TOP })}
            head={[t('gpCode'), t('value'), t('gpShareOfGroup')]}
            rows={groupTopCodes(props.flowsShard, props.keys, members, f, TOP).map((c) => ({
              key: c.code,
              head:
                ds?.granularity === 'hs6' ? (
                  <a {...linkTo(props, { view: 'product', hs: c.code })}>{c.code}</a>
                ) : (
                  c.code
                ),
              cells: [{ text: money(c.value), value: c.value }, shareCell(c.share)],
            }))}
            empty={t('gpNoCodes')}
          />
        ))}
      </div>

      {monthlyPoints && (
        <ChartFrame props={props}>
          <section aria-labelledby="gp-monthly-h" data-testid="group-monthly">
            <h3 id="gp-monthly-h">{t('moChartHeading')}</h3>
            <MonthlyChart
              {...props}
              name={chosen.name}
              notCoveredKey="gpMonthsNotCovered"
              monthly={monthlyPoints}
              reach={{
                export: monthlyPoints.some((p) => p.export !== null),
                import: monthlyPoints.some((p) => p.import !== null),
              }}
            />
          </section>
        </ChartFrame>
      )}

      <h3>{t('prTrend')}</h3>
      {trend.length < 2 ? (
        <p className="muted">{t('prTrendOne', { year: String(year) })}</p>
      ) : (
        <Trend
          lang={lang}
          testId="group-trend"
          years={trend.map((y) => y.year)}
          series={[
            { id: 'export', label: t('pgExports'), className: 'tr-export' },
            { id: 'import', label: t('pgImports'), className: 'tr-import' },
          ]}
          values={[
            trend.map((y) => y.export?.total ?? null),
            trend.map((y) => y.import?.total ?? null),
          ]}
          breaks={[]}
          highlight={[year]}
          title={t('gpTrendCaption', { group: chosen.name, currency })}
          summary={trendSummary(
            trend.map((y) => ({
              year: y.year,
              export: y.export?.total ?? null,
              import: y.import?.total ?? null,
            })),
            t,
            money,
            noData,
          )}
          formatTick={money}
          formatValue={money}
          tableCaption={t('gpTrendCaption', { group: chosen.name, currency })}
          yearHeader={t('gpYear')}
          noData={noData}
          highlightNote={t('prSelected')}
        />
      )}
    </>
  );
}
