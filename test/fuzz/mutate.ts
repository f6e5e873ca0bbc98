/**
 * Seeded mutations of CSV text for the data fuzzer: one damage per call, of the kinds real
 * files suffer (a flipped byte, a cut line, columns out of place, a runaway field, hostile
 * text in a name). Each result says which lines of the new text it touched, so the test can
 * tell a row the pipeline rightly rejected from one it wrongly lost.
 */
import { chance, int, pick, type Rng } from './prng.ts';

export const MUTATION_KINDS = [
  'flip-byte',
  'flip-byte-header',
  'cut-line',
  'split-line',
  'drop-line',
  'truncate-file',
  'drop-column',
  'duplicate-column',
  'swap-columns',
  'swap-columns-file',
  'drop-column-file',
  'huge-field',
  'huge-number',
  'html-payload',
  'formula-payload',
  'invalid-utf8',
  'bom-middle',
  'crlf',
  'cr-only',
  'empty-lines',
  'nul-byte',
  'unbalanced-quote',
  'duplicate-line',
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];

/** How a table is laid out: which columns hold free text, where data starts. */
export interface TableShape {
  /** 0-based columns of names or descriptions (hostile text goes there when there are any). */
  textColumns: readonly number[];
  /** Lines before the first data row (the header, or a list's front matter and header). */
  headerLines: number;
}

export interface Mutation {
  kind: MutationKind;
  bytes: Buffer;
  /** 1-based lines of the new text that differ from the original (first > last: none). */
  touched: { first: number; last: number };
}

export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
] as const;

/** Spreadsheet formula injections (OWASP): a cell starting with = + - @ runs as a formula. */
export const FORMULA_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+1+cmd|calc',
  '-2+3+cmd|calc',
  '@SUM(1+9)*cmd|calc',
  '=HYPERLINK("http://example.invalid","x")',
] as const;

const HUGE_NUMBERS = [
  '1e400',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  '0x1F',
  '1.5.5',
  ' 12 ',
  '١٢٣',
  '1_000',
] as const;

const HUGE = 100 * 1024;

/** Applies one mutation of `kind` to `text`. */
export function mutate(kind: MutationKind, text: string, rng: Rng, shape: TableShape): Mutation {
  const original = Buffer.from(text, 'utf8');
  const bytes = apply(kind, text, original, rng, shape);
  return { kind, bytes, touched: touchedLines(original, bytes) };
}

