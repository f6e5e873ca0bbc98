/**
 * JSON read into a tree that keeps the line each value starts on, so that a hand-written
 * reference file (data/groups/*.json) is refused with the line a reader sees in an editor,
 * not only the path of the value. JSON.parse gives neither; the files are small (a few
 * hundred lines), so a plain recursive descent is enough.
 */

export type JsonNode =
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; value: number }
  | { kind: 'boolean'; line: number; value: boolean }
  | { kind: 'null'; line: number }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'object'; line: number; entries: Map<string, JsonNode> };

/** A syntax error and the line it is on. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'JsonSyntaxError';
  }
}

export function parseJsonLines(text: string): JsonNode {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const fail = (reason: string): never => {
    throw new JsonSyntaxError(line, reason);
  };
  const space = () => {
    while (at < text.length) {
      const c = text[at];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      at++;
    }
  };
  const expect = (ch: string) => {
    space();
    if (text[at] !== ch) fail(`expected "${ch}" but found ${describe(text[at])}`);
    at++;
  };

  const str = (): string => {
    const start = line;
    at++;
    let out = '';
    for (;;) {
      const c = text[at];
      if (c === undefined) throw new JsonSyntaxError(start, 'unclosed string');
      if (c === '\n') fail('a line break inside a string');
      if (c < ' ')
        fail(
          `a control character (U+${c.charCodeAt(0).toString(16).padStart(4, '0')}) inside a string`,
        );
      at++;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[at++];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && simple[e] !== undefined) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at, at + 4))) {
        out += String.fromCharCode(parseInt(text.slice(at, at + 4), 16));
        at += 4;
      } else fail(`bad escape "\\${e ?? ''}" in a string`);
    }
  };

  const value = (): JsonNode => {
    space();
    const c = text[at];
    const here = line;
    if (c === '"') return { kind: 'string', line: here, value: str() };
    if (c === '{') {
      at++;
      const entries = new Map<string, JsonNode>();
      space();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', line: here, entries };
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail(`expected a key in quotes but found ${describe(text[at])}`);
        const keyLine = line;
        const key = str();
        if (entries.has(key)) throw new JsonSyntaxError(keyLine, `key "${key}" appears twice`);
        expect(':');
        entries.set(key, value());
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        expect('}');
        return { kind: 'object', line: here, entries };
      }
    }
    if (c === '[') {
      at++;
      const items: JsonNode[] = [];
      space();
      if (text[at] === ']') {
        at++;
        return { kind: 'array', line: here, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        expect(']');
        return { kind: 'array', line: here, items };
      }
    }
    const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 40),
    );
    if (!word) return fail(`unexpected ${describe(c)}`);
    at += word[0].length;
    if (word[0] === 'true' || word[0] === 'false')
      return { kind: 'boolean', line: here, value: word[0] === 'true' };
    if (word[0] === 'null') return { kind: 'null', line: here };
    return { kind: 'number', line: here, value: Number(word[0]) };
  };

  const root = value();
  space();
  if (at < text.length) fail(`unexpected ${describe(text[at])} after the end of the document`);
  return root;
}

function describe(c: string | undefined): string {
  return c === undefined ? 'the end of the file' : JSON.stringify(c);
}
