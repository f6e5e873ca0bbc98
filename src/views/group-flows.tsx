/**
 * Flows between groups (the flows view's "groups" chart): a Sankey and a matrix of the
 * selection's flows from group to group and to and from the rest of the world, from
 * groupLinks. Groups overlap (an EU member is also an NSG participant), so each country counts
 * in the first group that holds it: regions and unions first, then the regimes. One group
 * can be opened into its members (the address's `group`).
 */
import { useMemo } from 'react';
import { FlowsSankey } from './FlowsSankey.tsx';
import { flowLabel } from '../derive/flows-text.ts';
import { Matrix } from '../charts/chord/Matrix.tsx';
import type { FlowPair } from '../derive/flows.ts';
import { groupLinks, membersOn, REST } from '../derive/groups.ts';
import { formatAmount } from '../format/number.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import { useGroups } from './group-common.tsx';
import type { ViewProps } from '../state/view-props.ts';

export function GroupFlows(
  props: ViewProps & {
    pairs: readonly FlowPair[];
    money: (v: number) => string;
    pct: (v: number) => string;
    title: string;
  },
) {
  const { state, update, t, lang, nameOf, pairs, money, pct } = props;
  const groups = useGroups();
  const file = groups.status === 'ready' ? groups.data : null;
  const ordered = useMemo(() => {
    if (!file) return [];
    const year = String(state.year);
    const all = file.groups.map((g) => ({ g, id: g.id, members: membersOn(g, year) }));
    return [...all.filter((x) => !x.g.regime), ...all.filter((x) => x.g.regime)];
  }, [file, state.year]);
  const expand = ordered.some((x) => x.id === state.group) ? state.group : null;
  const model = useMemo(() => {
    const links = groupLinks(pairs, ordered, expand);
    const out = new Map<string, number>();
    const inn = new Map<string, number>();
    for (const l of links) {
      out.set(l.from, (out.get(l.from) ?? 0) + l.value);
      inn.set(l.to, (inn.get(l.to) ?? 0) + l.value);
    }
    const byValue = (m: Map<string, number>) =>
      [...m].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([k]) => k);
    const rows = byValue(out);
    const cols = byValue(inn);
    const cells = rows.map((r) =>
      cols.map((c) => links.find((l) => l.from === r && l.to === c)?.value ?? 0),
    );
    const total = links.reduce((s, l) => s + l.value, 0);
    return {
      rows,
      cols,
      cells,
      rowTotals: rows.map((r) => out.get(r) ?? 0),
      colTotals: cols.map((c) => inn.get(c) ?? 0),
      total,
    };
  }, [pairs, ordered, expand]);

  if (groups.status === 'error') return <DataErrorNote t={t} failure={groups} />;
  if (!file) return <p role="status">{t('loading')}</p>;
  const names = new Map(ordered.map((x) => [x.id, x.g.names[lang]]));
  const name = (k: string) => (k === REST ? t('gpRest') : (names.get(k) ?? nameOf(k)));
  const flowLine = flowLabel(t, name, money, pct, model.total);
  return (
    <div className="gp-flows" data-testid="group-flows">
      <p className="fl-hint">{t('gpFlowsHow')}</p>
      <div className="gp-expand" role="group" aria-label={t('gpExpandLabel')}>
        {ordered.map((x) => (
          <button
            key={x.id}
            type="button"
            aria-pressed={expand === x.id}
            onClick={() => update({ group: expand === x.id ? '' : x.id, members: [] })}
          >
            {x.g.names[lang]}
          </button>
        ))}
      </div>
      <FlowsSankey
        left={model.rows}
        right={model.cols}
        cells={model.cells}
        other="~other"
        title={props.title}
        name={name}
        money={money}
        pct={pct}
        t={t}
        flowLine={flowLine}
      />
      <Matrix
        lang={lang}
        {...model}
        caption={t('gpFlowsMatrixCaption', {
          currency: props.manifest.datasets.find((d) => d.id === state.dataset)?.currency ?? '',
        })}
        hint={t('flMatrixHint')}
        corner={t('flMatrixCorner')}
        totalLabel={t('flTotal')}
        name={name}
        format={(v) => formatAmount(v, '', lang)}
        cellLabel={flowLine}
      />
    </div>
  );
}
