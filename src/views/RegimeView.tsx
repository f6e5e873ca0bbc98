import { useEffect, useId, useMemo, type ReactNode } from 'react';
import { useShards } from '../data/use-data.ts';
import { useSelection } from './use-selection.ts';
import type { FlowColumns } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import type { ListColumns } from '../schema/manifest.ts';
import { flowFigures } from '../derive/figures.ts';
import { categoryRegimes, membersOn, regimeShares } from '../derive/groups.ts';
import { formatMoney, formatShare } from '../format/number.ts';
import { CoverageNote } from '../ui/CoverageNote.tsx';
import { StateSelects } from '../ui/StateSelects.tsx';
import { linkTo } from '../ui/link-to.ts';
import { DataTable } from './ProfileParts.tsx';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import { GroupSourceNote, useGroups } from './group-common.tsx';
import type { ViewProps } from '../state/view-props.ts';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../i18n/catalog/profiles.ts';

registerCatalog(pagesCatalogue);
registerCatalog(profilesCatalogue);

/**
 * The regime view (`view=regime`), a training aid: for a category of a list tied to an
 * export-control regime by the list's `regime` column, each country's trade in that category
 * with countries outside the regime's participants (regimeShares), with the participant list
 * and its date on the page.
 */
export function RegimeView(props: ViewProps) {
  const { manifest, state, update, t, lang, nameOf } = props;
  const groups = useGroups();
  const file = groups.status === 'ready' ? groups.data : null;
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const list = manifest.lists.find((l) => l.id === state.list);
  const listShard = useShards<ListColumns>(list ? [manifest.shards.list[list.id]] : []);
  const tied = useMemo(() => {
    if (listShard.status !== 'ready') return null;
    const d = listShard.data[0]?.data;
    if (!d) return new Map<string, string[]>();
    return categoryRegimes(
      d.category.map((c, i) => ({ category: String(c ?? ''), regime: String(d.regime[i] ?? '') })),
    );
  }, [listShard]);
  // The categories a shipped participant list can be set against, in the list's order.
  const choices = useMemo(() => {
    if (!tied || !file || !list) return [];
    return list.categories.flatMap((c) => {
      const regime = (tied.get(c.id) ?? []).find((r) => file.groups.some((g) => g.regime === r));
      const group = regime ? file.groups.find((g) => g.regime === regime) : undefined;
      return group ? [{ category: c, group }] : [];
    });
  }, [tied, file, list]);
  const chosen = choices.find((c) => c.category.id === state.cat) ?? choices[0];
  const effective =
    chosen && chosen.category.id !== state.cat
      ? { ...state, cat: chosen.category.id, hs: '', codes: [] }
      : state;
  const { res, keys, failure } = useSelection(manifest, effective, true);
  const flowsRef = ds ? manifest.shards.flows[shardKey.flows(ds.id, state.year)] : undefined;
  // Asked for only once a category is chosen: no file is needed (or missing) before that.
  const flowsAll = useShards<FlowColumns>(chosen ? [flowsRef] : [], t('flNoShard'));
  const flowsShard = flowsAll.status === 'ready' ? (flowsAll.data[0] ?? null) : null;
  const selectId = useId();
  // The URL names the category shown, so a download, an export or a tour step carries it.
  const shownCat = chosen?.category.id;
  useEffect(() => {
    if (shownCat && shownCat !== state.cat) update({ cat: shownCat, hs: '', codes: [] }, 'replace');
  }, [shownCat, state.cat, update]);

  const rows = useMemo(() => {
    if (!chosen || !res || !keys || !flowsShard) return null;
    const participants = membersOn(chosen.group, String(state.year));
    return {
      participants,
      shares: regimeShares(flowFigures(res, flowsShard, keys), participants, state.flow),
    };
  }, [chosen, res, keys, flowsShard, state.year, state.flow]);

  let body: ReactNode;
  if (groups.status === 'error') body = <DataErrorNote t={t} failure={groups} />;
  else if (listShard.status === 'error') body = <DataErrorNote t={t} failure={listShard} />;
  else if (failure) body = <DataErrorNote t={t} failure={failure} />;
  else if (flowsAll.status === 'error') body = <DataErrorNote t={t} failure={flowsAll} />;
  else if (!file || !tied) body = <p role="status">{t('loading')}</p>;
  else if (!chosen || !list)
    body = (
      <p className="pg-note" role="note" data-testid="regime-none">
        {t('rgNoTie', { list: list?.name ?? state.list })}
      </p>
    );
  else if (!rows) body = <p role="status">{t('loading')}</p>;
  else {
    const currency = ds?.currency ?? 'USD';
    const money = (v: number) => formatMoney(v, currency, lang);
    const regime = chosen.group.names[lang];
    body = (
      <>
        <section aria-labelledby="rg-participants-h">
          <h3 id="rg-participants-h">
            {t('rgParticipants', { regime, n: rows.participants.length, date: chosen.group.asOf })}
          </h3>
          <p data-testid="regime-participants">
            {rows.participants
              .map((c) => nameOf(c))
              .sort((a, b) => a.localeCompare(b, lang))
              .join(', ')}
          </p>
          {chosen.group.otherParticipants.length > 0 && (
            <p className="muted">
              {t('rgOthers', {
                names: chosen.group.otherParticipants.map((o) => o.name).join(', '),
              })}
            </p>
          )}
          <GroupSourceNote group={chosen.group} t={t} />
          <p>
            <a {...linkTo(props, { view: 'group', group: chosen.group.id, members: [] })}>
              {t('rgGroupLink', { regime })}
            </a>
          </p>
        </section>
        <DataTable
          testId="regime-shares"
          caption={t(state.flow === 'export' ? 'rgCaptionExport' : 'rgCaptionImport', {
            category: chosen.category.label,
            regime,
            year: String(state.year),
          })}
          head={[t('gpCountry'), t('rgParticipant'), t('value'), t('rgOutside'), t('rgShare')]}
          rows={rows.shares.map((r) => ({
            key: r.iso3,
            head: <a {...linkTo(props, { view: 'country', country: r.iso3 })}>{nameOf(r.iso3)}</a>,
            cells: [
              { text: t(r.participant ? 'rgYes' : 'rgNo'), words: true },
              { text: money(r.total), value: r.total },
              { text: money(r.outside), value: r.outside },
              r.share === null
                ? { text: '–' }
                : { text: formatShare(r.share, lang), value: r.share },
            ],
          }))}
          empty={t('rgNoTrade')}
        />
      </>
    );
  }

  return (
    <section className="pg pg-regime" aria-labelledby="pg-regime-h">
      <h2 id="pg-regime-h">{t('rgTitle')}</h2>
      <p className="pg-lede">{t('rgLede')}</p>
      <p className="pg-note" role="note" data-testid="regime-caveat">
        <strong>{t('rgLegal')}</strong>
      </p>
      <CoverageNote ds={ds} t={t} lang={lang} year={state.year} />
      <div className="pr-controls">
        <StateSelects {...props} which={['list', 'year', 'flow']} />
        {choices.length > 0 && chosen && (
          <div className="field">
            <label htmlFor={selectId}>{t('rgCategory')}</label>
            <select
              id={selectId}
              value={chosen.category.id}
              onChange={(e) => update({ cat: e.target.value, hs: '', codes: [] })}
            >
              {choices.map((c) => (
                <option key={c.category.id} value={c.category.id}>
                  {t('rgCategoryOption', {
                    category: c.category.label,
                    regime: c.group.names[lang],
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {body}
    </section>
  );
}
