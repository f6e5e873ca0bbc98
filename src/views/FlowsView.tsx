import { CardFooter } from '../ui/ChartCard.tsx';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { Announce } from '../ui/Announce.tsx';
import { lazy, Suspense, useId, useMemo, type ReactNode } from 'react';
import type { DatasetMeta, FlowColumns, WorldPaths } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import { useShard, useShards, useTopology } from '../data/use-data.ts';
import type { ListColumns } from '../schema/manifest.ts';
import { listInfo, selectionLabel } from '../derive/list-info.ts';
import {
  byDirection,
  flowMatrix,
  mirrorGap,
  OTHER,
  squareMatrix,
  topFlows,
  type FlowPair,
} from '../derive/flows.ts';
import { flowFigures } from '../derive/figures.ts';
import { useSelection } from './use-selection.ts';
import { coverageOf } from '../derive/resolve.ts';
import { SelectionCoverage } from '../ui/SelectionCoverage.tsx';
import { declarationNote, flowLabel, flowsTitle } from '../derive/flows-text.ts';
import { formatAmount, formatChange, formatMoney, formatShare } from '../format/number.ts';
import { FLOW_CHARTS, FLOW_DIRS, FLOW_TOP, type FlowChart } from '../state/params.ts';
import { layoutFlowMap } from '../charts/flowmap/layout.ts';
import { FlowMap } from '../charts/flowmap/FlowMap.tsx';
import { FlowsSankey } from './FlowsSankey.tsx';
import { Chord } from '../charts/chord/Chord.tsx';
import { Matrix } from '../charts/chord/Matrix.tsx';
import { HsSearch } from '../ui/controls/HsSearch.tsx';
import { linkTo } from '../ui/link-to.ts';
import { CategoryField, DatasetField, ListField } from '../ui/controls/StateFields.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import type { ViewProps } from '../state/view-props.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import './pages.css';
import './flows-view.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as flowsCatalogue from '../i18n/catalog/flows.ts';
import { FoldedControls } from '../ui/FoldedControls.tsx';

// This view's text loads with it, not with the map.
registerCatalog(flowsCatalogue);
// Flows between groups load, with the groups file, only when that chart is chosen.
const GroupFlows = lazy(() => import('./group-flows.tsx').then((m) => ({ default: m.GroupFlows })));

const CHART_KEYS: Record<FlowChart, MessageKey> = {
  flowmap: 'flChartFlowmap',
  sankey: 'flChartSankey',
  chord: 'flChartChord',
  matrix: 'flChartMatrix',
  groups: 'flChartGroups',
};
const DIR_KEYS: Record<(typeof FLOW_DIRS)[number], MessageKey> = {
  both: 'flDirBoth',
  export: 'flDirExport',
  import: 'flDirImport',
};
const TOP_CHOICES = [5, 10, 15, 20, 30, 50];

/** view=flows: with whom, as a flow map, a Sankey, a chord diagram or a matrix. */
export function FlowsView(props: ViewProps) {
  const { manifest, state, t, lang, nameOf } = props;
  const { res, sel, keys, failure } = useSelection(manifest, state, true);
  const ds = res?.dataset;
  const list = res?.list;
  const flowsRef = ds ? manifest.shards.flows[shardKey.flows(ds.id, state.year)] : undefined;
  const flows = useShard<FlowColumns>(flowsRef, t('flNoShard'));
  const lists = useShards<ListColumns>((ds?.lists ?? []).map((l) => manifest.shards.list[l]));
  const topo = useTopology<WorldPaths>(state.chart === 'flowmap' ? manifest.geo.world : undefined);

  const info = useMemo(() => (lists.status === 'ready' ? listInfo(lists.data) : null), [lists]);
  const pairs = useMemo(() => {
    if (!res || flows.status !== 'ready' || !keys) return null;
    return flowFigures(res, flows.data, keys);
  }, [res, flows, keys]);

  const currency = ds?.currency ?? '';
  const selection = selectionLabel(res ?? null, info, t, lang);
  const title = flowsTitle(
    t,
    {
      selection,
      year: String(state.year),
      currency,
      country: state.country ? nameOf(state.country) : '',
    },
    state.dir,
  );
  const error = flows.status === 'error' ? flows : lists.status === 'error' ? lists : failure;
  // What the figures cover: read under the chart, as a chart's notes are.
  const coverageNotes = (
    <>
      <CoverageNote ds={ds} t={t} lang={props.lang} year={props.state.year} />
      {res && sel && (
        <SelectionCoverage
          {...props}
          res={res}
          coverage={coverageOf(res, sel, res.period.year)}
          period={String(res.period.year)}
        />
      )}
    </>
  );

  return (
    <div className="pg fl">
      {/* The filters first in reading and tab order: beside the chart from 1024 px, folded
          into one line above it on a phone. */}
      <FoldedControls summary={t('flControls')}>
        <FlowControls {...props} ds={ds} pairs={pairs} />
      </FoldedControls>
      <h2 id="fl-title">{title}</h2>
      <Announce text={pairs ? title : ''} />
      {state.month > 0 && <p className="notice">{t('flWholeYear')}</p>}
      {error ? (
        <>
          <DataErrorNote t={t} failure={error} />
          {coverageNotes}
        </>
      ) : !pairs || !ds ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <FlowsBody
          {...props}
          notes={coverageNotes}
          ds={ds}
          pairs={pairs}
          title={title}
          selection={selection}
          currency={currency}
          base={topo.status === 'ready' ? topo.data : null}
          listName={res?.kind === 'hs' || res?.kind === 'codes' ? '' : (list?.name ?? state.list)}
          lang={lang}
        />
      )}
    </div>
  );
}

