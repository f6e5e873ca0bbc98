/**
 * The map's group panel, loaded (with the groups file) only once a reader asks for groups or
 * the address names one: the chooser, the group's total on the map and each member's share,
 * and a ranking of every shipped group. Figures are groupTotal over the values the map shows
 * (placeValues in src/derive/groups.ts, which the group profile reads too), so a group's total
 * is the sum of its members' values on the map.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { groupTotal, membersOn, placeValues } from '../derive/groups.ts';
import type { MapModel } from '../derive/map-model.ts';
import { formatMoney, formatShare } from '../format/number.ts';
import { linkTo } from '../ui/link-to.ts';
import { DataErrorNote } from '../ui/DataStatus.tsx';
import { DataTable } from './ProfileParts.tsx';
import { GroupNotices, GroupSelect, useChosenGroup, useGroups } from './group-common.tsx';
import type { ViewProps } from '../state/view-props.ts';

export function MapGroups(
  props: ViewProps & {
    model: MapModel;
    currency: string;
    /** Tells the map which places to outline. */
    onMembers: (members: string[]) => void;
  },
) {
  const { state, t, lang, nameOf, model, currency, onMembers } = props;
  const groups = useGroups();
  const file = groups.status === 'ready' ? groups.data : null;
  const chosen = useChosenGroup(props, file);
  const [rankGroups, setRankGroups] = useState(false);
  const toggleId = useId();
  const members = chosen?.members;
  useEffect(() => {
    onMembers(members ?? []);
  }, [members, onMembers]);
  useEffect(() => () => onMembers([]), [onMembers]);

  // The values the map shows (placeValues), as the group profile reads them from its shard.
  const values = useMemo(() => placeValues(model), [model]);
  const money = (v: number) => formatMoney(v, currency, lang);
  if (groups.status === 'error') return <DataErrorNote t={t} failure={groups} />;
  if (!file) return <p role="status">{t('loading')}</p>;
  const g = members && members.length > 0 ? groupTotal(values, members) : null;
  const ranked = rankGroups
    ? file.groups
        .map((x) => ({ x, g: groupTotal(values, membersOn(x, String(state.year))) }))
        .sort((a, b) => b.g.total - a.g.total || (a.x.id < b.x.id ? -1 : 1))
    : [];

  return (
    <div className="map-groups" data-testid="map-groups">
      <GroupSelect {...props} file={file} allowNone />
      {chosen && <GroupNotices notices={chosen.notices} t={t} />}
      {g && chosen && (
        <>
          <p data-testid="map-group-total" data-value={g.total}>
            {t('gpMapTotal', { group: chosen.name, value: money(g.total) })}{' '}
            <a {...linkTo(props, { view: 'group' })}>{t('gpOpenProfile')}</a>
          </p>
          <DataTable
            testId="map-group-members"
            caption={t('gpMapMembersCaption', { group: chosen.name })}
            head={[t('gpMember'), t('value'), t('gpShareOfGroup')]}
            rows={[
              ...g.members.map((m) => ({
                key: m.iso3,
                head: nameOf(m.iso3),
                cells: [
                  { text: money(m.value), value: m.value },
                  m.share === null
                    ? { text: '–' }
                    : { text: formatShare(m.share, lang), value: m.share },
                ],
              })),
              ...g.noData.map((iso3) => ({
                key: iso3,
                head: nameOf(iso3),
                cells: [{ text: t('covNoData'), noData: true }, { text: '–' }],
              })),
            ]}
            empty=""
          />
        </>
      )}
      <div className="toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={rankGroups}
          onChange={(e) => setRankGroups(e.target.checked)}
        />
        <label htmlFor={toggleId}>{t('gpRankGroups')}</label>
      </div>
      {rankGroups && (
        <DataTable
          testId="map-group-ranking"
          caption={t('gpGroupRankingCaption', { year: String(state.year) })}
          head={[t('gpChoose'), t('value'), t('gpMembersWithDataCol')]}
          rows={ranked.map(({ x, g: total }) => ({
            key: x.id,
            head: (
              <a {...linkTo(props, { view: 'group', group: x.id, members: [] })}>{x.names[lang]}</a>
            ),
            cells: [
              total.members.length === 0
                ? { text: t('covNoData'), noData: true }
                : { text: money(total.total), value: total.total },
              {
                text: `${total.members.length} / ${total.members.length + total.noData.length}`,
                value: total.members.length,
              },
            ],
          }))}
          empty=""
        />
      )}
    </div>
  );
}
