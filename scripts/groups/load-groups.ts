import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LANGS, type Names } from '../../src/schema/manifest.ts';
import {
  REGIME_IDS,
  type GroupFamily,
  type GroupMember,
  type GroupMeta,
  type GroupSource,
  type OtherParticipant,
  type RegimeId,
} from '../../src/schema/groups.ts';
import { InputError } from '../lib/errors.ts';
import { JsonSyntaxError, parseJsonLines, type JsonNode } from '../lib/json-lines.ts';
import { isIsoAlpha3 } from '../normalize/countries.ts';

export interface LoadedGroups {
  families: GroupFamily[];
  groups: GroupMeta[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const ROLES = ['participant', 'observer', 'adherent'] as const;

/**
 * Reads every `*.json` in the groups folder, sorted by file name. A folder that does not exist
 * holds no groups (a build run from elsewhere with its own lists); a malformed file stops the
 * build with `file:line: reason`.
 */
export function loadGroups(dir: string): LoadedGroups {
  if (!existsSync(dir)) return { families: [], groups: [] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const families: GroupFamily[] = [];
  const groups: GroupMeta[] = [];
  const familyFile = new Map<string, string>();
  const groupFile = new Map<string, string>();
  for (const f of files) {
    const path = join(dir, f);
    const parsed = parseGroupFile(path, readFileSync(path, 'utf8'));
    const prev = familyFile.get(parsed.family.id);
    if (prev) {
      throw new InputError(
        path,
        parsed.familyLine,
        `family id "${parsed.family.id}" is already used by ${prev}`,
      );
    }
    familyFile.set(parsed.family.id, parsed.family.file);
    families.push(parsed.family);
    for (const [i, g] of parsed.groups.entries()) {
      const other = groupFile.get(g.id);
      if (other) {
        throw new InputError(
          path,
          parsed.groupLines[i] ?? 1,
          `group id "${g.id}" is already used in ${other}`,
        );
      }
      groupFile.set(g.id, parsed.family.file);
      groups.push(g);
    }
  }
  return { families, groups };
}

/** One family file: `{"family": {id, names}, "groups": [...]}` (data/groups/README.md). */
export function parseGroupFile(
  file: string,
  text: string,
): { family: GroupFamily; familyLine: number; groups: GroupMeta[]; groupLines: number[] } {
  const name = basename(file);
  let root: JsonNode;
  try {
    root = parseJsonLines(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new InputError(file, e.line, e.message);
    throw e;
  }
  // Errors name the file as it was given (like the lists'), so a reader can open it.
  const err = (node: { line: number }, reason: string) => new InputError(file, node.line, reason);
  const obj = objectAt(root, 'the file', err);
  const familyNode = required(obj, root, 'family', err);
  const family = objectAt(familyNode, '"family"', err);
  const familyId = idAt(required(family, familyNode, 'id', err), 'family id', err);
  const familyNames = namesAt(required(family, familyNode, 'names', err), err);
  const groupsNode = required(obj, root, 'groups', err);
  if (groupsNode.kind !== 'array' || groupsNode.items.length === 0) {
    throw err(groupsNode, '"groups" must be a list of at least one group');
  }
  const seen = new Map<string, number>();
  const groups = groupsNode.items.map((node) => {
    const g = parseGroup(node, familyId, err);
    const prev = seen.get(g.id);
    if (prev !== undefined)
      throw err(node, `group id "${g.id}" appears twice (first on line ${prev})`);
    seen.set(g.id, node.line);
    return g;
  });
  return {
    family: { id: familyId, names: familyNames, file: name },
    familyLine: familyNode.line,
    groups,
    groupLines: groupsNode.items.map((n) => n.line),
  };
}

type Err = (node: { line: number }, reason: string) => InputError;
type Obj = Map<string, JsonNode>;

const GROUP_KEYS = new Set([
  'id',
  'names',
  'namesNote',
  'regime',
  'asOf',
  'asOfBasis',
  'delimitation',
  'sources',
  'members',
  'formerMembers',
  'otherParticipants',
  'note',
]);

function parseGroup(node: JsonNode, family: string, err: Err): GroupMeta {
  const g = objectAt(node, 'a group', err);
  for (const [key, v] of g) {
    // A misspelt key ("member", "as_of") would otherwise drop its data without a word.
    if (!GROUP_KEYS.has(key)) throw err(v, `unknown key "${key}" in a group`);
  }
  const id = idAt(required(g, node, 'id', err), 'group id', err);
  const names = namesAt(required(g, node, 'names', err), err);
  const regimeNode = g.get('regime');
  let regime: RegimeId | undefined;
  if (regimeNode) {
    const r = textAt(regimeNode, 'regime', err);
    const known = REGIME_IDS.find((x) => x === r);
    if (!known) {
      throw err(regimeNode, `unknown regime id "${r}" (one of ${REGIME_IDS.join(', ')})`);
    }
    regime = known;
  }
  const asOfNode = g.get('asOf');
  if (!asOfNode) throw err(node, `group "${id}" has no "asOf" date (the date its members hold)`);
  const asOf = dateAt(asOfNode, 'asOf', err);
  const sourcesNode = g.get('sources');
  if (!sourcesNode || sourcesNode.kind !== 'array' || sourcesNode.items.length === 0) {
    throw err(sourcesNode ?? node, `group "${id}" has no source: "sources" needs at least one`);
  }
  const sources = sourcesNode.items.map((s) => sourceAt(s, err));
  const membersNode = g.get('members');
  if (!membersNode || membersNode.kind !== 'array' || membersNode.items.length === 0) {
    throw err(membersNode ?? node, `group "${id}" has no members`);
  }
  const members = membersAt(membersNode, false, err);
  const formerNode = g.get('formerMembers');
  const formerMembers = formerNode ? membersAt(formerNode, true, err) : [];
  const current = new Set(members.map((m) => m.iso3));
  for (const [i, m] of formerMembers.entries()) {
    if (current.has(m.iso3)) {
      const at = formerNode?.kind === 'array' ? (formerNode.items[i] ?? node) : node;
      throw err(at, `${m.iso3} is both a member and a former member`);
    }
  }
  const otherNode = g.get('otherParticipants');
  const otherParticipants = otherNode ? othersAt(otherNode, err) : [];
  const out: GroupMeta = {
    id,
    family,
    names,
    asOf,
    sources,
    members,
    formerMembers,
    otherParticipants,
  };
  if (regime) out.regime = regime;
  for (const key of ['namesNote', 'asOfBasis', 'delimitation', 'note'] as const) {
    const v = g.get(key);
    if (v) out[key] = textAt(v, key, err);
  }
  return out;
}

function membersAt(node: JsonNode, former: boolean, err: Err): GroupMember[] {
  const what = former ? '"formerMembers"' : '"members"';
  if (node.kind !== 'array') throw err(node, `${what} must be a list`);
  const seen = new Map<string, number>();
  return node.items.map((item) => {
    const m = objectAt(item, 'a member', err);
    for (const [key, v] of m) {
      if (!['iso3', 'joined', 'left', 'note'].includes(key))
        throw err(v, `unknown key "${key}" in a member`);
    }
    const codeNode = required(m, item, 'iso3', err);
    const iso3 = textAt(codeNode, 'iso3', err);
    if (!isIsoAlpha3(iso3)) {
      const hint = /^[a-z]{3}$/.test(iso3) ? ' (write it in capitals)' : '';
      throw err(codeNode, `unknown ISO3 code "${iso3}"${hint}`);
    }
    const prev = seen.get(iso3);
    if (prev !== undefined) throw err(codeNode, `duplicate member ${iso3} (first on line ${prev})`);
    seen.set(iso3, codeNode.line);
    const out: GroupMember = { iso3 };
    const joined = m.get('joined');
    if (joined) out.joined = dateAt(joined, 'joined', err);
    const left = m.get('left');
    if (left) out.left = dateAt(left, 'left', err);
    if (former && !left) throw err(item, `former member ${iso3} has no "left" date`);
    if (!former && left)
      throw err(left, `member ${iso3} has a "left" date: move it to "formerMembers"`);
    if (out.joined && out.left && out.left < out.joined) {
      throw err(left ?? item, `${iso3} left (${out.left}) before it joined (${out.joined})`);
    }
    const note = m.get('note');
    if (note) out.note = textAt(note, 'note', err);
    return out;
  });
}

function othersAt(node: JsonNode, err: Err): OtherParticipant[] {
  if (node.kind !== 'array') throw err(node, '"otherParticipants" must be a list');
  return node.items.map((item) => {
    const o = objectAt(item, 'a participant', err);
    const name = textAt(required(o, item, 'name', err), 'name', err);
    const roleNode = required(o, item, 'role', err);
    const role = ROLES.find((r) => r === textAt(roleNode, 'role', err));
    if (!role) throw err(roleNode, `role must be one of ${ROLES.join(', ')}`);
    const out: OtherParticipant = { name, role };
    const since = o.get('since');
    if (since) out.since = dateAt(since, 'since', err);
    const note = o.get('note');
    if (note) out.note = textAt(note, 'note', err);
    return out;
  });
}

function sourceAt(node: JsonNode, err: Err): GroupSource {
  const s = objectAt(node, 'a source', err);
  const title = textAt(required(s, node, 'title', err), 'title', err);
  const publisher = textAt(required(s, node, 'publisher', err), 'publisher', err);
  const urlNode = required(s, node, 'url', err);
  const url = textAt(urlNode, 'url', err);
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
    throw err(urlNode, `source address "${url}" is not an http(s) address`);
  }
  const out: GroupSource = { title, publisher, url };
  const terms = s.get('terms');
  if (terms) out.terms = textAt(terms, 'terms', err);
  return out;
}

function namesAt(node: JsonNode, err: Err): Names {
  const n = objectAt(node, '"names"', err);
  const out = {} as Names;
  for (const l of LANGS) {
    const v = n.get(l);
    if (!v) throw err(node, `missing name in "${l}" (names need en, fr, es and ru)`);
    out[l] = textAt(v, `name in "${l}"`, err);
  }
  return out;
}

function objectAt(node: JsonNode, what: string, err: Err): Obj {
  if (node.kind !== 'object') throw err(node, `${what} must be an object ({...})`);
  return node.entries;
}

function required(obj: Obj, parent: JsonNode, key: string, err: Err): JsonNode {
  const v = obj.get(key);
  if (!v) throw err(parent, `missing "${key}"`);
  return v;
}

function textAt(node: JsonNode, what: string, err: Err): string {
  if (node.kind !== 'string' || node.value.trim() === '') {
    throw err(node, `${what} must be a non-empty string`);
  }
  return node.value.trim();
}

function idAt(node: JsonNode, what: string, err: Err): string {
  const id = textAt(node, what, err);
  if (!ID.test(id))
    throw err(node, `${what} "${id}" must be lower-case letters, digits and dashes`);
  return id;
}

function dateAt(node: JsonNode, what: string, err: Err): string {
  const d = textAt(node, what, err);
  if (!DATE.test(d)) throw err(node, `${what} "${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d;
}
