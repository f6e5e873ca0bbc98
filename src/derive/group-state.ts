/**
 * The group a state names, for the download and export filters, which run outside the group
 * views: read from the groups file if a view has already loaded it (it is never fetched for
 * this), else the user's own members. Null when the state names no group that can be shown.
 */
import { peekLoaded } from '../data/loader.ts';
import { GROUPS_PATH, type GroupsFile } from '../schema/groups.ts';
import type { Names } from '../schema/manifest.ts';
import type { AtlasState } from '../state/params.ts';
import { membersOn } from './groups.ts';

export interface StateGroup {
  /** The shipped group's id, or '' for a user's own group. */
  id: string;
  names: Names | null;
  members: string[];
}

export function groupOfState(state: AtlasState): StateGroup | null {
  if (state.group) {
    const g = peekLoaded<GroupsFile>(GROUPS_PATH)?.groups.find((x) => x.id === state.group);
    return g ? { id: g.id, names: g.names, members: membersOn(g, String(state.year)) } : null;
  }
  return state.members.length ? { id: '', names: null, members: [...state.members] } : null;
}
