import type { GroupsFile } from '../schema/groups.ts';
import { REGIME_IDS } from '../schema/groups.ts';
import { LANGS } from '../schema/manifest.ts';

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNames = (v: unknown) => isObject(v) && LANGS.every((l) => isText(v[l]));
const isMember = (v: unknown) =>
  isObject(v) && typeof v.iso3 === 'string' && /^[A-Z]{3}$/.test(v.iso3);

/**
 * Whether a parsed groups.json has every part a view reads. The file is not in the manifest
 * (it is loaded when first needed), so it has no checksum there: its shape is checked instead,
 * and a damaged or foreign file is refused rather than drawn as groups without members.
 */
export function isGroupsFile(v: unknown, schemaVersion: number): v is GroupsFile {
  if (!isObject(v) || v.schemaVersion !== schemaVersion) return false;
  if (!Array.isArray(v.families) || !Array.isArray(v.groups)) return false;
  const families = new Set<string>();
  for (const f of v.families) {
    if (!isObject(f) || !isText(f.id) || !isNames(f.names)) return false;
    families.add(f.id);
  }
  const ids = new Set<string>();
  for (const g of v.groups) {
    if (!isObject(g) || !isText(g.id) || ids.has(g.id) || !isText(g.family)) return false;
    ids.add(g.id);
    if (!families.has(g.family) || !isNames(g.names) || !isText(g.asOf)) return false;
    if (g.regime !== undefined && !REGIME_IDS.some((r) => r === g.regime)) return false;
    if (!Array.isArray(g.sources) || g.sources.length === 0) return false;
    if (!g.sources.every((s) => isObject(s) && isText(s.url) && isText(s.title))) return false;
    if (!Array.isArray(g.members) || g.members.length === 0 || !g.members.every(isMember))
      return false;
    if (!Array.isArray(g.formerMembers) || !g.formerMembers.every(isMember)) return false;
    if (!Array.isArray(g.otherParticipants)) return false;
  }
  return true;
}
