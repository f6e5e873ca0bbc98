/**
 * The groups file (`groups.json` beside the manifest): regions, unions and export-control
 * regimes as lists of ISO3 members, compiled from the files in data/groups/. It is not named
 * in the manifest and not fetched with the first view: the app loads it the first time a view
 * needs a group.
 */
import type { Names } from './manifest.ts';

/** Where the build writes the groups, relative to the data folder (public/data). */
export const GROUPS_PATH = 'groups.json';

/**
 * Regimes a group can stand for. The lists' `regime` column holds free text ("NSG",
 * "Australia Group", "CWC Schedule 2", "Wassenaar dual-use Cat. 3 / CHPL"...);
 * src/derive/groups.ts reads it as these ids.
 */
export const REGIME_IDS = ['NSG', 'AG', 'MTCR', 'Wassenaar', 'CWC'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/**
 * A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Strings of
 * one form compare in time order; a year sorts before the months of that year.
 */
export type PartialDate = string;

export interface GroupSource {
  title: string;
  publisher: string;
  url: string;
  /** The page's licence or terms of use, where the source states them. */
  terms?: string;
}

export interface GroupMember {
  iso3: string;
  joined?: PartialDate;
  /** Former members only. */
  left?: PartialDate;
  note?: string;
}

/** A participant that is not a country (the EU in the Australia Group) or not a member. */
export interface OtherParticipant {
  name: string;
  role: 'participant' | 'observer' | 'adherent';
  since?: PartialDate;
  note?: string;
}

export interface GroupFamily {
  id: string;
  names: Names;
  /** The file in data/groups/ the family comes from. */
  file: string;
}

export interface GroupMeta {
  id: string;
  family: string;
  names: Names;
  /** Which names are the body's own and which are translations. */
  namesNote?: string;
  /** For an export-control regime: the regime the lists' `regime` column names. */
  regime?: RegimeId;
  /** The date the member list is valid for, and why that date. */
  asOf: PartialDate;
  asOfBasis?: string;
  /** How a region is drawn when it is not a body's own membership list. */
  delimitation?: string;
  sources: GroupSource[];
  /** Members on `asOf`, in the file's order. */
  members: GroupMember[];
  formerMembers: GroupMember[];
  otherParticipants: OtherParticipant[];
  note?: string;
}

export interface GroupsFile {
  schemaVersion: number;
  notice: string;
  families: GroupFamily[];
  groups: GroupMeta[];
}
