/**
 * The mapping reader (scripts/readers/mapped.ts) refuses a mapping it cannot trust, one class
 * of fault at a time, with the exact `file:line: reason` the user sees. The fuzzer damages
 * mappings at random and accepts a build as an outcome; here each refusal is pinned, so a
 * check that stops refusing fails by name. Line numbers are those of the hand-written
 * mapping below, counted by eye.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../scripts/lib/errors.ts';
import { loadMappedReader } from '../../scripts/readers/mapped.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-mapping-refusals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = `{
  "id": "test-customs",
  "title": "Test customs, exports by destination",
  "source": "hand-written test fixture",
  "publisher": "nobody",
  "licence": "CC0-1.0",
  "citation": "Test fixture.",
  "header": ["Year", "Partner", "Code", "Value", "Tonnes"],
  "hsEdition": "HS2017",
  "currency": "USD",
  "flow": "export",
  "reporter": { "iso3": "TWN" },
  "partner": { "column": "Partner" },
  "period": { "column": "Year" },
  "product": { "column": "Code" },
  "value": { "column": "Value", "scale": 1 },
  "quantity": { "column": "Tonnes", "unit": "t" }
}
`;

const TOP_KEYS =
  'id, title, source, publisher, licence, citation, header, hsEdition, currency, flow, reporter, partner, period, product, value, licenceUrl, url, coverage, quantity';

let n = 0;
/** Writes `text` as a mapping file and returns its path. */
function mappingFile(text: string): string {
  const path = join(dir, `mapping-${++n}.json`);
  writeFileSync(path, text);
  return path;
}

/** VALID with one exact substring replaced (the replacement must apply). */
function edited(from: string, to: string): string {
  expect(VALID.split(from), `"${from}" occurs once in the fixture`).toHaveLength(2);
  return VALID.replace(from, to);
}

/** The error loading `text` throws: an InputError, its message `path:line: reason`. */
function refusal(text: string): { path: string; message: string; error: unknown } {
  const path = mappingFile(text);
  try {
    loadMappedReader(path);
  } catch (error) {
    return { path, message: error instanceof Error ? error.message : String(error), error };
  }
  return { path, message: '(loaded without error)', error: null };
}

function expectRefused(text: string, line: number, reason: string): void {
  const r = refusal(text);
  expect(r.message).toBe(`${r.path}:${line}: ${reason}`);
  expect(r.error).toBeInstanceOf(InputError);
  expect(r.error).toMatchObject({ file: r.path, line, reason });
}

