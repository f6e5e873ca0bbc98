import { describe, expect, it } from 'vitest';
import type { DatasetMeta, Lang, ListMeta, Manifest } from '../../src/schema/manifest.ts';
import * as readmeCatalogue from '../../src/i18n/catalog/readme.ts';
import { expandPlurals } from '../../src/i18n/messages.ts';
import { formatInteger } from '../../src/format/number.ts';
import { defaultState } from '../../src/state/url-state.ts';
import { type AtlasState } from '../../src/state/params.ts';
import { csvCell, neutralise, restoreRaw } from '../../src/download/neutralise.ts';
import {
  baseName,
  describeFilters,
  filterSpec,
  fullSpec,
  rowMatcher,
  showsData,
  type DownloadRow,
  type FilterSpec,
} from '../../src/download/filter.ts';
import {
  countryTotals,
  parseDownload,
  rowsOf,
  selectRows,
  valueTotals,
} from '../../src/download/table.ts';
import { BOM, dataSheet, readmeSheet, toCsv, toJson } from '../../src/download/formats.ts';
import { buildMetadata, readmeText, type MetadataInput } from '../../src/download/metadata.ts';

const HEAD =
  'year,period,exporter_iso3,exporter,importer_iso3,importer,hs6,hs_description,list,category,value,currency,quantity_t';

/**
 * A hand-made download file (as the build writes it: formula-like text already carries an
 * apostrophe). Flow AAA>BBB 111111 sits in categories A and B of list L; 333333 only in the
 * category X that L leaves out of its total; 222222 is on lists L and M.
 */
const CSV = [
  HEAD,
  '2022,2022,AAA,Aland,BBB,Bland,111111,Widgets,L,A,999,USD,1',
  '2023,2023,AAA,Aland,BBB,Bland,111111,Widgets,L,A,100,USD,2.5',
  '2023,2023,AAA,Aland,BBB,Bland,111111,Widgets,L,B,100,USD,2.5',
  `2023,2023,AAA,Aland,CCC,"Cland, Republic of",222222,"'=HYPERLINK(""http://x"")",L,A,50,USD,`,
  `2023,2023,AAA,Aland,CCC,"Cland, Republic of",222222,"'=HYPERLINK(""http://x"")",M,m1,50,USD,`,
  "2023,2023,BBB,Bland,AAA,Aland,333333,'-minus first,L,X,7,USD,0.1",
  `2023,2023,CCC,"Cland, Republic of",BBB,Bland,222222,"'=HYPERLINK(""http://x"")",L,A,30,USD,`,
].join('\n');

const list = (id: string, cats: [string, boolean][]): ListMeta => ({
  id,
  name: `List ${id}`,
  version: 'v9',
  hsEdition: 'HS2017',
  source: `Publisher of ${id}`,
  licence: 'CC BY 4.0',
  description: '',
  file: `${id}.csv`,
  codes: 3,
  categories: cats.map(([c, inTotal]) => ({ id: c, label: c, codes: 1, inTotal })),
  hasSpecificity: false,
});

const ds: DatasetMeta = {
  id: 'tst',
  title: 'Test trade',
  source: 'Test source',
  publisher: 'Tester',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  citation: 'Tester (2024). Test trade.',
  url: 'https://example.org',
  hsEdition: 'HS2022',
  granularity: 'hs6',
  currency: 'USD',
  frequency: 'year',
  years: [2022, 2023],
  yearEditions: { '2022': 'HS2017' },
  mirror: false,
  coverage: 'three made-up countries',
  aggregates: { rows: 4, value: 1234 },
  lists: ['L', 'M'],
  listsNotApplied: [],
  rows: 7,
  value: 1336,
  reconciled: true,
  notes: [{ kind: 'repaired', rows: 2, reason: 'other', text: 'partial year, January to June' }],
  listConversions: [
    {
      list: 'L',
      from: 'HS2017',
      to: 'HS2022',
      via: [],
      tables: ['hs-concordance/t.csv'],
      shard: 'L@HS2022',
      codes: 3,
      counts: { exact: 2, split: 1, merged: 0, 'n:n': 0, none: 0 },
      targets: 4,
      upperBound: 2,
      setAside: 1,
    },
  ],
  // L: all three codes in 2023, one in 2022; M: one of three in 2023, none in 2022.
  inputCoverage: {
    hsCodes: [
      { edition: 'HS2017', input: 1, nomenclature: 5387 },
      { edition: 'HS2022', input: 3, nomenclature: 5613 },
    ],
    productSubset: true,
    exporters: ['AAA', 'BBB', 'CCC'],
    importers: ['AAA', 'BBB', 'CCC'],
    lists: {
      L: {
        '2022': { edition: 'HS2017', withRows: ['111111'], noCounterpart: [] },
        '2023': { edition: 'HS2022', withRows: ['111111', '222222', '333333'], noCounterpart: [] },
      },
      M: {
        '2022': { edition: 'HS2017', withRows: [], noCounterpart: ['444444'] },
        '2023': { edition: 'HS2022', withRows: ['222222'], noCounterpart: [] },
      },
    },
  },
};

const manifest = {
  schemaVersion: 1,
  generatedBy: 'scripts/cli/build-data.ts',
  notice: '',
  datasets: [ds],
  lists: [
    list('L', [
      ['A', true],
      ['B', true],
      ['X', false],
    ]),
    list('M', [['m1', true]]),
  ],
  countries: ['AAA', 'BBB', 'CCC'].map((iso3) => ({
    iso3,
    iso: true,
    names: { en: iso3, fr: iso3, es: iso3, ru: iso3 },
  })),
  shards: {
    map: {},
    flows: {},
    country: {},
    product: {},
    list: {},
    download: {
      tst: { path: 'downloads/tst.csv.gz', bytes: 1, sha256: 'abc123def4567890', rows: 7 },
    },
  },
  geo: { world: { path: 'geo/world.json', bytes: 1, sha256: '', rows: 0 } },
  hs: { descriptionsFrom: 'HS2022' },
} as Manifest;

const SRC = { path: 'downloads/tst.csv.gz', bytes: 1, sha256: 'abc123def4567890', rows: 7 };
const table = parseDownload(CSV);
const state = (patch: Partial<AtlasState>): AtlasState => ({
  ...defaultState(manifest),
  year: 2023,
  list: 'L',
  ...patch,
});
const pick = (patch: Partial<AtlasState>) => selectRows(table, filterSpec(manifest, state(patch)));
const once = (patch: Partial<AtlasState>) => valueTotals(pick(patch), 'hs6')[0];

describe('formula neutralisation', () => {
  it('prefixes text starting with = + - @ tab CR, nothing else', () => {
    expect(neutralise('=cmd')).toBe("'=cmd");
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@x')).toBe("'@x");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('\rx')).toBe("'\rx");
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
    expect(neutralise("'=already")).toBe("'=already");
  });
  it('CSV cells: neutralised then quoted; numbers bare', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('\rcr')).toBe('"\'\rcr"');
    expect(csvCell('=a,"b"')).toBe('"\'=a,""b"""');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(1234567890123)).toBe('1234567890123');
    expect(csvCell(null)).toBe('');
  });
  it("reads the build's neutralised text back raw", () => {
    expect(restoreRaw("'=cmd")).toBe('=cmd');
    expect(restoreRaw("'plain")).toBe("'plain");
    const r = rowsOf(table).find((x) => x.hs6 === '222222');
    expect(r?.hs_description).toBe('=HYPERLINK("http://x")');
    expect(rowsOf(table).find((x) => x.hs6 === '333333')?.hs_description).toBe('-minus first');
  });
});

