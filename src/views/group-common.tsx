/**
 * What the group views share: the groups file (loaded the first time one of them renders, never
 * with the first view), the group the URL names resolved by selectGroup, its notices, and the
 * group chooser.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { loadGroups } from '../data/loader.ts';
import { describeFailure, type Loaded } from '../data/use-data.ts';
import { membersOn, selectGroup, type GroupNotice } from '../derive/groups.ts';
import type { GroupMeta, GroupsFile } from '../schema/groups.ts';
import { NOTICE_MESSAGES } from '../state/url-state.ts';
import { registerCatalog } from '../i18n/messages.ts';
import * as groupsCatalogue from '../i18n/catalog/groups.ts';
import type { ViewProps } from '../state/view-props.ts';
import './groups.css';

// The group views' text loads with them, not with the map.
registerCatalog(groupsCatalogue);

export function useGroups(): Loaded<GroupsFile> {
  const [value, setValue] = useState<Loaded<GroupsFile>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadGroups().then(
      (data) => live && setValue({ status: 'ready', data }),
      (e: unknown) => live && setValue(describeFailure(e, 'groups.json')),
    );
    return () => {
      live = false;
    };
  }, []);
  return value;
}

export interface ChosenGroup {
  /** The shipped group, or null for a user's own group. */
  group: GroupMeta | null;
  /** The members counted in `year`: a shipped group's members on that date, or the user's. */
  members: string[];
  /** The group's name in the reader's language. */
  name: string;
  notices: GroupNotice[];
}

/** The group the state names (null when it names none that can be shown). */
export function useChosenGroup(props: ViewProps, file: GroupsFile | null): ChosenGroup | null {
  const { manifest, state, t, lang } = props;
  // Memoised on the state, not on `t` (a new function each render of the shell), so the
  // members array stays the same object and views keyed on it do not redo their figures.
  const sel = useMemo(() => {
    if (!file) return null;
    const known = new Set(manifest.countries.map((c) => c.iso3));
    const s = selectGroup(
      { group: state.group, members: state.members.join(',') },
      file.groups,
      (c) => known.has(c),
    );
    return {
      ...s,
      members: s.group ? membersOn(s.group, String(state.year)) : s.members,
    };
  }, [file, manifest, state.group, state.members, state.year]);
  if (!sel) return null;
  if (sel.members.length === 0) return { group: null, members: [], name: '', notices: sel.notices };
  return {
    group: sel.group,
    members: sel.members,
    name: sel.group ? sel.group.names[lang] : t('gpOwnGroup', { n: sel.members.length }),
    notices: sel.notices,
  };
}

/** A group parameter the groups file cannot satisfy, said as the link notices say it. */
export function GroupNotices({ notices, t }: { notices: GroupNotice[]; t: ViewProps['t'] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="group-notices">
      <strong>{t('noticeTitle')}</strong>
      <ul>
        {notices.map((n, i) => (
          // An id the groups file lacks is a value the parameter cannot take, not an unknown
          // parameter: it is worded as the link notices word an invalid value.
          <li key={i}>
            {t(NOTICE_MESSAGES[n.reason === 'unknown' ? 'invalid' : n.reason], {
              param: n.param,
              value: n.value,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The group chooser: a native select (arrow keys, type-ahead and the pointer all work), the
 * groups under their families; choosing one replaces a user's own group.
 */
export function GroupSelect(
  props: ViewProps & { file: GroupsFile; label?: string; allowNone?: boolean },
) {
  const { file, state, update, t, lang } = props;
  const id = useId();
  const value = state.group || (state.members.length ? '~own' : '');
  return (
    <div className="field gp-select">
      <label htmlFor={id}>{props.label ?? t('gpChoose')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          if (v === '~own') return;
          update({ group: v, members: [] });
        }}
      >
        {(props.allowNone || value === '') && <option value="">{t('gpNone')}</option>}
        {state.members.length > 0 && (
          <option value="~own">{t('gpOwnGroup', { n: state.members.length })}</option>
        )}
        {file.families.map((f) => (
          <optgroup key={f.id} label={f.names[lang]}>
            {file.groups
              .filter((g) => g.family === f.id)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.names[lang]}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Where a shipped group's list comes from and the date it holds for. */
export function GroupSourceNote({ group, t }: { group: GroupMeta; t: ViewProps['t'] }) {
  return (
    <p className="muted gp-source" data-testid="group-source">
      {t('gpAsOf', { date: group.asOf })}{' '}
      {group.sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && '; '}
          <a href={s.url} lang="en">
            {s.publisher}: {s.title}
          </a>
        </span>
      ))}
    </p>
  );
}