describe('the mapping reader refuses, naming file, line and reason', () => {
  it('the hand-written mapping itself loads (the control: every refusal below is one edit away)', () => {
    const reader = loadMappedReader(mappingFile(VALID));
    expect(reader.kind).toBe('flows');
    expect(reader.format).toBe('mapping test-customs');
    expect(reader.matches(['Year', 'Partner', 'Code', 'Value', 'Tonnes'])).toBe(true);
    expect(reader.matches(['Year', 'Partner', 'Code', 'Value'])).toBe(false);
  });

  describe('unreadable or invalid JSON', () => {
    it('a file that does not exist: line 0', () => {
      const path = join(dir, 'absent.json');
      expect(() => loadMappedReader(path)).toThrow(
        `${path}:0: cannot read the mapping (ENOENT: no such file or directory, open '${path}')`,
      );
    });
    it('a missing comma: the line of the next key', () => {
      expectRefused(
        edited('"currency": "USD",', '"currency": "USD"'),
        11,
        `not valid JSON: Expected ',' or '}' after property value`,
      );
    });
    it('a trailing comma: the line of the closing brace', () => {
      expectRefused(
        edited('"unit": "t" }\n}', '"unit": "t" },\n}'),
        18,
        'not valid JSON: Expected double-quoted property name',
      );
    });
    it('a file cut short: its last line', () => {
      const cut = VALID.slice(0, VALID.indexOf('"Year" }'));
      expectRefused(cut, cut.split('\n').length, 'not valid JSON: Unexpected end of JSON input');
    });
    it('valid JSON that is not an object', () => {
      expectRefused('["id", "title"]\n', 1, '"(top level)" must be a JSON object');
    });
  });

  describe('wrong types', () => {
    it('`scale` given as the string "1000"', () => {
      expectRefused(
        edited('"scale": 1 }', '"scale": "1000" }'),
        16,
        '"value.scale" must be 1 or 1000',
      );
    });
    it('`scale` of another number', () => {
      expectRefused(
        edited('"scale": 1 }', '"scale": 100 }'),
        16,
        '"value.scale" must be 1 or 1000',
      );
    });
    it('a title that is a number', () => {
      expectRefused(
        edited('"title": "Test customs, exports by destination"', '"title": 8542'),
        3,
        '"title" must be a non-empty string',
      );
    });
    it('a blank citation', () => {
      expectRefused(
        edited('"citation": "Test fixture."', '"citation": "  "'),
        7,
        '"citation" must be a non-empty string',
      );
    });
    it('a header that is one string, not a list', () => {
      expectRefused(
        edited(
          '"header": ["Year", "Partner", "Code", "Value", "Tonnes"]',
          '"header": "Year,Partner"',
        ),
        8,
        '"header" must be a list of strings',
      );
    });
    it('a header with a number in it', () => {
      expectRefused(
        edited('["Year", "Partner", "Code", "Value", "Tonnes"]', '["Year", 2, "Code"]'),
        8,
        '"header" must be a list of strings',
      );
    });
    it('a section that is a string, not an object', () => {
      expectRefused(
        edited('"reporter": { "iso3": "TWN" }', '"reporter": "TWN"'),
        12,
        '"reporter" must be an object',
      );
    });
    it('a section that is a list', () => {
      expectRefused(
        edited('"period": { "column": "Year" }', '"period": ["Year"]'),
        14,
        '"period" must be an object',
      );
    });
    it('partner.iso3 that is a list', () => {
      expectRefused(
        edited(
          '"partner": { "column": "Partner" }',
          '"partner": { "column": "Partner", "iso3": ["TWN"] }',
        ),
        13,
        '"partner.iso3" must be an object of names to codes',
      );
    });
  });

  describe('misspelt, missing and unknown keys', () => {
    it('a misspelt top-level key is named where it stands', () => {
      expectRefused(
        edited('"licence": "CC0-1.0"', '"license": "CC0-1.0"'),
        6,
        `"license" is not a mapping key (expected one of ${TOP_KEYS})`,
      );
    });
    it('a misspelt key in a section', () => {
      expectRefused(
        edited('"scale": 1 }', '"Scale": 1 }'),
        16,
        '"value.Scale" is not a mapping key (expected one of column, scale)',
      );
    });
    it('a key with the wrong case in the reporter', () => {
      expectRefused(
        edited('"reporter": { "iso3": "TWN" }', '"reporter": { "ISO3": "TWN" }'),
        12,
        '"reporter.ISO3" is not a mapping key (expected one of iso3, column)',
      );
    });
    it('a missing required key (no line of its own: line 1)', () => {
      expectRefused(edited('  "currency": "USD",\n', ''), 1, '"currency" is missing');
    });
    it('a missing column in a section: the section line', () => {
      expectRefused(
        edited('"product": { "column": "Code" }', '"product": { }'),
        15,
        '"product.column" is missing',
      );
    });
  });

  describe('values outside their set', () => {
    it('a flow that is neither export nor import', () => {
      expectRefused(
        edited('"flow": "export"', '"flow": "exports"'),
        11,
        '"flow" must be "export" or "import"',
      );
    });
    it('a currency in lower case', () => {
      expectRefused(
        edited('"currency": "USD"', '"currency": "usd"'),
        10,
        '"currency" must be an ISO 4217 code such as "USD"',
      );
    });
    it('an id that is a path', () => {
      expectRefused(
        edited('"id": "test-customs"', '"id": "../test"'),
        2,
        '"id" must be lower-case letters, digits and single dashes (it names folders)',
      );
    });
    it('an HS edition that does not exist', () => {
      expectRefused(
        edited('"hsEdition": "HS2017"', '"hsEdition": "HS2018"'),
        9,
        '"hsEdition" "HS2018" is not an HS edition (HS2017, HS22…) or "in force"',
      );
    });
    it('a quantity unit other than t or kg', () => {
      expectRefused(
        edited('"unit": "t"', '"unit": "lb"'),
        17,
        '"quantity.unit" must be "t" or "kg"',
      );
    });
    it('a reporter code that is not three capitals', () => {
      expectRefused(
        edited('"iso3": "TWN"', '"iso3": "Taiwan"'),
        12,
        '"reporter.iso3" must be a three-letter code such as "TWN"',
      );
    });
    it('a month frequency spelt out', () => {
      expectRefused(
        edited(
          '"period": { "column": "Year" }',
          '"period": { "column": "Year", "frequency": "monthly" }',
        ),
        14,
        '"period.frequency" must be "year" or "month"',
      );
    });
  });

  describe('columns and sections that do not fit together', () => {
    it('a column that is not in the header', () => {
      expectRefused(
        edited('"column": "Value"', '"column": "Valeur"'),
        16,
        '"value.column" "Valeur" is not a column of "header"',
      );
    });
    it('a header naming a column twice', () => {
      expectRefused(
        edited('"Value", "Tonnes"]', '"Value", "Year"]'),
        8,
        '"header" names column "Year" twice',
      );
    });
    it('an empty header', () => {
      expectRefused(
        edited('["Year", "Partner", "Code", "Value", "Tonnes"]', '[]'),
        8,
        '"header" must name at least one column',
      );
    });
    it('a reporter given both as a code and as a column', () => {
      expectRefused(
        edited(
          '"reporter": { "iso3": "TWN" }',
          '"reporter": { "iso3": "TWN", "column": "Partner" }',
        ),
        12,
        '"reporter" needs exactly one of "iso3" and "column"',
      );
    });
    it('a partner given neither as a column nor fixed', () => {
      expectRefused(
        edited('"partner": { "column": "Partner" }', '"partner": { "world": ["World"] }'),
        13,
        '"partner" needs exactly one of "column" and "fixed"',
      );
    });
    it('a names table that cannot be read', () => {
      expectRefused(
        edited(
          '"partner": { "column": "Partner" }',
          '"partner": { "column": "Partner", "names": "no-such-names.json" }',
        ),
        1,
        `partner.names "no-such-names.json" cannot be read (ENOENT: no such file or directory, open '${join(dir, 'no-such-names.json')}')`,
      );
    });
    it('a names table that is not an object of strings', () => {
      writeFileSync(join(dir, 'names-list.json'), '{"臺灣": 158}');
      expectRefused(
        edited(
          '"partner": { "column": "Partner" }',
          '"partner": { "column": "Partner", "names": "names-list.json" }',
        ),
        1,
        'partner.names "names-list.json" must hold a JSON object of names to English names',
      );
    });
  });
});