describe('parsing', () => {
  it('types numbers, keeps codes as text, null quantity', () => {
    const rows = rowsOf(table);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({ year: 2023, hs6: '111111', value: 100, quantity_t: 2.5 });
    expect(rows[3]?.quantity_t).toBeNull();
    expect(rows[3]?.importer).toBe('Cland, Republic of');
    expect(
      parseDownload('\uFEFF' + HEAD + '\n2023,2023,A,A,B,B,010121,x,L,A,1,USD,').objects()[0],
    ).toMatchObject({ year: 2023, hs6: '010121' });
  });
});

describe('rows behind each state', () => {
  it('list total: the categories the list counts, each flow once in the total', () => {
    const t = pick({});
    expect(t.numRows()).toBe(4);
    expect(once({})).toMatchObject({ rows: 4, sumOfRows: 280, flows: 3, eachFlowOnce: 180 });
  });
  it('category: only its rows, no double count', () => {
    expect(pick({ cat: 'B' }).numRows()).toBe(1);
    expect(once({ cat: 'A' })).toMatchObject({ rows: 3, sumOfRows: 180, eachFlowOnce: 180 });
    expect(once({ cat: 'X' })).toMatchObject({ rows: 1, sumOfRows: 7 });
  });
  it('one HS code: rows of every list holding it', () => {
    expect(pick({ hs: '222222' }).numRows()).toBe(3);
    expect(once({ hs: '222222' })).toMatchObject({ sumOfRows: 130, flows: 2, eachFlowOnce: 80 });
  });
  it('own codes', () => {
    const t = pick({ codes: ['111111', '333333'] });
    expect(t.numRows()).toBe(3);
    expect(once({ codes: ['111111', '333333'] })).toMatchObject({ eachFlowOnce: 107 });
  });
  it('year', () => {
    expect(pick({ year: 2022 }).numRows()).toBe(1);
    expect(once({ year: 2022 })?.eachFlowOnce).toBe(999);
  });
  it('country profile: rows where the country is exporter or importer', () => {
    const t = pick({ view: 'country', country: 'BBB' });
    const rows = rowsOf(t);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.exporter_iso3 === 'BBB' || r.importer_iso3 === 'BBB')).toBe(true);
    expect(countryTotals(t, 'hs6', 'BBB')).toEqual([{ currency: 'USD', exports: 0, imports: 130 }]);
    expect(pick({ view: 'country', country: 'AAA', partner: 'CCC' }).numRows()).toBe(1);
    expect(pick({ view: 'country', country: 'CCC', hs: '222222' }).numRows()).toBe(3);
  });
  it("flows: a country's direction", () => {
    expect(pick({ view: 'flows', country: 'AAA', dir: 'import' }).numRows()).toBe(0);
    expect(pick({ view: 'flows', country: 'AAA', dir: 'export' }).numRows()).toBe(3);
    expect(pick({ view: 'flows', country: 'BBB', dir: 'both' }).numRows()).toBe(3);
    expect(pick({ view: 'flows' }).numRows()).toBe(4);
  });
  it('product and compare views', () => {
    expect(pick({ view: 'product', hs: '111111' }).numRows()).toBe(2);
    expect(pick({ view: 'compare', vs: 'M' }).numRows()).toBe(5);
  });
  it('full dataset keeps every row', () => {
    expect(selectRows(table, fullSpec('tst', 'map')).numRows()).toBe(7);
  });
  it('monthly data: the month shown', () => {
    const m: Manifest = {
      ...manifest,
      datasets: [{ ...ds, frequency: 'month', months: ['2023-01', '2023-02'] }],
    };
    const monthly = parseDownload(
      [
        HEAD,
        '2023,2023-01,AAA,A,BBB,B,111111,w,L,A,5,EUR,',
        '2023,2023-02,AAA,A,BBB,B,111111,w,L,A,6,EUR,',
      ].join('\n'),
    );
    const s = { ...state({}), month: 2 };
    expect(rowsOf(selectRows(monthly, filterSpec(m, s))).map((r) => r.value)).toEqual([6]);
    expect(selectRows(monthly, filterSpec(m, { ...s, month: 0 })).numRows()).toBe(2);
  });
  it('mirror data on the map: the declarations of the flow shown', () => {
    const m: Manifest = { ...manifest, datasets: [{ ...ds, mirror: true }] };
    const both = parseDownload(
      [
        `${HEAD},reported_by`,
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,5,USD,,exporter',
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,6,USD,,importer',
      ].join('\n'),
    );
    const exp = selectRows(both, filterSpec(m, state({})));
    expect(rowsOf(exp).map((r) => r.value)).toEqual([5]);
    expect(
      rowsOf(selectRows(both, filterSpec(m, state({ flow: 'import' })))).map((r) => r.value),
    ).toEqual([6]);
    expect(valueTotals(both, 'hs6').map((t) => [t.reportedBy, t.eachFlowOnce])).toEqual([
      ['exporter', 5],
      ['importer', 6],
    ]);
  });
  it('file names say what they hold', () => {
    expect(baseName(filterSpec(manifest, state({ cat: 'A' })), false)).toBe('tst_map_2023_L_A');
    expect(baseName(filterSpec(manifest, state({ view: 'country', country: 'AAA' })), false)).toBe(
      'tst_country_2023_L_AAA',
    );
    expect(baseName(filterSpec(manifest, state({ hs: '222222', view: 'table' })), false)).toBe(
      'tst_table_2023_hs222222',
    );
    expect(baseName(fullSpec('tst', 'map'), true)).toBe('tst_full');
  });
});