function FlowControls(
  props: ViewProps & { ds: DatasetMeta | undefined; pairs: FlowPair[] | null },
) {
  const { manifest, state, update, t, ds, pairs, nameOf } = props;
  const id = useId();
  const countries = useMemo(() => {
    const set = new Set<string>();
    for (const p of pairs ?? []) set.add(p.exporter).add(p.importer);
    if (state.country) set.add(state.country);
    return [...set].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  }, [pairs, state.country, nameOf]);
  const tops = [...new Set([...TOP_CHOICES, state.top])].sort((a, b) => a - b);
  return (
    <section className="ctl fl-controls" aria-label={t('flControls')}>
      <div className="ctl-row">
        <DatasetField {...props} id={id} />
        <div className="ctl-field">
          <label htmlFor={`${id}-year`}>{t('ctlYear')}</label>
          <select
            id={`${id}-year`}
            value={String(state.year)}
            onChange={(e) => update({ year: Number(e.target.value), month: 0 })}
          >
            {(ds?.years ?? []).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <ListField {...props} id={id} />
        <CategoryField {...props} id={id} />
      </div>
      <div className="ctl-row">
        {ds?.granularity === 'hs6' && (
          <HsSearch
            key={`hs-${ds.id}`}
            manifest={manifest}
            ds={ds}
            hs={state.hs}
            update={(patch, how) => update({ ...patch, month: 0 }, how)}
            t={t}
            productLink={(code) => linkTo(props, { view: 'product', hs: code, codes: [] })}
          />
        )}
        <div className="ctl-field">
          <label htmlFor={`${id}-country`}>{t('flCountry')}</label>
          <select
            id={`${id}-country`}
            value={state.country}
            onChange={(e) => update({ country: e.target.value })}
          >
            <option value="">{t('flAllCountries')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {nameOf(c)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="ctl-field ctl-radios" disabled={!state.country}>
          <legend>{t('flDir')}</legend>
          {FLOW_DIRS.map((d) => (
            <label key={d} className="ctl-choice">
              <input
                type="radio"
                name={`${id}-dir`}
                value={d}
                checked={state.dir === d}
                onChange={() => update({ dir: d })}
              />
              <span>{t(DIR_KEYS[d])}</span>
            </label>
          ))}
          {!state.country && <p className="ctl-hint">{t('flDirHint')}</p>}
        </fieldset>
      </div>
      <div className="ctl-row">
        <fieldset className="ctl-field ctl-radios seg">
          <legend>{t('flChart')}</legend>
          {FLOW_CHARTS.map((c) => (
            <label key={c} className="ctl-choice">
              <input
                type="radio"
                name={`${id}-chart`}
                value={c}
                checked={state.chart === c}
                onChange={() => update({ chart: c })}
              />
              <span>{t(CHART_KEYS[c])}</span>
            </label>
          ))}
        </fieldset>
        <div className="ctl-field">
          <label htmlFor={`${id}-top`}>{t('flTop')}</label>
          <select
            id={`${id}-top`}
            value={String(state.top)}
            onChange={(e) => update({ top: Number(e.target.value) })}
          >
            {tops
              .filter((n) => n >= FLOW_TOP.min && n <= FLOW_TOP.max)
              .map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
          </select>
        </div>
      </div>
    </section>
  );
}

interface BodyProps extends ViewProps {
  ds: DatasetMeta;
  pairs: FlowPair[];
  title: string;
  selection: string;
  currency: string;
  base: WorldPaths | null;
  listName: string;
  /** What the figures cover, placed under the chart. */
  notes: ReactNode;
}

function FlowsBody(props: BodyProps) {
  const { ds, pairs, state, t, lang, nameOf, currency, title } = props;
  const shown = useMemo(
    () => byDirection(pairs, state.country, state.dir),
    [pairs, state.country, state.dir],
  );
  const top = useMemo(() => topFlows(shown, state.top), [shown, state.top]);
  const name = (k: string) => (k === OTHER ? t('flOther') : nameOf(k));
  const money = (v: number) => formatMoney(v, currency, lang);
  const pct = (v: number) => formatShare(v, lang);
  const exact = (v: number) => formatAmount(v, currency, lang);
  const note = declarationNote(ds, t);
  const mirror = ds.mirror;

  if (shown.length === 0) {
    return (
      <>
        <div className="fl-figure">
          <p className="fl-empty">{t('flNone')}</p>
          <CardFooter {...props} />
        </div>
        {props.notes}
        <Declarations note={note} />
      </>
    );
  }
  const summary =
    top.other.count > 0
      ? t('flSummaryOther', {
          n: top.top.length,
          all: shown.length,
          topValue: money(top.total - top.other.value),
          topShare: pct((top.total - top.other.value) / top.total),
          count: top.other.count,
          other: money(top.other.value),
          otherShare: pct(top.other.value / top.total),
          total: money(top.total),
        })
      : t('flSummaryAll', { all: shown.length, total: money(top.total) });

  return (
    <>
      <figure className="fl-figure" aria-labelledby="fl-caption">
        <p className="fl-summary" data-testid="flows-summary">
          {summary}
        </p>
        <Chart {...props} shown={shown} top={top} name={name} money={money} pct={pct} />
        <figcaption id="fl-caption" className="fl-caption">
          {t('flCaption', {
            chart: t(CHART_KEYS[state.chart]),
            title,
            dataset: ds.title,
            list: props.listName || props.selection,
            year: String(state.year),
            currency,
            source: ds.citation,
          })}
        </figcaption>
        <CardFooter {...props} />
      </figure>
      {props.notes}
      <Declarations note={note} />
      <div className="pg-scroll" role="region" aria-labelledby="fl-table-cap" tabIndex={0}>
        <table className="pg-table fl-table" data-testid="flows-table">
          <caption id="fl-table-cap">
            {t('flTableCaption', { n: top.top.length, currency })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('flRank')}</th>
              <th scope="col">{t('flExporter')}</th>
              <th scope="col">{t('flImporter')}</th>
              <th scope="col" className="num">
                {t('flValue', { currency })}
              </th>
              <th scope="col" className="num">
                {t('flShare')}
              </th>
              {mirror && (
                <>
                  <th scope="col" className="num">
                    {t('flByExporter')}
                  </th>
                  <th scope="col" className="num">
                    {t('flByImporter')}
                  </th>
                  <th scope="col" className="num">
                    {t('flGap')}
                  </th>
                  <th scope="col" className="num">
                    {t('flGapPct')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {top.top.map((p, i) => {
              const g = mirrorGap(p);
              const dash = <span aria-label={t('flNotDeclared')}>–</span>;
              return (
                <tr
                  key={`${p.exporter}>${p.importer}`}
                  data-exporter={p.exporter}
                  data-importer={p.importer}
                  data-value={p.value}
                >
                  <td className="num">{i + 1}</td>
                  <th scope="row">{nameOf(p.exporter)}</th>
                  <td>{nameOf(p.importer)}</td>
                  <td className="num">{exact(p.value)}</td>
                  <td className="num">{pct(p.value / top.total)}</td>
                  {mirror && (
                    <>
                      <td className="num" data-by="exporter" data-value={p.byExporter ?? ''}>
                        {p.byExporter === null ? dash : exact(p.byExporter)}
                      </td>
                      <td className="num" data-by="importer" data-value={p.byImporter ?? ''}>
                        {p.byImporter === null ? dash : exact(p.byImporter)}
                      </td>
                      <td className="num" data-gap={g.gap ?? ''}>
                        {g.gap === null ? dash : exact(g.gap)}
                      </td>
                      <td className="num">
                        {g.gapShare === null ? dash : formatChange(g.gapShare, lang)}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {top.other.count > 0 && (
              <tr data-key="other" data-value={top.other.value}>
                <td />
                <th scope="row" colSpan={2}>
                  {t('flOtherFlows', { count: top.other.count })}
                </th>
                <td className="num">{exact(top.other.value)}</td>
                <td className="num">{pct(top.other.value / top.total)}</td>
                {mirror && <td colSpan={4} />}
              </tr>
            )}
            <tr data-key="total" data-value={top.total}>
              <td />
              <th scope="row" colSpan={2}>
                {t('flTotal')}
              </th>
              <td className="num">{exact(top.total)}</td>
              <td className="num">{pct(1)}</td>
              {mirror && <td colSpan={4} />}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function Declarations({ note }: { note: { heading: string; paragraphs: string[] } }) {
  return (
    <section className="fl-decl" aria-labelledby="fl-decl-h" data-testid="declarations">
      <h3 id="fl-decl-h">{note.heading}</h3>
      {note.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}

function Chart(
  props: BodyProps & {
    shown: FlowPair[];
    top: ReturnType<typeof topFlows>;
    name: (k: string) => string;
    money: (v: number) => string;
    pct: (v: number) => string;
  },
) {
  const { state, t, shown, top, name, money, pct, base, ds, lang, currency } = props;
  const layout = useMemo(() => {
    if (state.chart !== 'flowmap' || !base) return null;
    const centroids = new Map<string, [number, number]>();
    for (const s of base.shapes) if (!centroids.has(s.id)) centroids.set(s.id, s.c);
    return layoutFlowMap(top.top, centroids, {
      width: base.width,
      height: base.height,
      total: top.total,
    });
  }, [state.chart, base, top]);
  const matrix = useMemo(
    () =>
      state.chart === 'sankey' || state.chart === 'matrix' ? flowMatrix(shown, state.top) : null,
    [state.chart, shown, state.top],
  );
  const square = useMemo(
    () => (state.chart === 'chord' ? squareMatrix(shown, state.top) : null),
    [state.chart, shown, state.top],
  );
  const flowLine = flowLabel(t, name, money, pct, top.total);

  if (state.chart === 'flowmap') {
    if (!layout || !base) return <p role="status">{t('loadingMap')}</p>;
    return (
      <>
        <FlowMap
          lang={lang}
          layout={layout}
          base={base.shapes}
          title={props.title}
          arcsLabel={t('flArcs')}
          kind={(a) => (!state.country ? 'all' : a.exporter === state.country ? 'out' : 'in')}
          describe={(a) => {
            const p = top.top.find((x) => x.exporter === a.exporter && x.importer === a.importer);
            const lines = [money(a.value), t('flShareLine', { share: pct(a.share) })];
            if (ds.mirror && p)
              lines.push(
                t('flDeclaredLine', {
                  ex: p.byExporter === null ? '–' : money(p.byExporter),
                  im: p.byImporter === null ? '–' : money(p.byImporter),
                }),
              );
            return { title: `${name(a.exporter)} → ${name(a.importer)}`, lines };
          }}
        />
        {state.country && (
          <p className="fl-key">
            <span className="fl-swatch fl-out" aria-hidden="true" /> {t('flKeyOut')}{' '}
            <span className="fl-swatch fl-in" aria-hidden="true" /> {t('flKeyIn')}
          </p>
        )}
        {layout.unplaced.length > 0 && (
          <p className="fl-unplaced">
            {t('flUnplaced', {
              flows: layout.unplaced
                .map((f) => `${name(f.exporter)} → ${name(f.importer)} (${money(f.value)})`)
                .join('; '),
            })}
          </p>
        )}
      </>
    );
  }
  if (state.chart === 'sankey' && matrix) {
    return (
      <FlowsSankey
        left={matrix.rows}
        right={matrix.cols}
        cells={matrix.cells}
        other={OTHER}
        title={props.title}
        name={name}
        money={money}
        pct={pct}
        t={t}
        flowLine={flowLine}
      />
    );
  }
  if (state.chart === 'chord' && square) {
    return (
      <>
        <div className="chart-scroll" role="region" aria-labelledby="fl-caption" tabIndex={0}>
          <Chord
            keys={square.keys}
            cells={square.cells}
            other={OTHER}
            title={props.title}
            name={name}
            groupLabel={(g) =>
              t('flGroupLabel', { name: name(g.key), out: money(g.out), in: money(g.in) })
            }
            ribbonLabel={flowLine}
          />
        </div>
        {(square.cells[square.keys.length - 1]?.[square.keys.length - 1] ?? 0) > 0 &&
          square.keys.includes(OTHER) && (
            <p className="fl-unplaced">
              {t('flChordDiagonal', {
                value: money(square.cells[square.keys.length - 1]?.[square.keys.length - 1] ?? 0),
              })}
            </p>
          )}
        <p className="fl-hint">{t('flChordHint')}</p>
      </>
    );
  }
  if (state.chart === 'groups') {
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <GroupFlows {...props} pairs={shown} money={money} pct={pct} title={props.title} />
      </Suspense>
    );
  }
  if (state.chart === 'matrix' && matrix) {
    return (
      <Matrix
        lang={lang}
        {...matrix}
        caption={t('flMatrixCaption', { currency })}
        hint={t('flMatrixHint')}
        corner={t('flMatrixCorner')}
        totalLabel={t('flTotal')}
        name={name}
        format={(v) => formatAmount(v, '', lang)}
        cellLabel={flowLine}
      />
    );
  }
  return null;
}