function apply(
  kind: MutationKind,
  text: string,
  original: Buffer,
  rng: Rng,
  shape: TableShape,
): Buffer {
  const lines = text.split('\n');
  // The last element is '' when the text ends with a newline: never a data line.
  const last = lines[lines.length - 1] === '' ? lines.length - 2 : lines.length - 1;
  const dataLine = () => int(rng, shape.headerLines, Math.max(shape.headerLines, last));
  const join = (ls: string[]) => Buffer.from(ls.join('\n'), 'utf8');
  const withLine = (n: number, f: (l: string) => string) => {
    const ls = [...lines];
    ls[n] = f(ls[n] ?? '');
    return join(ls);
  };
  const withFields = (n: number, f: (fs: string[]) => string[]) =>
    withLine(n, (l) => f(splitFields(l)).join(','));
  const textColumn = (width: number) =>
    shape.textColumns.length > 0 ? pick(rng, shape.textColumns) : int(rng, 0, width - 1);
  // Byte offset of line n (0-based) and its length in bytes.
  const lineStart = (n: number) =>
    n === 0 ? 0 : Buffer.byteLength(lines.slice(0, n).join('\n'), 'utf8') + 1;
  const lineBytes = (n: number) => Buffer.byteLength(lines[n] ?? '', 'utf8');
  const insert = (choices: number[][]) => {
    const n = dataLine();
    return insertBytes(original, lineStart(n), lineBytes(n), rng, choices);
  };

  switch (kind) {
    case 'flip-byte':
    case 'flip-byte-header': {
      const n = kind === 'flip-byte' ? dataLine() : 0;
      const at = lineStart(n) + int(rng, 0, Math.max(0, lineBytes(n) - 1));
      const out = Buffer.from(original);
      if (at < out.length) {
        const b = out[at] ?? 0;
        out[at] = chance(rng, 0.5) ? b ^ (1 << int(rng, 0, 7)) : int(rng, 0, 255);
      }
      return out;
    }
    case 'cut-line':
      return withLine(dataLine(), (l) => l.slice(0, int(rng, 0, Math.max(0, l.length - 1))));
    case 'split-line':
      return withLine(dataLine(), (l) => {
        const at = int(rng, 1, Math.max(1, l.length - 1));
        return `${l.slice(0, at)}\n${l.slice(at)}`;
      });
    case 'drop-line': {
      const ls = [...lines];
      ls.splice(dataLine(), 1);
      return join(ls);
    }
    case 'truncate-file':
      return original.subarray(0, int(rng, lineStart(shape.headerLines), original.length - 1));
    case 'drop-column':
      return withFields(dataLine(), (fs) => fs.filter((_, i) => i !== int(rng, 0, fs.length - 1)));
    case 'duplicate-column':
      return withFields(dataLine(), (fs) => {
        const i = int(rng, 0, fs.length - 1);
        return [...fs.slice(0, i + 1), fs[i] ?? '', ...fs.slice(i + 1)];
      });
    case 'swap-columns':
      return withFields(dataLine(), (fs) => swap(fs, rng));
    case 'swap-columns-file': {
      const width = splitFields(lines[shape.headerLines - 1] ?? '').length;
      const a = int(rng, 0, width - 1);
      const b = (a + int(rng, 1, Math.max(1, width - 1))) % width;
      return join(
        lines.map((l, n) => (n < shape.headerLines - 1 || l === '' ? l : swapAt(l, a, b))),
      );
    }
    case 'drop-column-file': {
      const width = splitFields(lines[shape.headerLines - 1] ?? '').length;
      const c = int(rng, 0, width - 1);
      return join(
        lines.map((l, n) =>
          n < shape.headerLines - 1 || l === ''
            ? l
            : splitFields(l)
                .filter((_, i) => i !== c)
                .join(','),
        ),
      );
    }
    case 'huge-field':
      return withFields(dataLine(), (fs) => {
        const i = int(rng, 0, fs.length - 1);
        const fill = chance(rng, 0.5) ? '9' : 'x';
        return fs.map((f, k) => (k === i ? fill.repeat(HUGE) : f));
      });
    case 'huge-number':
      return withFields(dataLine(), (fs) => {
        const i = int(rng, 0, fs.length - 1);
        return fs.map((f, k) => (k === i ? pick(rng, HUGE_NUMBERS) : f));
      });
    case 'html-payload':
    case 'formula-payload': {
      const payload = pick<string>(rng, kind === 'html-payload' ? HTML_PAYLOADS : FORMULA_PAYLOADS);
      return withFields(dataLine(), (fs) => {
        const i = textColumn(fs.length);
        return fs.map((f, k) => (k === i ? quote(payload) : f));
      });
    }
    case 'invalid-utf8':
      return insert([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]);
    case 'bom-middle':
      return insert([[0xef, 0xbb, 0xbf]]);
    case 'nul-byte':
      return insert([[0]]);
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
    case 'cr-only':
      return Buffer.from(text.replace(/\n/g, '\r'), 'utf8');
    case 'empty-lines': {
      const ls = [...lines];
      for (let k = int(rng, 1, 4); k > 0; k--)
        ls.splice(int(rng, shape.headerLines, ls.length - 1), 0, chance(rng, 0.3) ? '\r' : '');
      return join(ls);
    }
    case 'unbalanced-quote':
      return withLine(dataLine(), (l) => {
        const at = chance(rng, 0.5) ? 0 : int(rng, 0, l.length);
        return `${l.slice(0, at)}"${l.slice(at)}`;
      });
    case 'duplicate-line': {
      const ls = [...lines];
      const n = dataLine();
      ls.splice(int(rng, n + 1, Math.max(n + 1, last + 1)), 0, ls[n] ?? '');
      return join(ls);
    }
  }
}

