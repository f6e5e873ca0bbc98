import { useId, useMemo } from 'react';
import { byValue, compareCodes, productRefs, type ListCode } from '../derive/compare.ts';
import { compareFigures } from '../derive/compare-figures.ts';
import { editionOf, reachLimited, type Coverage } from '../derive/resolve.ts';
import { useSelection } from './use-selection.ts';
import { periodLabel } from '../derive/months.ts';
import { useShards } from '../data/use-data.ts';
import { formatAmount, formatInteger } from '../format/number.ts';
import type { ListMeta, MapColumns, ProductColumns } from '../schema/manifest.ts';
import type { ViewProps } from '../state/view-props.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import { effectiveVs, StateSelects } from '../ui/StateSelects.tsx';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import { notAppliedReason } from '../i18n/notes.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);

/** Which codes one list adds or drops relative to another, and what they weigh in trade. */
export function CompareView(props: ViewProps) {
  const { manifest, state, t, lang } = props;
  const vs = effectiveVs(props);
  const stateB = useMemo(() => ({ ...state, list: vs, cat: '', hs: '', codes: [] }), [state, vs]);
  const stateA = useMemo(() => ({ ...state, cat: '', hs: '', codes: [] }), [state]);
  const a = useSelection(manifest, stateA, true);
  const b = useSelection(manifest, stateB, true);
  const ds = a.res?.dataset;
  const metaA = a.res?.list;
  const metaB = b.res?.list;
  const ok = !!ds && !!metaA && !!metaB && metaA.id !== metaB.id;
  const maps = useShards<MapColumns>(
    ok ? [...(a.res?.refs.map.slice(0, 1) ?? []), ...(b.res?.refs.map.slice(0, 1) ?? [])] : [],
    t('pgNoMapShard'),
  );
  const cmp = ok && a.sel && b.sel ? compareCodes(a.sel.entries, b.sel.entries) : null;
  // Category-level datasets have no product shards: values by code cannot be summed there.
  const byCode = ds?.granularity === 'hs6';
  const wanted =
    ok && byCode && a.keys && b.keys
      ? [...new Set([...a.keys(state.year), ...b.keys(state.year)])]
      : [];
  const products = productRefs(manifest, state.dataset, wanted);
  const loaded = useShards<ProductColumns>(products.refs.map((r) => r.ref));

  const head = (
    <>
      <h2 id="pg-compare-h">{t('navCompare')}</h2>
      <p className="pg-lede">{t('pgCompareLede')}</p>
    </>
  );
  if (!ds || ds.lists.length < 2) {
    return (
      <section className="pg" aria-labelledby="pg-compare-h">
        {head}
        <p role="note" className="pg-note">
          {t('pgCompareNeedsTwo', { dataset: ds?.title ?? state.dataset })}
        </p>
        {ds?.listsNotApplied.map((n) => (
          <p key={n.list} className="muted">
            {t('labelValue', {
              label: manifest.lists.find((l) => l.id === n.list)?.name ?? n.list,
              value: notAppliedReason(n.reason, manifest.lists, lang),
            })}
          </p>
        ))}
      </section>
    );
  }
  const selects = <StateSelects {...props} which={['list', 'vs', 'year', 'flow']} />;
  if (!ok || !a.res || !b.res) {
    return (
      <section className="pg" aria-labelledby="pg-compare-h">
        {head}
        {selects}
        <p role="note" className="pg-note">
          {t('pgCompareSame')}
        </p>
      </section>
    );
  }
  const failed = [maps, loaded].find((x) => x.status === 'error') ?? a.failure ?? b.failure;
  const ready =
    maps.status === 'ready' &&
    loaded.status === 'ready' &&
    !!a.sel &&
    !!b.sel &&
    !!a.keys &&
    !!b.keys &&
    !!a.targets &&
    !!b.targets;
  const figures =
    ready && a.sel && b.sel && a.keys && b.keys && a.targets && b.targets
      ? compareFigures({
          a: {
            res: a.res,
            sel: a.sel,
            keys: a.keys,
            map: maps.status === 'ready' && a.res.refs.map.length ? (maps.data[0] ?? null) : null,
          },
          b: {
            res: b.res,
            sel: b.sel,
            keys: b.keys,
            map:
              maps.status === 'ready' && b.res.refs.map.length
                ? (maps.data[a.res.refs.map.length ? 1 : 0] ?? null)
                : null,
          },
          flow: state.flow,
          products:
            loaded.status === 'ready'
              ? products.refs.flatMap((r, i) => {
                  const shard = loaded.data[i];
                  return shard ? [{ code: r.code, shard }] : [];
                })
              : [],
          targets: { a: a.targets(state.year), b: b.targets(state.year) },
        })
      : null;
  // One dataset, one currency: both lists are valued in the same dataset's currency.
  const money = (v: number) => formatAmount(v, ds.currency, lang);
  // Yearly figures (a partial year is named with its months); a month chosen on the map
  // does not apply here: code values come from the yearly product files.
  const period = periodLabel(ds, state.year, 0, lang, (v) => t('moYearPart', v));
  const num = (v: number) => formatInteger(v, lang);
  const kOfN = (c: Coverage) => t('covKofN', { k: num(c.withRows.length), n: num(c.asked.length) });
  const onlyA = t('pgOnlyIn', { list: metaA.name });
  const onlyB = t('pgOnlyIn', { list: metaB.name });
  const g = figures;
  // "World" only for world data holding every code of the list.
  const limited = reachLimited(ds);
  const totalLabel = (list: string, c: Coverage) =>
    t(limited || !c.complete ? 'covTotalOfList' : 'pgWorldTotalOf', { list });
  const edition = editionOf(ds, state.year);
  const rows =
    cmp && g
      ? [
          // Each list's total as the map shows it: the reference the groups must add up to.
          {
            label: totalLabel(metaA.name, g.coverageA),
            codes: g.onlyA.codes + g.both.codes,
            traded: g.onlyA.traded + g.both.traded,
            value: g.totalA,
            coverage: kOfN(g.coverageA),
          },
          {
            label: totalLabel(metaB.name, g.coverageB),
            codes: g.onlyB.codes + g.both.codes,
            traded: g.onlyB.traded + g.both.traded,
            value: g.totalB,
            coverage: kOfN(g.coverageB),
          },
          ...(byCode
            ? [
                { label: onlyA, ...g.onlyA, coverage: '' },
                { label: onlyB, ...g.onlyB, coverage: '' },
                { label: t('pgInBoth'), ...g.both, coverage: '' },
              ]
            : []),
        ]
      : [];
  const values = g && byCode ? g.values : null;

  return (
    <section className="pg pg-compare" aria-labelledby="pg-compare-h">
      {head}
      {selects}
      {failed?.status === 'error' && <DataErrorNote t={t} failure={failed} />}
      {!failed && !ready && <p role="status">{t('loading')}</p>}
      {ready && cmp && g && rows.length > 0 && (
        <>
          <h3 id="pg-cmp-totals">{t('pgCompareTotals')}</h3>
          <div className="pg-scroll" role="region" aria-labelledby="pg-cmp-totals" tabIndex={0}>
            <table className="pg-table" data-testid="compare-totals">
              <caption>
                {t(
                  limited
                    ? state.flow === 'export'
                      ? 'covCmpCapExport'
                      : 'covCmpCapImport'
                    : state.flow === 'export'
                      ? 'pgCmpCapExport'
                      : 'pgCmpCapImport',
                  { year: period },
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('pgGroup')}</th>
                  {(['pgCodesCol', 'pgTradedCol', 'covCodesCol', 'value'] as const).map((k) => (
                    <th key={k} scope="col" className="num">
                      {t(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{num(r.codes)}</td>
                    <td className="num">{byCode ? num(r.traded) : '–'}</td>
                    <td className="num">{r.coverage || '–'}</td>
                    <td className="num" data-value={r.value}>
                      {money(r.value)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t(byCode ? 'pgCompareSumNote' : 'pgCompareNoCodeValues')}</p>
          {byCode &&
            (
              [
                [metaA, g.onlyA.codes + g.both.codes, g.coverageA.asked.length],
                [metaB, g.onlyB.codes + g.both.codes, g.coverageB.asked.length],
              ] as const
            )
              .filter(([m]) => m.hsEdition !== edition)
              .map(([m, count, asked]) => (
                <p key={m.id} className="muted" data-testid="compare-edition">
                  {t('covCompareEdition', {
                    edition,
                    year: String(state.year),
                    list: m.name,
                    n: num(asked),
                    m: num(count),
                  })}
                </p>
              ))}
          {(cmp.excludedA > 0 || cmp.excludedB > 0) && (
            <p className="muted">
              {t('pgCompareExcluded', { a: cmp.excludedA, b: cmp.excludedB })}
            </p>
          )}
          <h3>{t('pgCompareCodes')}</h3>
          {(
            [
              ['a', onlyA, cmp.onlyA, metaA],
              ['b', onlyB, cmp.onlyB, metaB],
              ['both', t('pgInBoth'), cmp.both, metaA],
            ] as const
          ).map(([key, title, codes, meta]) => (
            <CodeTable
              key={key}
              {...props}
              title={title}
              codes={
                values
                  ? byValue(
                      codes,
                      new Map(
                        codes.map((c) => [
                          c.code,
                          g.valueOfListCode(key === 'b' ? 'b' : 'a', c.code),
                        ]),
                      ),
                    )
                  : codes
              }
              meta={meta}
              values={
                values
                  ? new Map(
                      codes.map((c) => [
                        c.code,
                        g.valueOfListCode(key === 'b' ? 'b' : 'a', c.code),
                      ]),
                    )
                  : null
              }
              money={money}
              period={period}
            />
          ))}
        </>
      )}
    </section>
  );
}

function CodeTable(
  props: ViewProps & {
    title: string;
    codes: ListCode[];
    meta: ListMeta;
    values: Map<string, number> | null;
    money: (v: number) => string;
    period: string;
  },
) {
  const { t, title, codes, meta, values, money, lang, period } = props;
  const id = useId();
  const catLabel = (c: string) => meta.categories.find((x) => x.id === c)?.label ?? c;
  return (
    <>
      <h4 id={id}>
        {title} ({formatInteger(codes.length, lang)})
      </h4>
      {codes.length === 0 ? (
        <p className="pg-empty">{t('pgNoCodes')}</p>
      ) : (
        <div className="pg-scroll" role="region" aria-labelledby={id} tabIndex={0}>
          <table className="pg-table pg-codes" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('pgCode')}</th>
                <th scope="col">{t('pgDescription')}</th>
                <th scope="col">{t('pgCategory')}</th>
                <th scope="col">{t('pgSpecificity')}</th>
                {values && (
                  <th scope="col" className="num">
                    {t('pgValueYear', { year: period })}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {codes.map((c) => (
                <tr key={c.code} data-code={c.code}>
                  <th scope="row">{c.code}</th>
                  <td lang="en">{c.description || c.item}</td>
                  <td>{c.categories.map(catLabel).join('; ')}</td>
                  <td>
                    {c.specificity === null
                      ? '–'
                      : t(c.specificity === 'core' ? 'pgCore' : 'pgBroad')}
                  </td>
                  {values && (
                    <td className="num" data-value={values.get(c.code) ?? 0}>
                      {money(values.get(c.code) ?? 0)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