describe('files', () => {
  const rows: DownloadRow[] = rowsOf(pick({ hs: '222222' }));
  const cols = [...table.columnNames()];
  it('CSV: BOM, header, neutralised and quoted text, bare numbers', () => {
    const csv = toCsv(rows, cols);
    expect(csv.startsWith(BOM + HEAD + '\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      `2023,2023,AAA,Aland,CCC,"Cland, Republic of",222222,"'=HYPERLINK(""http://x"")",L,A,50,USD,`,
    );
  });
  it('JSON: typed numbers, raw text, metadata beside the rows', () => {
    const meta = buildMetadata({
      manifest,
      spec: filterSpec(manifest, state({ hs: '222222' })),
      full: false,
      url: 'https://atlas.example/?hs=222222',
      created: '2025-01-02T03:04:05Z',
      columns: cols,
      rows: rows.length,
      totals: valueTotals(pick({ hs: '222222' }), 'hs6'),
      lists: ['L', 'M'],
      nameOf: (x) => x,
      source: SRC,
    });
    const doc = JSON.parse(toJson(rows, cols, meta)) as {
      metadata: { rows: number };
      data: Record<string, unknown>[];
    };
    expect(doc.metadata.rows).toBe(3);
    expect(doc.data[0]).toMatchObject({
      year: 2023,
      value: 50,
      quantity_t: null,
      hs6: '222222',
      hs_description: '=HYPERLINK("http://x")',
    });
  });
  it('XLSX sheet data: numbers typed, formula-like text neutralised', () => {
    const sheet = dataSheet(rows, cols);
    expect(sheet).toHaveLength(4);
    const r1 = sheet[1] as { value: unknown; type: unknown }[];
    expect(r1[cols.indexOf('hs_description')]).toEqual({
      value: '\'=HYPERLINK("http://x")',
      type: String,
    });
    expect(r1[cols.indexOf('value')]).toEqual({ value: 50, type: Number });
    expect(r1[cols.indexOf('quantity_t')]).toBeNull();
    expect(
      readmeSheet('A\n\n- b\n').map((r) => (r[0] as { value: string } | null)?.value ?? null),
    ).toEqual(['A', null, "'- b"]);
  });
});

describe('metadata and README', () => {
  const spec = filterSpec(manifest, state({}));
  const t = pick({});
  const input: MetadataInput = {
    manifest,
    spec,
    full: false,
    url: 'https://atlas.example/?list=L',
    created: '2025-01-02T03:04:05Z',
    columns: [...t.columnNames()],
    rows: t.numRows(),
    totals: valueTotals(t, 'hs6'),
    lists: ['L'],
    nameOf: (x) => `Name of ${x}`,
    source: SRC,
  };
  const meta = buildMetadata(input);
  const readme = readmeText(meta, input);
  it('metadata.json holds source, list, build, filters, totals and caveats', () => {
    expect(meta.dataset).toMatchObject({
      licence: 'CC BY 4.0',
      citation: 'Tester (2024). Test trade.',
      currency: 'USD',
      coverage:
        'three made-up countries; only the HS6 codes in the input (a product subset: 1 of 5,387 in HS2017, 3 of 5,613 in HS2022): totals cover these codes only',
    });
    expect(meta.lists).toEqual([
      expect.objectContaining({
        id: 'L',
        name: 'List L',
        version: 'v9',
        hsEdition: 'HS2017',
        source: 'Publisher of L',
      }),
    ]);
    expect(meta.build).toEqual({
      generatedBy: 'scripts/cli/build-data.ts',
      file: 'downloads/tst.csv.gz',
      sha256: 'abc123def4567890',
      rows: 7,
    });
    expect(meta.filters).toContain('Year: 2023');
    expect(meta.filters.join('\n')).toContain("categories outside the list's total left out: X");
    expect(meta.totals).toEqual([
      { currency: 'USD', rows: 4, sumOfRows: 280, flows: 3, eachFlowOnce: 180 },
    ]);
    expect(meta.caveats.join('\n')).toMatch(/upper bound/);
    expect(meta.caveats.join('\n')).toMatch(/Series break: .*2022 \(HS2017\)/);
    expect(meta.caveats.join('\n')).toMatch(
      /HS edition conversion: List L \(HS2017\) applied to HS2022/,
    );
    expect(meta.caveats.join('\n')).toMatch(/4 source rows recognised as totals.*1,234 USD/);
    expect(meta.howToCite).toContain('Tester (2024). Test trade.');
    expect(meta.howToCite).toContain('https://atlas.example/?list=L');
  });
  it('README says the list total and warns that category rows double-count', () => {
    expect(readme).toContain('Strategic Trade Atlas: Test trade, data shown in the map view');
    expect(readme).toContain('the total the atlas shows is 180 USD, not 280');
    expect(readme).toContain(
      'sum of all rows 280 USD; 3 distinct flows, each counted once: 180 USD',
    );
    expect(readme).toContain('Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain('* List L (L), version v9, HS2017');
    expect(readme).toContain('* As a link: https://atlas.example/?list=L');
    expect(readme).toContain('Coverage: three made-up countries');
    expect(readme).toContain('HOW TO CITE');
    // No README line starts like a formula (it is also a sheet of the XLSX).
    expect(readme.split('\n').filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
  });
  it('full dataset: no filters', () => {
    const full = buildMetadata({
      manifest,
      spec: fullSpec('tst', 'map'),
      full: true,
      url: 'u',
      created: '2025-01-02T03:04:05Z',
      columns: [],
      rows: 7,
      totals: valueTotals(table, 'hs6'),
      lists: ['L', 'M'],
      nameOf: (x) => x,
      source: SRC,
    });
    expect(full.choice).toBe('full dataset');
    expect(full.filters).toEqual(['None: the dataset’s whole table of strategic goods']);
    expect(full.totals[0]).toMatchObject({ rows: 7, sumOfRows: 1336 });
  });
});

describe('README in the interface language', () => {
  const LANGS = ['en', 'fr', 'es', 'ru'] as const;
  const spec = filterSpec(manifest, state({ view: 'country', country: 'AAA' }));
  const t = pick({ view: 'country', country: 'AAA' });
  const inputIn = (lang: Lang): MetadataInput => ({
    manifest,
    spec,
    full: false,
    url: 'https://atlas.example/?view=country&country=AAA',
    created: '2025-01-02T03:04:05Z',
    columns: [...t.columnNames()],
    rows: t.numRows(),
    totals: valueTotals(t, 'hs6'),
    lists: ['L', 'M'],
    countryTotals: countryTotals(t, 'hs6', 'AAA'),
    // Country names that say their language, to see which language each file uses.
    nameOf: (iso3, l) => `${iso3}-${l}`,
    lang,
    source: SRC,
  });
  const metaIn = (lang: Lang) => buildMetadata(inputIn(lang));
  const readmeIn = (lang: Lang) => readmeText(metaIn(lang), inputIn(lang));
  const words = (s: string) => s.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');
  /**
   * The English catalogue's literal text between placeholders, long enough to be wording;
   * a text with plural blocks is read in its singular and its plural forms (the numbers
   * marked, to be cut out like placeholders).
   */
  const englishFragments = Object.entries(readmeCatalogue.en).flatMap(([key, text]) => {
    const forms = text.includes(', plural,')
      ? ['1', '2'].map((n) =>
          expandPlurals(text, new Proxy({}, { get: () => `\u27e6${n}\u27e7` }), 'en'),
        )
      : [text];
    return [
      ...new Set(
        forms.flatMap((form) =>
          form
            .split(/\{\w+\}|\u27e6\d\u27e7/)
            .map((f) => f.trim())
            .filter((f) => words(f).length >= 4),
        ),
      ),
    ].map((f) => ({ key, f }));
  });

  it('metadata.json stays English whatever the language, and says the README language', () => {
    const en = metaIn('en');
    expect(en.language).toBe('en');
    for (const lang of LANGS) {
      const m = metaIn(lang);
      expect(m.language).toBe(lang);
      // Every field as in English, language aside: nothing that reads the file breaks.
      expect({ ...m, language: 'en' }).toEqual(en);
    }
    expect(Object.keys(en).sort()).toEqual(
      [
        'build',
        'caveats',
        'choice',
        'columns',
        'countryTotals',
        'coverage',
        'created',
        'dataset',
        'filters',
        'format',
        'howToCite',
        'language',
        'lists',
        'rows',
        'title',
        'totals',
        'url',
        'view',
      ].sort(),
    );
    expect(en.filters).toEqual([
      'Dataset: Test trade (tst)',
      'Year: 2023',
      "List: List L (L), whole list; categories outside the list's total left out: X",
      'Country: AAA-en (AAA), as exporter or importer',
    ]);
    expect(en.title).toBe('Strategic Trade Atlas: Test trade, data shown in the country view');
    expect(en.format.json).toBe(
      'One object {"metadata": ..., "data": [...]}: data is an array of row objects with the CSV columns; year, value and quantity_t are numbers (quantity_t null when unknown). Text is raw: no apostrophes added (JSON is not opened by spreadsheets).',
    );
    expect(en.caveats.join('\n')).toContain(
      'HS edition conversion: List L (HS2017) applied to HS2022 data through hs-concordance/t.csv: 3 list codes (2 exact, 1 split) reach 4 codes, 2 of them through codes that are not exact (their values are an upper bound); 1 link to catch-all headings set aside.',
    );
  });

  it('French README: French headings, filters, totals frame, caveats and citation frame', () => {
    const fr = readmeIn('fr');
    for (const h of [
      'FILTRES APPLIQUÉS',
      'LIGNES ET TOTAUX',
      'SOURCE DES DONNÉES',
      'LISTES',
      'COLONNES',
      'FORMATS DES FICHIERS',
      'MISES EN GARDE',
      'COMMENT CITER',
    ])
      expect(fr.split('\n'), h).toContain(h);
    expect(fr).toContain(
      'Atlas du commerce stratégique\u00a0: Test trade, données affichées dans la vue «\u00a0pays\u00a0»',
    );
    expect(fr).toContain('* Année\u00a0: 2023');
    expect(fr).toContain(
      '* Liste\u00a0: List L (L), liste entière\u202f; catégories hors du total de la liste écartées\u00a0: X',
    );
    expect(fr).toContain('* Pays\u00a0: AAA-fr (AAA), comme exportateur ou importateur');
    expect(fr).toContain(
      '* AAA-fr (AAA)\u00a0: exportations 150 USD, importations 0 USD (chaque flux une fois).',
    );
    expect(fr).toContain(
      'Conversion d’édition du SH\u00a0: List L (SH2017), appliquée aux données en SH2022',
    );
    expect(fr).toContain('(2 exacts, 1 scindé)');
    expect(fr).toContain(
      'Rupture de série\u00a0: les données suivent l’édition SH2022, sauf 2022 (SH2017)',
    );
    expect(fr).toContain('Fréquence\u00a0: annuelle.');
    // The sources' texts stay as published, and the README says so once.
    expect(fr).toContain('Citation\u00a0: Tester (2024). Test trade.');
    // A reason the atlas has no words for is the build's English, as written.
    expect(fr).toContain(
      '* 2 rows repaired: partial year, January to June (see build-report.json).',
    );
    expect(fr.match(/restent en anglais, tels que publiés/g)).toHaveLength(1);
    expect(fr).toContain(
      'Tester (2024). Test trade. Licence\u00a0: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Liste\u00a0: List L, version v9 (Publisher of L\u202f; CC BY 4.0).',
    );
    expect(fr).toContain(
      'Filtré avec l’Atlas du commerce stratégique (fichier de données downloads/tst.csv.gz',
    );
  });

  it('no fixed English sentence is left in the French, Spanish or Russian README', () => {
    // Fragments that are also words of the language, a column name, or the fixture's list
    // names ("List L"): each listed, so that any other English fragment fails.
    // "of the" is also in the build's English note the README quotes.
    const SAME_EVERYWHERE = new Set(['year', 'List', 'of the']);
    const SAME_IN: Record<'fr' | 'es' | 'ru', Set<string>> = {
      fr: new Set([
        'sources',
        'Source',
        'Formats',
        'neutralisation',
        ', version',
        'codes,',
        'codes',
        'code',
      ]),
      es: new Set([]),
      ru: new Set([]),
    };
    expect(englishFragments.length).toBeGreaterThan(60);
    let checked = 0;
    for (const lang of ['fr', 'es', 'ru'] as const) {
      // Addresses are the same in every language (?view=country...).
      const text = readmeIn(lang).replace(/https?:\/\/\S+/g, '');
      const left: string[] = [];
      for (const { key, f } of englishFragments) {
        if (SAME_EVERYWHERE.has(f) || SAME_IN[lang].has(f)) continue;
        checked++;
        // Whole words ("exact" is not in "exacts"), as written or in capitals (headings).
        const found = [f, f.toUpperCase()].some((x) =>
          new RegExp(`(?<!\\p{L})${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(
            text,
          ),
        );
        if (found) left.push(`${key}: ${f}`);
      }
      expect(left, lang).toEqual([]);
      expect(text).not.toMatch(/\brm[A-Z]\w+/);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      if (lang === 'ru')
        for (const h of text.split('\n').filter((l) => /^[A-ZА-ЯЁ ]+$/.test(l) && l.length > 3))
          expect(h, 'Russian heading').toMatch(/[А-ЯЁ]/);
    }
    console.log(`${englishFragments.length} English fragments, ${checked} checks in 3 languages`);
    // The English README is made of the same catalogue: its fragments are all there.
    const en = readmeIn('en');
    for (const f of ['FILTERS APPLIED', 'HOW TO CITE', 'Country: AAA-en (AAA)', 'whole list'])
      expect(en).toContain(f);
  });

  it('numbers follow the language; years and codes are written as they are', () => {
    const big = { ...metaIn('en'), rows: 1234567 };
    const expected = {
      en: '1,234,567',
      fr: '1\u202f234\u202f567',
      es: '1.234.567',
      ru: '1\u00a0234\u00a0567',
    };
    for (const lang of LANGS) {
      const text = readmeText({ ...big, language: lang }, inputIn(lang));
      expect(formatInteger(1234567, lang)).toBe(expected[lang]);
      expect(text, lang).toContain(expected[lang]);
      // The caveat on set-aside totals formats the manifest's 1234 the same way.
      expect(text, lang).toContain(`${formatInteger(1234, lang)} USD`);
      expect(text, lang).toMatch(/2022, 2023/);
      expect(text, lang).not.toMatch(/2[\s.,\u00a0\u202f]023/);
    }
  });

  it('no README line starts like a formula, in any language (it is also an XLSX sheet)', () => {
    let lines = 0;
    for (const lang of LANGS)
      for (const full of [false, true]) {
        const input = { ...inputIn(lang), full, ...(full ? { spec: fullSpec('tst', 'map') } : {}) };
        const text = readmeText(buildMetadata(input), input);
        const all = text.split('\n');
        lines += all.length;
        expect(
          all.filter((l) => /^[=+\-@\t\r]/.test(l)),
          `${lang} full=${full}`,
        ).toEqual([]);
      }
    console.log(`${lines} README lines checked in 4 languages`);
  });

  it('the README catalogue has every key in the four languages, with the same placeholders', () => {
    const keys = Object.keys(readmeCatalogue.en).sort();
    // A variable is used plain ({n}) or as a plural block ({n, plural, ...}): both count; the
    // text of a plural form (one {has}) is not a variable.
    const placeholders = (s: string) =>
      [
        ...new Set(
          [
            ...s.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}|, plural,)/g),
          ].map((m) => m[1]),
        ),
      ].sort();
    for (const lang of ['fr', 'es', 'ru'] as const) {
      const cat: Record<string, string> = readmeCatalogue[lang];
      expect(Object.keys(cat).sort(), lang).toEqual(keys);
      for (const k of keys) {
        const en = (readmeCatalogue.en as Record<string, string>)[k] ?? '';
        expect(placeholders(cat[k] ?? ''), `${lang}.${k}`).toEqual(placeholders(en));
      }
    }
  });
});

/**
 * What each view's "data shown" selects, says and is named, on the hand-made manifest above
 * (list L counts A and B, leaves X out; list M counts m1). Every expectation is written out
 * from the download contract (design.md, "Download columns"; `baseName`'s documented pattern
 * `<dataset>_<view>_<year>[_<month>][_<list>][_<cat>|_hs<code>|_codes<n>][_<country>]...`),
 * not read back from the code.
 */
describe('the filter of every view, in words and in the file name', () => {
  const spec = (patch: Partial<AtlasState>) => filterSpec(manifest, state(patch));
  const words = (s: FilterSpec, lang: Lang = 'en') =>
    describeFilters(s, manifest, (iso3) => `Name of ${iso3}`, lang);
  const DS = 'Dataset: Test trade (tst)';
  const LIST_L = "List: List L (L), whole list; categories outside the list's total left out: X";

  it('map, table and regime: the list total (the categories it counts), a category, a code', () => {
    const whole = {
      dataset: 'tst',
      year: 2023,
      selection: 'list',
      lists: ['L'],
      categories: ['A', 'B'],
    };
    expect(spec({})).toEqual({ ...whole, view: 'map' });
    expect(spec({ view: 'regime' })).toEqual({ ...whole, view: 'regime' });
    expect(spec({ list: 'M' })).toEqual({
      ...whole,
      view: 'map',
      lists: ['M'],
      categories: ['m1'],
    });
    expect(spec({ view: 'table', cat: 'A' })).toEqual({
      dataset: 'tst',
      view: 'table',
      year: 2023,
      selection: 'category',
      lists: ['L'],
      categories: ['A'],
    });
    expect(spec({ hs: '222222' })).toEqual({
      dataset: 'tst',
      view: 'map',
      year: 2023,
      selection: 'hs',
      hs6: ['222222'],
    });
    expect(spec({ codes: ['333333', '111111'] })).toEqual({
      dataset: 'tst',
      view: 'map',
      year: 2023,
      selection: 'codes',
      hs6: ['333333', '111111'],
    });
    expect(words(spec({}))).toEqual([DS, 'Year: 2023', LIST_L]);
    expect(words(spec({ list: 'M' }))).toEqual([DS, 'Year: 2023', 'List: List M (M), whole list']);
    expect(baseName(spec({}), false)).toBe('tst_map_2023_L');
    expect(baseName(spec({ view: 'regime' }), false)).toBe('tst_regime_2023_L');
    expect(words(spec({ hs: '222222' }))).toEqual([
      DS,
      'Year: 2023',
      'HS code: 222222 (rows of every list holding it)',
    ]);
    expect(words(spec({ codes: ['333333', '111111'] }))).toEqual([
      DS,
      'Year: 2023',
      'Your own HS codes: 333333, 111111 (rows of every list holding them)',
    ]);
    expect(baseName(spec({ codes: ['333333', '111111'] }), false)).toBe('tst_map_2023_codes2');
  });

  it('a category by its label and id; a category the manifest does not know by its id', () => {
    const labelled: Manifest = {
      ...manifest,
      lists: manifest.lists.map((l) =>
        l.id === 'L'
          ? { ...l, categories: l.categories.map((c) => ({ ...c, label: `Label ${c.id}` })) }
          : l,
      ),
    };
    const s = filterSpec(labelled, state({ cat: 'A' }));
    expect(describeFilters(s, labelled, (x) => x)).toEqual([
      DS,
      'Year: 2023',
      'List: List L (L), category Label A (A)',
    ]);
    expect(describeFilters(filterSpec(labelled, state({})), labelled, (x) => x)[2]).toBe(
      "List: List L (L), whole list; categories outside the list's total left out: Label X (X)",
    );
    expect(words({ ...s, categories: ['Z9'] })[2]).toBe('List: List L (L), category Z9');
    expect(baseName(s, false)).toBe('tst_map_2023_L_A');
  });

  it('country profile: the country, as exporter or importer, and its partner', () => {
    expect(spec({ view: 'country', country: 'AAA', partner: 'CCC' })).toEqual({
      dataset: 'tst',
      view: 'country',
      year: 2023,
      selection: 'list',
      lists: ['L'],
      categories: ['A', 'B'],
      country: 'AAA',
      dir: 'both',
      partner: 'CCC',
    });
    // No country chosen: no country filter, and the direction is the profile's own.
    expect(spec({ view: 'country' })).toEqual({
      dataset: 'tst',
      view: 'country',
      year: 2023,
      selection: 'list',
      lists: ['L'],
      categories: ['A', 'B'],
      dir: 'both',
    });
    const s = spec({ view: 'country', country: 'AAA', partner: 'CCC' });
    expect(words(s)).toEqual([
      DS,
      'Year: 2023',
      LIST_L,
      'Country: Name of AAA (AAA), as exporter or importer',
      'Partner: Name of CCC (CCC)',
    ]);
    expect(baseName(s, false)).toBe('tst_country_2023_L_AAA_CCC');
  });

  it('flows: the direction chosen and the partner; no country, no direction', () => {
    const s = spec({ view: 'flows', country: 'AAA', dir: 'export', partner: 'BBB' });
    expect(s).toEqual({
      dataset: 'tst',
      view: 'flows',
      year: 2023,
      selection: 'list',
      lists: ['L'],
      categories: ['A', 'B'],
      country: 'AAA',
      dir: 'export',
      partner: 'BBB',
    });
    expect(spec({ view: 'flows', dir: 'import' })).toEqual({
      dataset: 'tst',
      view: 'flows',
      year: 2023,
      selection: 'list',
      lists: ['L'],
      categories: ['A', 'B'],
    });
    expect(words(s).slice(3)).toEqual([
      'Exporter: Name of AAA (AAA)',
      'Partner: Name of BBB (BBB)',
    ]);
    expect(words(spec({ view: 'flows', country: 'AAA', dir: 'import' })).slice(3)).toEqual([
      'Importer: Name of AAA (AAA)',
    ]);
    expect(baseName(s, false)).toBe('tst_flows_2023_L_AAA-export_BBB');
    expect(baseName(spec({ view: 'flows', country: 'AAA', dir: 'import' }), false)).toBe(
      'tst_flows_2023_L_AAA-import',
    );
  });

  it('product page: the one code, every list holding it', () => {
    expect(spec({ view: 'product', hs: '111111' })).toEqual({
      dataset: 'tst',
      view: 'product',
      year: 2023,
      selection: 'hs',
      hs6: ['111111'],
    });
    expect(spec({ view: 'product' })).toEqual({
      dataset: 'tst',
      view: 'product',
      year: 2023,
      selection: 'hs',
    });
    expect(baseName(spec({ view: 'product', hs: '111111' }), false)).toBe(
      'tst_product_2023_hs111111',
    );
    expect(baseName(spec({ view: 'product' }), false)).toBe('tst_product_2023_hs');
  });

  it('compare: both lists and the categories each counts; one list when both are the same', () => {
    expect(spec({ view: 'compare', vs: 'M' })).toEqual({
      dataset: 'tst',
      view: 'compare',
      year: 2023,
      selection: 'lists',
      lists: ['L', 'M'],
      categories: ['A', 'B', 'm1'],
    });
    for (const vs of ['', 'L'])
      expect(spec({ view: 'compare', vs })).toMatchObject({
        selection: 'lists',
        lists: ['L'],
        categories: ['A', 'B'],
      });
    expect(words(spec({ view: 'compare', vs: 'M' }))).toEqual([
      DS,
      'Year: 2023',
      'Lists: List L (L) and List M (M)',
    ]);
    expect(baseName(spec({ view: 'compare', vs: 'M' }), false)).toBe('tst_compare_2023_L_M');
  });

  it('methods and sources show no data: the whole table, no year', () => {
    for (const view of ['methods', 'sources'] as const) {
      expect(showsData(view)).toBe(false);
      expect(spec({ view })).toEqual({ dataset: 'tst', view, selection: 'none' });
      expect(words(spec({ view }))).toEqual([
        DS,
        'None: the dataset’s whole table of strategic goods',
      ]);
      expect(baseName(spec({ view }), false)).toBe(`tst_${view}`);
    }
    for (const view of [
      'map',
      'table',
      'country',
      'product',
      'flows',
      'compare',
      'group',
      'regime',
    ] as const)
      expect(showsData(view), view).toBe(true);
    expect(fullSpec('tst', 'country')).toEqual({
      dataset: 'tst',
      view: 'country',
      selection: 'none',
    });
  });

  it('a month, the declarations shown, an unknown dataset and list, file-name characters', () => {
    const s: FilterSpec = {
      dataset: 'zz',
      view: 'map',
      year: 2023,
      period: '2023-02',
      lists: ['Q'],
      selection: 'list',
      reportedBy: 'importer',
    };
    expect(words(s)).toEqual([
      'Dataset: zz (zz)',
      'Month: 2023-02',
      'List: Q (Q), whole list',
      'Declarations: as reported by the importer',
    ]);
    expect(words({ ...s, reportedBy: 'exporter' })[3]).toBe(
      'Declarations: as reported by the exporter',
    );
    expect(baseName(s, false)).toBe('zz_map_2023-02_Q_by-importer');
    expect(baseName({ ...s, period: undefined, lists: ['a b/  c'] }, false)).toBe(
      'zz_map_2023_a-b-c_by-importer',
    );
  });

  it('rows: lists, declarations, directions and the partner on either side', () => {
    const r = (p: Partial<DownloadRow>): DownloadRow => ({
      ...(rowsOf(table)[1] as DownloadRow),
      ...p,
    });
    const base: FilterSpec = { dataset: 'tst', view: 'map', selection: 'none' };
    expect(rowMatcher({ ...base, lists: ['M'] })(r({ list: 'L' }))).toBe(false);
    expect(rowMatcher({ ...base, lists: ['M'] })(r({ list: 'M' }))).toBe(true);
    // A dataset with one declaration per flow has no reported_by: every row is kept.
    expect(rowMatcher({ ...base, reportedBy: 'importer' })(r({}))).toBe(true);
    expect(rowMatcher({ ...base, reportedBy: 'importer' })(r({ reported_by: 'exporter' }))).toBe(
      false,
    );
    // BBB imports from AAA in this row: kept as an import or either way, not as an export.
    const imp = { ...base, country: 'BBB' };
    expect(rowMatcher({ ...imp, dir: 'import' })(r({}))).toBe(true);
    expect(rowMatcher({ ...imp, dir: 'export' })(r({}))).toBe(false);
    expect(rowMatcher(imp)(r({}))).toBe(true);
    expect(rowMatcher({ ...imp, partner: 'AAA' })(r({}))).toBe(true);
    expect(rowMatcher({ ...imp, partner: 'CCC' })(r({}))).toBe(false);
    expect(rowMatcher({ ...base, country: 'AAA', partner: 'BBB' })(r({}))).toBe(true);
  });
});

/**
 * README.txt line by line, in English, on the hand-made file: AAA's profile of list L in 2023
 * holds three rows (111111 to BBB in categories A and B, 100 each; 222222 to CCC in A, 50):
 * a sum of rows of 250 USD, two flows worth 150 USD, AAA's exports 150 and imports 0. Each
 * expected line is written from the fixture and the English catalogue's sentences.
 */
describe('README.txt line by line', () => {
  const s = filterSpec(manifest, state({ view: 'country', country: 'AAA' }));
  const t = pick({ view: 'country', country: 'AAA' });
  const URL_ = 'https://atlas.example/?view=country&country=AAA';
  const base: MetadataInput = {
    manifest,
    spec: s,
    full: false,
    url: URL_,
    created: '2025-01-02T03:04:05Z',
    columns: [...t.columnNames()],
    rows: t.numRows(),
    totals: valueTotals(t, 'hs6'),
    lists: ['L', 'M'],
    countryTotals: countryTotals(t, 'hs6', 'AAA'),
    nameOf: (iso3) => `Name of ${iso3}`,
    source: SRC,
  };
  const linesOf = (input: MetadataInput) => readmeText(buildMetadata(input), input).split('\n');
  /** The lines from `first` on, as many as `want` has. */
  const after = (lines: string[], first: string, n: number) => {
    const i = lines.indexOf(first);
    expect(i, first).toBeGreaterThanOrEqual(0);
    return lines.slice(i, i + n);
  };

  it('heading, build, filters, totals and the country line', () => {
    const lines = linesOf(base);
    expect(lines[0]).toBe('Strategic Trade Atlas: Test trade, data shown in the country view');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(
      /^Downloaded .*2025.* UTC from https:\/\/atlas\.example\/\?view=country&country=AAA$/,
    );
    expect(lines[3]).toBe(
      'Data build: downloads/tst.csv.gz (7 rows, SHA-256 abc123def4567890), made by scripts/cli/build-data.ts.',
    );
    expect(lines[4]).toBe('');
    expect(lines[5]).toMatch(/^Texts quoted from the sources stay in English/);
    expect(after(lines, 'FILTERS APPLIED', 6)).toEqual([
      'FILTERS APPLIED',
      '* Dataset: Test trade (tst)',
      '* Year: 2023',
      "* List: List L (L), whole list; categories outside the list's total left out: X",
      '* Country: Name of AAA (AAA), as exporter or importer',
      `* As a link: ${URL_}`,
    ]);
    expect(after(lines, 'ROWS AND TOTALS', 6)).toEqual([
      'ROWS AND TOTALS',
      '3 rows.',
      '* USD: 3 rows; sum of all rows 250 USD; 2 distinct flows, each counted once: 150 USD.',
      '  Adding up the category rows double-counts codes that sit in several categories or lists: the total the atlas shows is 150 USD, not 250.',
      '* Name of AAA (AAA): exports 150 USD, imports 0 USD (each flow once).',
      '',
    ]);
  });

  it('source, edition, years, lists with the conversion, columns, formats and citation', () => {
    const lines = linesOf(base);
    expect(after(lines, 'SOURCE', 7)).toEqual([
      'SOURCE',
      'Test trade (tst)',
      'Source: Test source. Publisher: Tester. https://example.org',
      'Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      'Citation: Tester (2024). Test trade.',
      'HS edition: HS2022 (2022: HS2017). Currency: USD. Frequency: year.',
      'Years: 2022, 2023.',
    ]);
    expect(after(lines, 'LISTS', 5)).toEqual([
      'LISTS',
      '* List L (L), version v9, HS2017. Source: Publisher of L. Licence: CC BY 4.0.',
      '  List L (HS2017) applied to HS2022 data through hs-concordance/t.csv: 3 list codes (2 exact, 1 split) reach 4 codes, 2 of them through codes that are not exact (their values are an upper bound); 1 link to catch-all headings set aside.',
      '* List M (M), version v9, HS2017. Source: Publisher of M. Licence: CC BY 4.0.',
      '',
    ]);
    const cols = after(lines, 'COLUMNS', 3);
    expect(cols[1]).toBe(HEAD);
    expect(cols[2]).toMatch(/^One row per flow and list category\. year and period/);
    const formats = after(lines, 'FORMATS', 5);
    expect(formats.slice(1).map((l) => l.slice(0, l.indexOf(':') + 1))).toEqual([
      '* csv:',
      '* json:',
      '* xlsx:',
      '* neutralisation:',
    ]);
    expect(formats[1]).toMatch(/^\* csv: UTF-8 with a byte-order mark/);
    expect(formats[3]).toMatch(/^\* xlsx: Sheet "data" with the CSV columns/);
    expect(formats[4]).toMatch(/^\* neutralisation: In CSV and XLSX, a text cell beginning with =/);
    expect(lines.at(-3)).toBe('HOW TO CITE');
    expect(lines.at(-2)).toBe(
      `Tester (2024). Test trade. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). List: List L, version v9 (Publisher of L; CC BY 4.0). List: List M, version v9 (Publisher of M; CC BY 4.0). Filtered with the Strategic Trade Atlas (data file downloads/tst.csv.gz, SHA-256 abc123def456): ${URL_}, downloaded 2025-01-02.`,
    );
    expect(lines.at(-1)).toBe('');
  });

  it('caveats: upper bound, one row per category, coverage, series break, conversion, one side, totals set aside, partial lists', () => {
    const meta = buildMetadata(base);
    expect(meta.caveats.map((c) => c.slice(0, 30))).toEqual([
      'HS codes are wider than the it',
      'One row per flow and list cate',
      'Coverage: three made-up countr',
      'Series break: the data follow ',
      'HS edition conversion: List L ',
      "One value per flow: one side's",
      '4 source rows recognised as to',
      // The build's repair note, worded with its row count (src/i18n/notes.ts).
      '2 rows repaired: partial year,',
      'Lists with codes that have no ',
    ]);
    expect(meta.caveats[3]).toBe(
      "Series break: the data follow HS2022 except 2022 (HS2017); a list's coverage can change where the edition changes.",
    );
    // L has all its codes in 2023; M one of three: only M is partly without data.
    expect(meta.caveats[8]).toMatch(
      /^Lists with codes that have no data in this dataset: List M \(2023\)\. /,
    );
    const lines = linesOf(base);
    expect(after(lines, 'CAVEATS', 2)[1]).toBe(`* ${meta.caveats[0]}`);
  });

  it('a monthly dataset with both declarations, sources ending in a full stop, nothing converted', () => {
    const monthly: DatasetMeta = {
      ...ds,
      source: 'Test source. ',
      frequency: 'month',
      months: ['2022-11', '2022-12', '2023-01'],
      mirror: true,
      reconciled: false,
      yearEditions: {},
      listConversions: [],
      aggregates: { rows: 0, value: 0 },
      notes: [],
      listsNotApplied: [{ list: 'M', reason: { kind: 'categoryOnly', categoryList: 'L' } }],
    };
    const m2: Manifest = {
      ...manifest,
      datasets: [monthly],
      lists: manifest.lists.map((l) => (l.id === 'L' ? { ...l, source: 'Publisher of L.' } : l)),
    };
    const both = parseDownload(
      [
        `${HEAD},reported_by`,
        '2023,2023-01,AAA,A,BBB,B,111111,w,L,A,5,USD,,exporter',
        '2023,2023-01,AAA,A,BBB,B,111111,w,L,A,6,USD,,importer',
      ].join('\n'),
    );
    const input: MetadataInput = {
      ...base,
      manifest: m2,
      spec: { ...fullSpec('tst', 'map') },
      full: true,
      rows: 2,
      totals: valueTotals(both, 'hs6'),
      countryTotals: undefined,
      lists: ['L'],
    };
    const meta = buildMetadata(input);
    expect(meta.title).toBe('Strategic Trade Atlas: Test trade, full dataset');
    expect(meta.dataset.months).toEqual(['2022-11', '2022-12', '2023-01']);
    expect(meta.dataset.yearEditions).toEqual({});
    expect(meta.lists[0]).not.toHaveProperty('conversion');
    expect(meta.countryTotals).toBeUndefined();
    expect(meta.caveats.some((c) => c.startsWith('Both declarations of a flow are kept'))).toBe(
      true,
    );
    expect(meta.caveats.some((c) => /source rows? recognised as totals?/.test(c))).toBe(false);
    // M is named by its name in the manifest, not its id.
    expect(
      meta.caveats.filter((c) => c.startsWith('The List M is not applied to this dataset: ')),
    ).toHaveLength(1);
    const lines = linesOf(input);
    expect(after(lines, 'ROWS AND TOTALS', 4)).toEqual([
      'ROWS AND TOTALS',
      '2 rows.',
      '* USD (reported by the exporter): 1 row; sum of all rows 5 USD; 1 distinct flow, counted once: 5 USD.',
      '* USD (reported by the importer): 1 row; sum of all rows 6 USD; 1 distinct flow, counted once: 6 USD.',
    ]);
    expect(after(lines, 'SOURCE', 7).slice(2)).toEqual([
      'Source: Test source. Publisher: Tester. https://example.org',
      'Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      'Citation: Tester (2024). Test trade.',
      'HS edition: HS2022. Currency: USD. Frequency: month.',
      'Years: 2022, 2023; months 2022-11 to 2023-01 (3 months).',
    ]);
    expect(after(lines, 'LISTS', 3)).toEqual([
      'LISTS',
      '* List L (L), version v9, HS2017. Source: Publisher of L. Licence: CC BY 4.0.',
      '',
    ]);
    expect(lines.at(-2)).toContain('List: List L, version v9 (Publisher of L; CC BY 4.0).');
  });
});

/** Totals and cells on small hand-made files whose sums are worked out in the comments. */
describe('totals and cells, worked out by hand', () => {
  it('category-level data: the category is the product, so a flow in two categories is two flows', () => {
    const t = parseDownload(
      [
        HEAD,
        '2019,2019,AAA,A,BBB,B,,,jrc,mining,10,EUR,',
        '2019,2019,AAA,A,BBB,B,,,jrc,enrichment,20,EUR,',
      ].join('\n'),
    );
    // By category: 10 + 20 over two flows. By code (all codes empty): one flow of 10.
    expect(valueTotals(t, 'category')).toEqual([
      { currency: 'EUR', rows: 2, sumOfRows: 30, flows: 2, eachFlowOnce: 30 },
    ]);
    expect(valueTotals(t, 'hs6')).toEqual([
      { currency: 'EUR', rows: 2, sumOfRows: 30, flows: 1, eachFlowOnce: 10 },
    ]);
  });

  it('per currency in code order; an unreadable value is left out of the sums, not zero', () => {
    const t = parseDownload(
      [
        HEAD,
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,5,USD,',
        '2023,2023,AAA,A,CCC,C,111111,w,L,A,n/a,USD,',
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,7,EUR,',
      ].join('\n'),
    );
    expect(valueTotals(t, 'hs6')).toEqual([
      { currency: 'EUR', rows: 1, sumOfRows: 7, flows: 1, eachFlowOnce: 7 },
      { currency: 'USD', rows: 2, sumOfRows: 5, flows: 2, eachFlowOnce: 5 },
    ]);
  });

  it("both declarations: a country's exports from the exporters' reports, imports from the importers'", () => {
    const both = parseDownload(
      [
        `${HEAD},reported_by`,
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,5,USD,,exporter',
        '2023,2023,AAA,A,BBB,B,111111,w,L,A,6,USD,,importer',
        '2023,2023,BBB,B,AAA,A,222222,w,L,A,40,USD,,exporter',
        '2023,2023,BBB,B,AAA,A,222222,w,L,A,44,USD,,importer',
      ].join('\n'),
    );
    // AAA exports 5 (its own report, not BBB's 6); imports 44 (its own report, not BBB's 40).
    expect(countryTotals(both, 'hs6', 'AAA')).toEqual([
      { currency: 'USD', exports: 5, imports: 44 },
    ]);
    expect(countryTotals(both, 'hs6', 'BBB')).toEqual([
      { currency: 'USD', exports: 40, imports: 6 },
    ]);
  });

  it('CSV ends with a line break; XLSX header cells bold, empty text an empty cell; odd values', () => {
    const r = rowsOf(table)[1] as DownloadRow;
    expect(toCsv([r], ['hs6', 'value'])).toBe(`${BOM}hs6,value\n111111,100\n`);
    expect(dataSheet([{ ...r, hs_description: '' }], ['hs6', 'hs_description'])).toEqual([
      [
        { value: 'hs6', fontWeight: 'bold' },
        { value: 'hs_description', fontWeight: 'bold' },
      ],
      [{ value: '111111', type: String }, null],
    ]);
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(restoreRaw("'")).toBe("'");
    expect(restoreRaw("'x")).toBe("'x");
  });
});

/**
 * The coverage section's edges on a hand-made `inputCoverage`: list L (35 codes, 31 with data
 * in 2023, handed over out of order), no entry for 2021, and reach of exactly 100 or 99 places.
 */
describe('coverage edges', () => {
  const codes = Array.from({ length: 35 }, (_, i) => String(100001 + i));
  const cov = (places: number, withRows: string[]): DatasetMeta => ({
    ...ds,
    years: [2021, 2022, 2023],
    inputCoverage: {
      ...ds.inputCoverage,
      exporters: Array.from({ length: places }, (_, i) => `X${i}`),
      importers: Array.from({ length: 100 }, (_, i) => `M${i}`),
      lists: {
        L: {
          '2023': { edition: 'HS2022', withRows, noCounterpart: [] },
        },
      },
    },
  });
  const run = (d: DatasetMeta, selection: FilterSpec['selection']) => {
    const m: Manifest = {
      ...manifest,
      datasets: [d],
      lists: manifest.lists.map((l) => (l.id === 'L' ? { ...l, codes: 35 } : l)),
    };
    const input: MetadataInput = {
      manifest: m,
      spec: { dataset: 'tst', view: 'map', selection, lists: ['L'] },
      full: false,
      url: 'u',
      created: '2025-01-02T03:04:05Z',
      columns: [],
      rows: 0,
      totals: [],
      lists: ['L'],
      listCodes: { L: codes },
      nameOf: (x) => x,
      source: SRC,
    };
    const meta = buildMetadata(input);
    const lines = readmeText(meta, input).split('\n');
    const at = lines.indexOf('DATA COVERAGE');
    return { meta, section: lines.slice(at + 1, lines.indexOf('', at + 1)) };
  };

  it('codes sorted; a year without an entry left out; 30 codes named, 31 counted', () => {
    const thirty = [...codes.slice(0, 30)].reverse();
    const { meta, section } = run(cov(100, thirty), 'list');
    expect(meta.coverage?.lists.map((c) => c.year)).toEqual([2023]);
    expect(meta.coverage?.lists[0]?.withData).toEqual(codes.slice(0, 30));
    expect(meta.coverage?.lists[0]?.withoutData).toEqual(codes.slice(30));
    // 100 exporters and 100 importers: no reach line, only the list's.
    expect(section).toHaveLength(2);
    expect(section[1]).toBe(
      `* List L, 2023: 30 of the 35 codes have data in this dataset (${codes.slice(0, 30).join(', ')}); 5 have none (${codes.slice(30).join(', ')}); totals in this file cover the 30 codes only.`,
    );
    const more = run(cov(100, codes.slice(0, 31)), 'list').section;
    expect(more[1]).toBe(
      `* List L, 2023: 31 of the 35 codes have data in this dataset; 4 have none (${codes.slice(31).join(', ')}); totals in this file cover the 31 codes only.`,
    );
  });

  it('99 exporters: the reach is said; a file of one HS code drops the totals clause', () => {
    const { section } = run(cov(99, codes.slice(0, 31)), 'hs');
    expect(section.slice(1)).toEqual([
      'The data speak for 99 exporters and 100 importers; other places are not covered: no data, not zero.',
      `* List L, 2023: 31 of the 35 codes have data in this dataset; 4 have none (${codes.slice(31).join(', ')}).`,
    ]);
  });
});