/** Naive comma split, but aware of quoted fields so a quoted name moves as one field. */
function splitFields(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function swap(fs: string[], rng: Rng): string[] {
  if (fs.length < 2) return [...fs].reverse();
  const a = int(rng, 0, fs.length - 1);
  const b = (a + int(rng, 1, fs.length - 1)) % fs.length;
  const out = [...fs];
  [out[a], out[b]] = [fs[b] ?? '', fs[a] ?? ''];
  return out;
}

function swapAt(line: string, a: number, b: number): string {
  const fs = splitFields(line);
  const out = [...fs];
  out[a] = fs[b] ?? '';
  out[b] = fs[a] ?? '';
  return out.join(',');
}

/** A field as a CSV writer would write it: quoted when it holds a comma or a quote. */
function quote(s: string): string {
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Inserts one of `choices` somewhere in the line starting at byte `start`. */
function insertBytes(
  original: Buffer,
  start: number,
  lineBytes: number,
  rng: Rng,
  choices: number[][],
): Buffer {
  let at = Math.min(original.length, start + int(rng, 0, lineBytes));
  // Only between characters: cutting a multi-byte character would be a second mutation.
  while (at < original.length && ((original[at] ?? 0) & 0xc0) === 0x80) at++;
  return Buffer.concat([
    original.subarray(0, at),
    Buffer.from(pick(rng, choices)),
    original.subarray(at),
  ]);
}

/**
 * Lines of `after` that differ from `before` (a trailing CR ignored, as the CSV reader does):
 * everything between the longest common run of leading lines and of trailing lines.
 */
export function touchedLines(before: Buffer, after: Buffer): { first: number; last: number } {
  const split = (b: Buffer) =>
    b
      .toString('latin1')
      .split('\n')
      .map((l) => l.replace(/\r$/, ''));
  const a = split(before);
  const b = split(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { first: p + 1, last: b.length - s };
}

// --- mapping files (the JSON that describes a national statistics file) -------------------

export const MAPPING_KINDS = [
  'flip-byte',
  'truncate',
  'drop-key',
  'misspell-key',
  'wrong-type',
  'unknown-column',
  'bad-value',
  'html-payload',
  'formula-payload',
] as const;

export type MappingKind = (typeof MAPPING_KINDS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON value: object members and array elements, outermost first. */
function jsonPaths(v: Json, at: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : Object.entries(v);
  return entries.flatMap(([k, x]) => [[...at, k], ...jsonPaths(x, [...at, k])]);
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let v: Json = root;
  for (const k of path.slice(0, -1)) v = (v as Record<string | number, Json>)[k] ?? null;
  return v as Record<string | number, Json>;
}

/** Values of every JSON type: one of another type than the original replaces it. */
const WRONG_TYPES: Json[] = [5, -1, 0, true, null, [], {}, 'x', ['a', 'b'], { column: 'x' }];

/** Values a careless or hostile mapping might hold where an enumerated value belongs. */
const BAD_VALUES: [Path, Json][] = [
  [['flow'], 're-export'],
  [['hsEdition'], 'HS2030'],
  [['currency'], 'usd'],
  [['id'], '../../outside'],
  [['id'], 'Taiwan Customs'],
  [['value', 'scale'], 100],
  [['value', 'scale'], '1000'],
  [['period', 'frequency'], 'week'],
  [['period', 'calendar'], 'julian'],
  [['quantity', 'unit'], 'lb'],
  [['reporter', 'iso3'], 'Taiwan'],
  [['partner', 'fixed'], 'World'],
  [['header'], []],
];

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * One damage to a mapping file's JSON text. `header` is the mapping's own header, so an
 * unknown column is truly unknown. The result is pretty-printed JSON except for the byte
 * kinds, which damage the text itself.
 */
export function mutateMapping(kind: MappingKind, text: string, rng: Rng): Buffer {
  if (kind === 'flip-byte') {
    const out = Buffer.from(text, 'utf8');
    const at = int(rng, 0, out.length - 1);
    const b = out[at] ?? 0;
    out[at] = chance(rng, 0.5) ? b ^ (1 << int(rng, 0, 7)) : int(rng, 0, 255);
    return out;
  }
  if (kind === 'truncate') {
    const out = Buffer.from(text, 'utf8');
    return out.subarray(0, int(rng, 0, out.length - 2));
  }
  const root = JSON.parse(text) as { [key: string]: Json };
  const header = (root.header as string[]).map((h) => h.trim());
  const members = jsonPaths(root).filter((p) => typeof p[p.length - 1] === 'string');
  const set = (path: Path, value: Json) => {
    parentOf(root, path)[path[path.length - 1] ?? ''] = value;
  };
  switch (kind) {
    case 'drop-key': {
      const path = pick(rng, members);
      const parent = parentOf(root, path);
      Reflect.deleteProperty(parent, path[path.length - 1] ?? '');
      break;
    }
    case 'misspell-key': {
      const path = pick(rng, members);
      const parent = parentOf(root, path);
      const key = String(path[path.length - 1]);
      const i = int(rng, 0, key.length - 1);
      const c = key[i] ?? 'x';
      const typo = key.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase());
      const renamed = typo + key.slice(i + 1) === key ? `${key}_` : typo + key.slice(i + 1);
      parent[renamed] = parent[key] ?? null;
      Reflect.deleteProperty(parent, key);
      break;
    }
    case 'wrong-type': {
      const path = pick(rng, jsonPaths(root));
      const old = typeOf(parentOf(root, path)[path[path.length - 1] ?? ''] ?? null);
      set(
        path,
        pick(
          rng,
          WRONG_TYPES.filter((v) => typeOf(v) !== old),
        ),
      );
      break;
    }
    case 'unknown-column': {
      const columns = members.filter((p) => p[p.length - 1] === 'column');
      const name = pick(rng, header);
      const unknown = pick(rng, [
        `${name}2`,
        name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase(),
        'Value',
        '貨品',
        '',
      ]);
      set(pick(rng, columns), header.includes(unknown) ? `${unknown}?` : unknown);
      break;
    }
    case 'bad-value': {
      const applicable = BAD_VALUES.filter(([p]) =>
        members.some((m) => m.join('.') === p.join('.')),
      );
      const [path, value] = pick(rng, applicable);
      set(path, value);
      break;
    }
    case 'html-payload':
    case 'formula-payload': {
      const payload = pick<string>(rng, kind === 'html-payload' ? HTML_PAYLOADS : FORMULA_PAYLOADS);
      set([pick(rng, ['title', 'source', 'publisher', 'citation'])], payload);
      break;
    }
  }
  return Buffer.from(`${JSON.stringify(root, null, 2)}\n`, 'utf8');
}
