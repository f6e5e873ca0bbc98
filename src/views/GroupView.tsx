import { useMemo, type ReactNode } from 'react';
import { useShards } from '../data/use-data.ts';
import { useSelection } from './use-selection.ts';
import type { ColumnarShard, FlowColumns, MapColumns, ShardRef } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import { coverageOf } from '../derive/resolve.ts';
import { flowFigures } from '../derive/figures.ts';
import {
  countryTotals,
  groupTotal,
  insideOutside,
  membersOn,
  topOutsidePartners,
  type GroupFlow,
  type GroupTotal,
} from '../derive/groups.ts';
import { groupTopCodes, groupTrend } from '../derive/group-figures.ts';
import { isMonthly } from '../state/calendar.ts';
import { selectionLabel } from '../derive/list-info.ts';
import { formatInteger, formatMoney, formatShare } from '../format/number.ts';
import { KeyFigure } from '../ui/KeyFigure.tsx';
import { Trend } from '../charts/trend/Trend.tsx';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { SelectionCoverage } from '../ui/SelectionCoverage.tsx';
import { StateSelects } from '../ui/StateSelects.tsx';
import { linkTo } from '../ui/link-to.ts';
import { DataTable } from './ProfileParts.tsx';
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
 * and codes, its members ranked, and the trend. Every figure comes from src/derive/groups.ts
 * over the map and flows shards the country pages read; a member without a row is "no data".
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
  const mapRefs: (ShardRef | undefined)[] =
    ds && list && byList
      ? ds.years.map((y) => manifest.shards.map[shardKey.map(ds.id, list.id, y)])
      : [];
  const maps = useShards<MapColumns>(mapRefs, t('pgNoMapShard'));
  const flowsRef = ds ? manifest.shards.flows[shardKey.flows(ds.id, state.year)] : undefined;
  const flowsAll = useShards<FlowColumns>(byList ? [flowsRef] : [], t('flNoShard'));
  const flows =
    flowsAll.status === 'ready'
      ? flowsAll.data[0]
        ? { status: 'ready' as const, data: flowsAll.data[0] }
        : { status: 'loading' as const }
      : flowsAll;

  const title = chosen?.name || t('gpTitle');
  let body: ReactNode;
  if (groups.status === 'error') body = <DataErrorNote t={t} failure={groups} />;
  else if (!file || !chosen) body = <p role="status">{t('loading')}</p>;
  else if (chosen.members.length === 0) body = <p>{t('gpNoneChosen')}</p>;
  else if (!res || !ds || !list) body = <p>{t('gpNoneChosen')}</p>;
  else if (!byList) {
    body = (
      <p className="pg-note" role="note" data-testid="group-codes-na">
        {t('gpCodesNotBuilt')}
      </p>
    );
  } else if (failure) body = <DataErrorNote t={t} failure={failure} />;
  else if (maps.status === 'error') body = <DataErrorNote t={t} failure={maps} />;
  else if (flows.status === 'error') body = <DataErrorNote t={t} failure={flows} />;
  else if (maps.status !== 'ready' || flows.status !== 'ready' || !sel || !keys)
    body = <p role="status">{t('loading')}</p>;
  else {
    const yearIndex = ds.years.indexOf(state.year);
    const shard = maps.data[yearIndex];
    body = shard ? (
      <GroupBody
        {...props}
        chosen={chosen}
        shard={shard}
        flows={flowFigures(res, flows.data, keys)}
        flowsShard={flows.data}
        keys={keys(state.year)}
        years={ds.years.map((year, i) => ({
          year,
          shard: maps.data[i] as ColumnarShard<MapColumns>,
        }))}
        coverage={
          <SelectionCoverage
            {...props}
            res={res}
            coverage={coverageOf(res, sel, state.year)}
            period={String(state.year)}
          />
        }
      />
    ) : (
      <p className="pg-note">{t('pgNoMapShard')}</p>
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
      {ds && list && chosen && chosen.members.length > 0 && (
        <p className="pg-lede">
          {t('gpLede', { what: selection, dataset: ds.title, year: String(state.year) })}
        </p>
      )}
      {chosen?.group && <GroupSourceNote group={chosen.group} t={t} />}
      <CoverageNote ds={ds} t={t} lang={lang} year={state.year} />
      {ds && isMonthly(ds) && (
        <p className="pg-note" role="note" data-testid="group-months-na">
          {t('gpMonthsNotBuilt', { year: String(state.year) })}
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
  shard: ColumnarShard<MapColumns>;
  flows: ReturnType<typeof flowFigures>;
  flowsShard: ColumnarShard<FlowColumns>;
  keys: ReadonlySet<string>;
  years: { year: number; shard: ColumnarShard<MapColumns> }[];
  coverage: ReactNode;
}

function GroupBody(props: BodyProps) {
  const { manifest, state, t, lang, nameOf, chosen, shard, flows, years } = props;
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const list = manifest.lists.find((l) => l.id === state.list);
  const currency = ds?.currency ?? 'USD';
  const members = chosen.members;
  const category = state.cat;
  const year = state.year;
  const money = (v: number) => formatMoney(v, currency, lang);
  const noData = t('covNoData');

  const totals = useMemo(
    () =>
      Object.fromEntries(
        FLOWS.map((f) => [f, groupTotal(countryTotals(shard, year, category, f), members)]),
      ) as Record<GroupFlow, GroupTotal>,
    [shard, year, category, members],
  );
  const split = useMemo(
    () => Object.fromEntries(FLOWS.map((f) => [f, insideOutside(flows, members, f)])),
    [flows, members],
  ) as Record<GroupFlow, ReturnType<typeof insideOutside>>;
  const group = chosen.group;
  const trend = useMemo(
    () => groupTrend(years, category, (y) => (group ? membersOn(group, String(y)) : members)),
    [years, category, group, members],
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
                    {t('gpMembersWithData', {
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
        caption={t('gpMembersCaption', { group: chosen.name, year: String(year) })}
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

      {list && !category && (
        <>
          <h3>{t('pgByCategory')}</h3>
          <DataTable
            testId="group-categories"
            caption={t('gpByCategoryCaption', { list: list.name, year: String(year) })}
            head={[t('pgCategory'), t('pgExports'), t('pgImports')]}
            rows={list.categories.map((c) => {
              const of = (f: GroupFlow) => {
                const g = groupTotal(countryTotals(shard, year, c.id, f), members);
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
          summary={trendLine(trend, t, money, noData)}
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

/** The first and last years' totals, read out as the chart's summary. */
function trendLine(
  trend: ReturnType<typeof groupTrend>,
  t: ViewProps['t'],
  money: (v: number) => string,
  noData: string,
): string {
  const a = trend[0];
  const b = trend[trend.length - 1];
  if (!a || !b) return '';
  const m = (g: GroupTotal | null) => (g === null ? noData : money(g.total));
  return t('prTrendSummary', {
    y0: String(a.year),
    y1: String(b.year),
    ex0: m(a.export),
    ex1: m(b.export),
    im0: m(a.import),
    im1: m(b.import),
  });
}
