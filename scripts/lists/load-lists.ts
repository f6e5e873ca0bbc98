import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HsEdition } from '../../src/schema/manifest.ts';
import { balanced, splitQuoted } from '../lib/csv-records.ts';
import { InputError } from '../lib/errors.ts';
import { parseHsEdition } from '../normalize/hs.ts';

export type Specificity = 'core' | 'broad';

export interface ListCode {
  hs6: string;
  category: string;
  specificity: Specificity | null;
  regime: string;
  item: string;
}

export interface StrategicList {
  id: string;
  name: string;
  version: string;
  hsEdition: HsEdition;
  source: string;
  licence: string;
  description: string;
  file: string;
  /** Category ids in the order the file declares them, with labels. */
  categories: Map<string, string>;
  totalExcludes: Set<string>;
  codes: ListCode[];
}

const REQUIRED = ['id', 'name', 'version', 'hs_edition', 'source', 'licence'] as const;
const COLUMNS = ['hs6', 'category'] as const;

/** Reads every `*.csv` in the lists folder, sorted by file name for a stable order. */
export function loadLists(dir: string): StrategicList[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const lists = files.map((f) => parseListFile(join(dir, f), readFileSync(join(dir, f), 'utf8')));
  const seen = new Map<string, string>();
  for (const l of lists) {
    const prev = seen.get(l.id);
    if (prev) throw new InputError(l.file, 1, `list id "${l.id}" is already used by ${prev}`);
    seen.set(l.id, l.file);
  }
  return lists;
}

/** Parses one list file: `# key: value` front matter, then a CSV table. */
export function parseListFile(file: string, text: string): StrategicList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta = new Map<string, string>();
  const categories = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('#')) break;
    const m = /^#\s*([A-Za-z_]+)(?:\s+([A-Za-z0-9_.-]+))?\s*:\s*(.*)$/.exec(line);
    if (!m) throw new InputError(file, i + 1, `front matter line must read "# key: value"`);
    const [, key = '', sub, value = ''] = m;
    if (key === 'category') {
      if (!sub)
        throw new InputError(file, i + 1, 'category label needs an id: "# category <id>: <label>"');
      categories.set(sub, value.trim());
    } else meta.set(key, value.trim());
  }
  for (const key of REQUIRED) {
    if (!meta.get(key)) throw new InputError(file, 1, `missing front matter "# ${key}: ..."`);
  }
  const id = meta.get('id') ?? '';
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) {
    throw new InputError(file, 1, `list id "${id}" must be lower-case letters, digits and dashes`);
  }
  const edition = parseHsEdition(meta.get('hs_edition') ?? '');
  if (!edition) {
    throw new InputError(
      file,
      1,
      `unknown hs_edition "${meta.get('hs_edition')}" (HS1992..HS2022)`,
    );
  }
  const defaultSpec = meta.get('default_specificity') ?? '';
  const headerLine = i + 1;
  const records = tableRecords(file, lines, i);
  const header = (records[0]?.fields ?? []).map((h) => h.trim());
  for (const c of COLUMNS) {
    if (!header.includes(c)) throw new InputError(file, headerLine, `missing column "${c}"`);
  }
  const col = (name: string) => header.indexOf(name);
  const codes: ListCode[] = [];
  const pairs = new Set<string>();
  for (const { fields, line: lineNo } of records.slice(1)) {
    const at = (name: string) => (col(name) >= 0 ? (fields[col(name)] ?? '').trim() : '');
    const hs6 = at('hs6');
    if (!/^\d{6}$/.test(hs6)) {
      const hint = /^\d{5}$/.test(hs6) ? ' (a leading zero lost? write codes as text)' : '';
      throw new InputError(file, lineNo, `malformed HS code "${hs6}": need six digits${hint}`);
    }
    const category = at('category');
    if (!/^[A-Za-z0-9_.-]+$/.test(category)) {
      throw new InputError(file, lineNo, `malformed category "${category}"`);
    }
    const specRaw = at('specificity') || defaultSpec;
    if (specRaw !== '' && specRaw !== 'core' && specRaw !== 'broad') {
      throw new InputError(
        file,
        lineNo,
        `specificity must be core, broad or empty, not "${specRaw}"`,
      );
    }
    const key = `${hs6}|${category}`;
    if (pairs.has(key))
      throw new InputError(file, lineNo, `duplicate code ${hs6} in category ${category}`);
    pairs.add(key);
    if (!categories.has(category)) categories.set(category, category);
    codes.push({
      hs6,
      category,
      specificity: specRaw === '' ? null : specRaw,
      regime: at('regime'),
      item: at('item'),
    });
  }
  if (codes.length === 0) throw new InputError(file, headerLine, 'the list has no codes');
  const excludes = new Set(
    (meta.get('total_excludes') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const c of excludes) {
    if (!categories.has(c))
      throw new InputError(file, 1, `total_excludes names unknown category "${c}"`);
  }
  return {
    id,
    name: meta.get('name') ?? id,
    version: meta.get('version') ?? '',
    hsEdition: edition,
    source: meta.get('source') ?? '',
    licence: meta.get('licence') ?? '',
    description: meta.get('description') ?? '',
    file: basename(file),
    categories,
    totalExcludes: excludes,
    codes,
  };
}

/**
 * The CSV records of the table that starts at `lines[from]`, each with the line it starts on,
 * so that an error names the line a reader sees in an editor: a quoted field may span lines,
 * blank lines are skipped, and a quote left open or a bare carriage return (old Mac line
 * endings, which would silently merge two rows) is refused where it occurs.
 */
function tableRecords(
  file: string,
  lines: string[],
  from: number,
): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let pending: { text: string; line: number } | null = null;
  for (let n = from; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    if (pending) {
      pending.text += `\n${raw}`;
      if (balanced(pending.text)) {
        out.push({ fields: splitQuoted(pending.text), line: pending.line });
        pending = null;
      }
      continue;
    }
    if (raw.trim() === '') continue;
    const cr = raw.indexOf('\r');
    if (cr >= 0 && !insideQuotes(raw, cr)) {
      throw new InputError(
        file,
        n + 1,
        'a carriage return inside the line: save the file with LF or CRLF line endings',
      );
    }
    if (balanced(raw)) out.push({ fields: splitQuoted(raw), line: n + 1 });
    else pending = { text: raw, line: n + 1 };
  }
  if (pending) {
    throw new InputError(file, pending.line, 'unclosed quote: the rest of the file is one field');
  }
  return out;
}

function insideQuotes(text: string, at: number): boolean {
  return !balanced(text.slice(0, at));
}
