/**
 * Downloads say what the input covers (manifest `inputCoverage`): metadata.json's `coverage`
 * and the README's coverage section, per list and year, in the four languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  DatasetMeta,
  InputCoverage,
  Lang,
  ListMeta,
  Manifest,
} from '../../src/schema/manifest.ts';
import * as readmeCatalogue from '../../src/i18n/catalog/readme.ts';
import type { ReadmeKey } from '../../src/i18n/catalog/readme.ts';
import { wordsFor } from '../../src/download/readme-words.ts';
import type { FilterSpec } from '../../src/download/filter.ts';
import { localizeManifest } from '../../src/i18n/names.ts';
import { expandPlurals } from '../../src/i18n/messages.ts';
import { buildMetadata, readmeText, type MetadataInput } from '../../src/download/metadata.ts';
import { type DownloadMetadata } from '../../src/schema/metadata.ts';

const LANGS = ['en', 'fr', 'es', 'ru'] as const;
const OTHER_LANGS = ['fr', 'es', 'ru'] as const;
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** `n` six-digit codes from `first` on, as text. */
const codes = (first: number, n: number) => Array.from({ length: n }, (_, i) => String(first + i));
const places = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i).padStart(2, '0')}`);

const CHPL = [...codes(100000, 48), '850440', '854159'].sort();
const IND = codes(200000, 149);
const JRC = codes(300000, 22);
const CATS = [
  'mining',
  'enrichment',
  'fuel-fabrication',
  'power-plant',
  'spent-fuel-hlw',
  'ignore',
];

const list = (id: string, name: string, all: string[], edition: 'HS2017' | 'HS2022'): ListMeta => ({
  id,
  name,
  version: '1',
  hsEdition: edition,
  source: 'Publisher',
  licence: 'CC BY 4.0',
  description: '',
  file: `${id}.csv`,
  codes: all.length,
  categories: (id === 'jrc' ? CATS : ['a']).map((c) => ({
    id: c,
    label: c,
    codes: 1,
    inTotal: c !== 'ignore',
  })),
  hasSpecificity: false,
});

const dataset = (
  id: string,
  patch: Partial<DatasetMeta>,
  coverage: InputCoverage | undefined,
): DatasetMeta =>
  ({
    id,
    title: `Dataset ${id}`,
    source: 'Source',
    publisher: 'Publisher',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://example.org/licence',
    citation: 'Citation.',
    url: 'https://example.org',
    hsEdition: 'HS2022',
    granularity: 'hs6',
    currency: 'USD',
    frequency: 'year',
    years: [2023],
    mirror: false,
    aggregates: { rows: 0, value: 0 },
    lists: ['chpl', 'ind', 'jrc'],
    listsNotApplied: [],
    rows: 1,
    value: 1,
    reconciled: true,
    notes: [],
    ...patch,
    ...(coverage ? { inputCoverage: coverage } : {}),
  }) as DatasetMeta;

/**
 * The shapes of the embedded data: a 32-code world extract (2 of CHPL's 50 codes, 9 of 149,
 * 5 of 22 with one without counterpart), EU exports to seven partners over an HS edition
 * change (17, 17 and 18 CHPL codes), a category-level dataset, one without `inputCoverage`.
 */
const manifest = {
  schemaVersion: 2,
  generatedBy: 'scripts/cli/build-data.ts',
  notice: '',
  datasets: [
    dataset(
      'world',
      {},
      {
        hsCodes: [{ edition: 'HS2022', input: 32, nomenclature: 5613 }],
        productSubset: true,
        exporters: places(150),
        importers: places(150),
        lists: {
          chpl: {
            '2023': { edition: 'HS2022', withRows: ['850440', '854159'], noCounterpart: [] },
          },
          ind: { '2023': { edition: 'HS2022', withRows: IND.slice(0, 9), noCounterpart: [] } },
          jrc: {
            '2023': { edition: 'HS2022', withRows: JRC.slice(0, 5), noCounterpart: ['300021'] },
          },
        },
      },
    ),
    dataset(
      'eu',
      { years: [2020, 2021, 2022], yearEditions: { '2020': 'HS2017', '2021': 'HS2017' } },
      {
        hsCodes: [
          { edition: 'HS2017', input: 1500, nomenclature: 5387 },
          { edition: 'HS2022', input: 1600, nomenclature: 0 },
        ],
        productSubset: true,
        exporters: places(27),
        importers: places(7),
        lists: {
          chpl: {
            '2020': { edition: 'HS2017', withRows: CHPL.slice(0, 17), noCounterpart: [] },
            '2021': { edition: 'HS2017', withRows: CHPL.slice(0, 17), noCounterpart: [] },
            '2022': { edition: 'HS2022', withRows: CHPL.slice(0, 18), noCounterpart: [] },
          },
          ind: {
            '2020': { edition: 'HS2017', withRows: [], noCounterpart: [] },
            '2021': { edition: 'HS2017', withRows: [], noCounterpart: [] },
            '2022': { edition: 'HS2022', withRows: IND.slice(0, 31), noCounterpart: [] },
          },
          jrc: {
            '2020': { edition: 'HS2017', withRows: JRC, noCounterpart: [] },
            '2021': { edition: 'HS2017', withRows: JRC, noCounterpart: [] },
            '2022': { edition: 'HS2022', withRows: JRC, noCounterpart: [] },
          },
        },
      },
    ),
    dataset(
      'cat',
      { granularity: 'category', categoryList: 'jrc', years: [2019, 2020, 2021], lists: ['jrc'] },
      {
        hsCodes: [],
        productSubset: false,
        exporters: places(120),
        importers: places(130),
        lists: {
          jrc: {
            '2019': { edition: 'HS2017', withRows: ['enrichment', 'mining'], noCounterpart: [] },
            '2020': { edition: 'HS2017', withRows: [...CATS].sort(), noCounterpart: [] },
            '2021': { edition: 'HS2017', withRows: [], noCounterpart: [] },
          },
        },
      },
    ),
    dataset('old', {}, undefined),
  ],
  lists: [
    list('chpl', 'Common High Priority List', CHPL, 'HS2022'),
    list('ind', 'Indicative strategic-goods list', IND, 'HS2022'),
    list('jrc', 'JRC Nuclear Trade Atlas commodity list', JRC, 'HS2017'),
  ],
  countries: [],
  shards: { map: {}, flows: {}, country: {}, product: {}, list: {}, download: {} },
  geo: { world: { path: 'geo/world.json', bytes: 1, sha256: '', rows: 0 } },
  hs: { descriptionsFrom: 'HS2022' },
} as unknown as Manifest;

const LIST_CODES = { chpl: CHPL, ind: IND, jrc: JRC };

const inputFor = (
  m: Manifest,
  spec: Partial<FilterSpec> & { dataset: string },
  lists: string[],
  lang: Lang = 'en',
  listCodes: MetadataInput['listCodes'] | null = LIST_CODES,
): MetadataInput => ({
  manifest: m,
  spec: { view: 'map', selection: 'none', ...spec },
  full: spec.year === undefined && spec.period === undefined,
  url: 'https://atlas.example/',
  created: '2025-01-02T03:04:05Z',
  columns: [],
  rows: 1,
  totals: [],
  lists,
  nameOf: (x) => x,
  lang,
  source: { path: `downloads/${spec.dataset}.csv.gz`, bytes: 1, sha256: 'abc', rows: 1 },
  ...(listCodes ? { listCodes } : {}),
});

const build = (input: MetadataInput) => {
  const meta = buildMetadata(input);
  return { meta, readme: readmeText(meta, input) };
};

/** The README's coverage section: the lines under its heading, up to the next blank line. */
function coverageSection(readme: string, lang: Lang): string[] {
  const lines = readme.split('\n');
  const heading = wordsFor(lang).t('rmHCoverage').toLocaleUpperCase(lang);
  const at = lines.indexOf(heading);
  if (at < 0) return [];
  const end = lines.indexOf('', at);
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

const ALL_LISTS = ['chpl', 'ind', 'jrc'];
const entry = (m: DownloadMetadata, listId: string, year: number) =>
  m.coverage?.lists.find((c) => c.list === listId && c.year === year);

describe('metadata.json: coverage per list and year', () => {
  it('the world extract: 2 of 50, 9 of 149, 5 of 22 with one code without counterpart', () => {
    const { meta } = build(inputFor(manifest, { dataset: 'world' }, ALL_LISTS));
    expect(meta.coverage).toMatchObject({
      productSubset: true,
      hsCodes: [{ edition: 'HS2022', input: 32, nomenclature: 5613 }],
      exporters: 150,
      importers: 150,
    });
    expect(meta.coverage?.lists.map((c) => [c.list, c.year])).toEqual([
      ['chpl', 2023],
      ['ind', 2023],
      ['jrc', 2023],
    ]);
    const chpl = entry(meta, 'chpl', 2023);
    expect(chpl).toMatchObject({
      edition: 'HS2022',
      unit: 'code',
      codes: 50,
      total: 50,
      withData: ['850440', '854159'],
      noCounterpart: [],
      counts: { withData: 2, withoutData: 48, noCounterpart: 0 },
    });
    expect(chpl?.withoutData).toEqual(codes(100000, 48));
    expect(entry(meta, 'ind', 2023)?.counts).toEqual({
      withData: 9,
      withoutData: 140,
      noCounterpart: 0,
    });
    const jrc = entry(meta, 'jrc', 2023);
    expect(jrc?.counts).toEqual({ withData: 5, withoutData: 16, noCounterpart: 1 });
    expect(jrc?.noCounterpart).toEqual(['300021']);
    expect(jrc?.withoutData).not.toContain('300021');
    // The three groups split the list's codes.
    for (const c of meta.coverage?.lists ?? [])
      expect([...c.withData, ...(c.withoutData ?? []), ...c.noCounterpart].sort(), c.list).toEqual(
        LIST_CODES[c.list as keyof typeof LIST_CODES],
      );
  });

  it('every year of a full download; the one year (or month) of a filtered one', () => {
    const full = build(inputFor(manifest, { dataset: 'eu' }, ['chpl'])).meta;
    expect(full.coverage?.lists.map((c) => [c.year, c.edition, c.counts.withData])).toEqual([
      [2020, 'HS2017', 17],
      [2021, 'HS2017', 17],
      [2022, 'HS2022', 18],
    ]);
    expect(full.coverage).toMatchObject({ exporters: 27, importers: 7 });
    const one = build(inputFor(manifest, { dataset: 'eu', year: 2021 }, ['chpl', 'ind'])).meta;
    expect(one.coverage?.lists.map((c) => [c.list, c.year])).toEqual([
      ['chpl', 2021],
      ['ind', 2021],
    ]);
    const month = build(inputFor(manifest, { dataset: 'eu', period: '2022-03' }, ['chpl'])).meta;
    expect(month.coverage?.lists.map((c) => c.year)).toEqual([2022]);
  });

  it('without the list codes it counts the codes without data, and names none', () => {
    const { meta } = build(inputFor(manifest, { dataset: 'world' }, ['chpl'], 'en', null));
    const chpl = entry(meta, 'chpl', 2023);
    expect(chpl?.withoutData).toBeUndefined();
    expect(chpl?.counts.withoutData).toBe(48);
  });

  it('category-level data: the categories with data', () => {
    const { meta } = build(inputFor(manifest, { dataset: 'cat' }, ['jrc'], 'en', null));
    expect(entry(meta, 'jrc', 2019)).toMatchObject({
      unit: 'category',
      codes: 22,
      total: 6,
      withData: ['enrichment', 'mining'],
      withoutData: ['fuel-fabrication', 'ignore', 'power-plant', 'spent-fuel-hlw'],
    });
  });

  it('the same in every README language; absent when the manifest predates it', () => {
    const en = build(inputFor(manifest, { dataset: 'eu' }, ALL_LISTS)).meta;
    for (const lang of OTHER_LANGS)
      expect(build(inputFor(manifest, { dataset: 'eu' }, ALL_LISTS, lang)).meta.coverage).toEqual(
        en.coverage,
      );
    const old = build(inputFor(manifest, { dataset: 'old' }, ALL_LISTS));
    expect(old.meta).not.toHaveProperty('coverage');
    expect(coverageSection(old.readme, 'en')).toEqual([]);
    expect(old.meta.caveats.join('\n')).not.toMatch(/no data in this dataset/);
  });

  it('a caveat when part of a listed list-year has no data, none when all do', () => {
    const partial = build(inputFor(manifest, { dataset: 'eu' }, ALL_LISTS)).meta.caveats;
    expect(partial).toContain(
      'Lists with codes that have no data in this dataset: Common High Priority List (2020, 2021, 2022) and Indicative strategic-goods list (2020, 2021, 2022). A total of such a list covers only its codes with data; the others are no data, not zero.',
    );
    const whole = build(inputFor(manifest, { dataset: 'eu', year: 2022 }, ['jrc'])).meta.caveats;
    expect(whole.join('\n')).not.toMatch(/no data in this dataset/);
    const cats = build(inputFor(manifest, { dataset: 'cat', year: 2019 }, ['jrc'])).meta.caveats;
    expect(cats.join('\n')).toContain(
      'Lists with categories that have no data in this dataset: JRC Nuclear Trade Atlas commodity list (2019).',
    );
  });
});

describe('README: the coverage section', () => {
  it('English: product subset, one line per list and year, codes named up to 30', () => {
    const { readme } = build(inputFor(manifest, { dataset: 'world' }, ALL_LISTS));
    expect(coverageSection(readme, 'en')).toEqual([
      'The input holds 32 of the 5,613 HS2022 codes: a product subset, and totals cover these codes only.',
      '* Common High Priority List, 2023: 2 of the 50 codes have data in this dataset (850440, 854159); 48 have none; totals in this file cover the 2 codes only.',
      `* Indicative strategic-goods list, 2023: 9 of the 149 codes have data in this dataset (${IND.slice(0, 9).join(', ')}); 140 have none; totals in this file cover the 9 codes only.`,
      `* JRC Nuclear Trade Atlas commodity list, 2023: 5 of the 22 codes have data in this dataset (${JRC.slice(0, 5).join(', ')}); 16 have none (${JRC.slice(5, 21).join(', ')}); 1 has no counterpart in HS2022 (300021); totals in this file cover the 5 codes only.`,
    ]);
    // The section sits after the lists, before the columns.
    const at = (h: string) => readme.indexOf(`\n${h}\n`);
    expect(at('LISTS')).toBeLessThan(at('DATA COVERAGE'));
    expect(at('DATA COVERAGE')).toBeLessThan(at('COLUMNS'));
  });

  it('English: limited reach, every year, all and none, more than 30 codes as counts', () => {
    const { readme } = build(inputFor(manifest, { dataset: 'eu' }, ALL_LISTS));
    const lines = coverageSection(readme, 'en');
    expect(lines.slice(0, 2)).toEqual([
      'The input holds 1,500 of the 5,387 HS2017 codes and 1,600 HS2022 codes (the nomenclature was not among the inputs): a product subset, and totals cover these codes only.',
      'The data speak for 27 exporters and 7 importers; other places are not covered: no data, not zero.',
    ]);
    expect(lines.filter((l) => l.startsWith('* Common High Priority List'))).toEqual([
      `* Common High Priority List, 2020: 17 of the 50 codes have data in this dataset (${CHPL.slice(0, 17).join(', ')}); 33 have none; totals in this file cover the 17 codes only.`,
      `* Common High Priority List, 2021: 17 of the 50 codes have data in this dataset (${CHPL.slice(0, 17).join(', ')}); 33 have none; totals in this file cover the 17 codes only.`,
      `* Common High Priority List, 2022: 18 of the 50 codes have data in this dataset (${CHPL.slice(0, 18).join(', ')}); 32 have none; totals in this file cover the 18 codes only.`,
    ]);
    expect(lines).toContain(
      '* Indicative strategic-goods list, 2020: none of the 149 codes has data in this dataset: no data, not zero.',
    );
    // 31 codes with data, 118 without: counts only.
    expect(lines).toContain(
      '* Indicative strategic-goods list, 2022: 31 of the 149 codes have data in this dataset; 118 have none; totals in this file cover the 31 codes only.',
    );
    expect(lines).toContain(
      '* JRC Nuclear Trade Atlas commodity list, 2022: all 22 codes have data in this dataset.',
    );
    expect(lines).toHaveLength(2 + 9);
  });

  it('English: categories; a file of one HS code drops the list-total clause', () => {
    const cat = build(inputFor(manifest, { dataset: 'cat' }, ['jrc'])).readme;
    expect(coverageSection(cat, 'en')).toEqual([
      '* JRC Nuclear Trade Atlas commodity list, 2019: 2 of the 6 categories have data in this dataset (enrichment, mining); 4 have none (fuel-fabrication, ignore, power-plant, spent-fuel-hlw); totals in this file cover the 2 categories only.',
      '* JRC Nuclear Trade Atlas commodity list, 2020: all 6 categories have data in this dataset.',
      '* JRC Nuclear Trade Atlas commodity list, 2021: none of the 6 categories has data in this dataset: no data, not zero.',
    ]);
    const hs = build(
      inputFor(manifest, { dataset: 'world', year: 2023, selection: 'hs', hs6: ['850440'] }, [
        'chpl',
      ]),
    ).readme;
    expect(coverageSection(hs, 'en')).toContain(
      '* Common High Priority List, 2023: 2 of the 50 codes have data in this dataset (850440, 854159); 48 have none.',
    );
  });

  it('French, Spanish and Russian: the same lines in the language', () => {
    const lines = (lang: Lang) =>
      coverageSection(build(inputFor(manifest, { dataset: 'world' }, ['chpl'], lang)).readme, lang);
    expect(lines('fr')).toEqual([
      `Les données sources ne comprennent que 32 codes sur les 5${NNBSP}613 de l’édition SH2022${NBSP}: il s’agit d’un sous-ensemble de produits, et les totaux ne portent que sur ces codes.`,
      `* Liste commune des articles de haute priorité (CHPL), 2023${NBSP}: 2 codes sur 50 ont des données dans ce jeu de données (850440, 854159)${NNBSP}; 48 n’en ont pas${NNBSP}; les totaux de ce fichier ne portent que sur ces 2 codes.`,
    ]);
    expect(lines('es')).toEqual([
      'Los datos de origen solo incluyen 32 de los 5613 códigos de la edición SA2022: se trata de un subconjunto de productos, y los totales solo abarcan esos códigos.',
      '* Lista común de artículos de alta prioridad (CHPL), 2023: 2 de los 50 códigos tienen datos en este conjunto de datos (850440, 854159); 48 no tienen datos; los totales de este archivo solo abarcan esos 2 códigos.',
    ]);
    expect(lines('ru')).toEqual([
      `Исходные данные содержат 32 из 5${NBSP}613 шестизначных кодов ГС2022: это лишь часть номенклатуры, и итоги охватывают только эти коды.`,
      '* Общий список высокоприоритетных товаров (CHPL), 2023: в наборе данных представлены 2 из 50 кодов списка (850440, 854159); по 48 кодам нет данных; итоги в этом файле охватывают только эти 2 кода.',
    ]);
    const eu = (lang: Lang) =>
      coverageSection(build(inputFor(manifest, { dataset: 'eu' }, ['chpl'], lang)).readme, lang)[1];
    expect(eu('fr')).toBe(
      `Les données ne portent que sur 27 pays exportateurs et 7 pays importateurs${NNBSP}; les autres pays ne sont pas couverts${NBSP}: absence de données, et non valeur nulle.`,
    );
    expect(eu('es')).toBe(
      'Los datos solo abarcan 27 países exportadores y 7 países importadores; los demás países no están cubiertos: sin datos, lo que no equivale a cero.',
    );
    expect(eu('ru')).toBe(
      'Данные есть лишь по 27 странам-экспортёрам и 7 странам-импортёрам; по остальным странам нет данных, что не означает нулевой торговли.',
    );
  });

  /** Every coverage line and the coverage caveat, in every case the fixture has. */
  function newLines(lang: Lang): string[] {
    const out: string[] = [];
    const cases: [string, Partial<FilterSpec>][] = [
      ['world', {}],
      ['eu', {}],
      ['cat', {}],
      ['world', { year: 2023, selection: 'hs', hs6: ['850440'] }],
    ];
    for (const [ds, spec] of cases) {
      const { readme } = build(inputFor(manifest, { dataset: ds, ...spec }, ALL_LISTS, lang));
      const section = coverageSection(readme, lang);
      expect(section.length, `${lang} ${ds}`).toBeGreaterThan(0);
      const heading = wordsFor(lang).t('rmHCoverage').toLocaleUpperCase(lang);
      out.push(heading, ...section);
      // The coverage caveat, in codes or in categories.
      const key = ds === 'cat' ? 'rmCavPartialCat' : 'rmCavPartial';
      const start = wordsFor(lang).t(key, { items: '\u0000' }).split('\u0000')[0] ?? '';
      const caveat = readme.split('\n').find((l) => l.startsWith(`* ${start}`));
      expect(caveat, `${lang} ${ds} caveat`).toBeDefined();
      if (caveat) out.push(caveat);
    }
    return out;
  }
  /** List names and codes stay as published: cut out before looking for English. */
  const names = LANGS.flatMap((l) => localizeManifest(manifest, l).lists.map((x) => x.name));
  const bare = (line: string) =>
    names
      .reduce((s, n) => s.split(n).join(''), line)
      .replace(/(?:HS|SH|SA|ГС)\d{4}/g, '')
      .replace(/\b[a-z]+(?:-[a-z]+)+\b|\bmining\b|\benrichment\b|\bignore\b/g, '');

  it('no English words left in the new lines in French, Spanish or Russian', () => {
    // The English catalogue's new wording, in its singular and plural forms.
    const keys = Object.keys(readmeCatalogue.en).filter(
      (k) => k.startsWith('rmCov') || k === 'rmHCoverage' || k.startsWith('rmCavPartial'),
    ) as ReadmeKey[];
    expect(keys.length).toBeGreaterThanOrEqual(17);
    const fragments = keys.flatMap((k) =>
      ['1', '2'].flatMap((n) =>
        expandPlurals(readmeCatalogue.en[k], new Proxy({}, { get: () => `\u27e6${n}\u27e7` }), 'en')
          .split(/\{\w+\}|\u27e6\d\u27e7|[:;,.()]/)
          .map((f) => f.trim())
          .filter((f) => f.replace(/[^\p{L}]/gu, '').length >= 4 && f.includes(' ')),
      ),
    );
    const ENGLISH =
      /\b(the|of|has|have|none|data|dataset|input|holds|subset|totals|only|cover|covered|speak|exporters?|importers?|places|zero|counterpart|categor(?:y|ies)|lists?|with|this|file|all|not)\b/i;
    let checked = 0;
    for (const lang of OTHER_LANGS) {
      const lines = newLines(lang);
      for (const line of lines) {
        checked++;
        const text = bare(line);
        expect(text, `${lang}: ${line}`).not.toMatch(ENGLISH);
        for (const f of fragments)
          expect(text.includes(f), `${lang}: "${f}" in ${line}`).toBe(false);
        expect(text).not.toMatch(/\{|\}|#|\brm[A-Z]/);
        // Russian: nothing in Latin letters but names, codes and editions.
        if (lang === 'ru') expect(text, line).not.toMatch(/[A-Za-z]/);
        // French spacing: no plain space before : ; ? !, none missing.
        if (lang === 'fr') {
          expect(line, line).not.toMatch(/ [:;?!]|[^\s\u00a0\u202f][:;?!](?=\s|$)/);
          expect(line).not.toMatch(/\u00a0[;?!]|\u202f:/);
        }
      }
    }
    console.log(`${fragments.length} English fragments, ${checked} lines in 3 languages`);
  });

  it('the four catalogues define the new keys with the same variables', () => {
    const vars = (s: string) =>
      [
        ...new Set(
          [
            ...s.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}|, plural,)/g),
          ].map((m) => m[1]),
        ),
      ].sort();
    for (const k of Object.keys(readmeCatalogue.en).filter((x) => x.includes('Cov'))) {
      const key = k as ReadmeKey;
      for (const lang of OTHER_LANGS)
        expect(vars(readmeCatalogue[lang][key]), `${lang}.${k}`).toEqual(
          vars(readmeCatalogue.en[key]),
        );
    }
  });
});

describe('plural forms agree with the number', () => {
  /** One coverage sentence with every count set to `n` (formatted) and the total to `total`. */
  const say = (lang: Lang, key: ReadmeKey, vars: Record<string, number | string>) => {
    const w = wordsFor(lang);
    return w.t(
      key,
      Object.fromEntries(
        Object.entries({ list: 'L', year: '2023', codes: '', rest: '', totals: '', ...vars }).map(
          ([k, v]) => [k, typeof v === 'number' ? w.int(v) : v],
        ),
      ),
    );
  };

  it('Russian: 1, 2, 5 and 21', () => {
    const cases: [ReadmeKey, Record<string, number | string>, string][] = [
      ['rmCovPart', { k: 1, n: 50 }, 'представлен 1 из 50 кодов списка'],
      ['rmCovPart', { k: 2, n: 50 }, 'представлены 2 из 50 кодов списка'],
      ['rmCovPart', { k: 5, n: 50 }, 'представлены 5 из 50 кодов списка'],
      ['rmCovPart', { k: 21, n: 50 }, 'представлен 21 из 50 кодов списка'],
      ['rmCovPart', { k: 1, n: 21 }, '1 из 21 кода списка'],
      ['rmCovPart', { k: 1, n: 2 }, '1 из 2 кодов списка'],
      ['rmCovPart', { k: 1, n: 5 }, '1 из 5 кодов списка'],
      ['rmCovPartCat', { k: 1, n: 21 }, 'представлена 1 из 21 категории списка'],
      ['rmCovPartCat', { k: 2, n: 5 }, 'представлены 2 из 5 категорий списка'],
      ['rmCovTotals', { k: 1 }, 'только этот код'],
      ['rmCovTotals', { k: 21 }, 'только эти 21 код'],
      ['rmCovAll', { n: 1 }, 'представлен единственный код списка'],
      ['rmCovAll', { n: 2 }, 'представлены все 2 кода списка'],
      ['rmCovAll', { n: 5 }, 'представлены все 5 кодов списка'],
      ['rmCovAll', { n: 21 }, 'представлены все 21 код списка'],
      ['rmCovAllCat', { n: 2 }, 'представлены все 2 категории списка'],
      ['rmCovAllCat', { n: 5 }, 'представлены все 5 категорий списка'],
      ['rmCovNone', { n: 1 }, 'не содержит сведений по единственному коду списка'],
      ['rmCovNone', { n: 2 }, 'ни по одному из 2 кодов списка'],
      ['rmCovNone', { n: 5 }, 'ни по одному из 5 кодов списка'],
      ['rmCovNone', { n: 21 }, 'ни по одному из 21 кода списка'],
      ['rmCovNoneCat', { n: 21 }, 'ни по одной из 21 категории списка'],
      ['rmCovWithout', { m: 1 }, '; по 1 коду нет данных'],
      ['rmCovWithout', { m: 2 }, '; по 2 кодам нет данных'],
      ['rmCovWithout', { m: 5 }, '; по 5 кодам нет данных'],
      ['rmCovWithout', { m: 21 }, '; по 21 коду нет данных'],
      ['rmCovWithoutCat', { m: 1 }, '; по 1 категории нет данных'],
      ['rmCovWithoutCat', { m: 5 }, '; по 5 категориям нет данных'],
      ['rmCovNoCounterpart', { m: 1, edition: 'HS2017' }, '; 1 код не имеет соответствия в ГС2017'],
      ['rmCovNoCounterpart', { m: 2, edition: 'HS2017' }, '; 2 кода не имеют соответствия'],
      ['rmCovNoCounterpart', { m: 5, edition: 'HS2017' }, '; 5 кодов не имеют соответствия'],
      ['rmCovNoCounterpart', { m: 21, edition: 'HS2017' }, '; 21 код не имеет соответствия'],
      ['rmCovReach', { ex: 1, im: 2 }, 'по 1 стране-экспортёру и 2 странам-импортёрам'],
      ['rmCovReach', { ex: 5, im: 21 }, 'по 5 странам-экспортёрам и 21 стране-импортёру'],
      ['rmCovSubsetPart', { k: 32, n: 21, edition: 'HS2022' }, '32 из 21 шестизначного кода'],
      [
        'rmCovSubsetPart',
        { k: 32, n: 5613, edition: 'HS2022' },
        `32 из 5${NBSP}613 шестизначных кодов`,
      ],
      ['rmCovSubsetPartUnknown', { k: 1, edition: 'HS2022' }, '1 шестизначный код ГС'],
      ['rmCovSubsetPartUnknown', { k: 2, edition: 'HS2022' }, '2 шестизначных кода ГС'],
      ['rmCovSubsetPartUnknown', { k: 5, edition: 'HS2022' }, '5 шестизначных кодов ГС'],
      ['rmCovSubsetPartUnknown', { k: 21, edition: 'HS2022' }, '21 шестизначный код ГС'],
    ];
    for (const [key, vars, text] of cases)
      expect(say('ru', key, vars), `${key} ${JSON.stringify(vars)}`).toContain(text);
  });

  it('French, Spanish and English: one and more', () => {
    const cases: [Lang, ReadmeKey, Record<string, number | string>, string][] = [
      ['fr', 'rmCovPart', { k: 1, n: 50 }, `L, 2023${NBSP}: 1 code sur 50 a des données`],
      ['fr', 'rmCovPart', { k: 2, n: 50 }, '2 codes sur 50 ont des données'],
      ['fr', 'rmCovPart', { k: 21, n: 50 }, '21 codes sur 50 ont des données'],
      ['fr', 'rmCovPartCat', { k: 1, n: 6 }, '1 catégorie sur 6 a des données'],
      ['fr', 'rmCovTotals', { k: 1 }, 'ne portent que sur ce code'],
      ['fr', 'rmCovTotals', { k: 2 }, 'ne portent que sur ces 2 codes'],
      ['fr', 'rmCovWithout', { m: 1 }, `${NNBSP}; 1 n’en a pas`],
      ['fr', 'rmCovWithout', { m: 2 }, `${NNBSP}; 2 n’en ont pas`],
      [
        'fr',
        'rmCovNoCounterpart',
        { m: 1, edition: 'HS2017' },
        '1 code n’a pas d’équivalent en SH2017',
      ],
      ['fr', 'rmCovNoCounterpart', { m: 3, edition: 'HS2017' }, '3 codes n’ont pas d’équivalent'],
      ['fr', 'rmCovAll', { n: 1 }, 'le seul code de la liste a des données'],
      ['fr', 'rmCovAll', { n: 22 }, 'les 22 codes de la liste ont des données'],
      ['fr', 'rmCovNone', { n: 1 }, 'le seul code de la liste n’a pas de données'],
      ['fr', 'rmCovNone', { n: 149 }, 'aucun des 149 codes n’a de données'],
      ['fr', 'rmCovReach', { ex: 1, im: 7 }, '1 pays exportateur et 7 pays importateurs'],
      ['es', 'rmCovPart', { k: 1, n: 50 }, '1 de los 50 códigos tiene datos'],
      ['es', 'rmCovPart', { k: 2, n: 50 }, '2 de los 50 códigos tienen datos'],
      ['es', 'rmCovPartCat', { k: 1, n: 6 }, '1 de las 6 categorías tiene datos'],
      ['es', 'rmCovTotals', { k: 1 }, 'solo abarcan ese código'],
      ['es', 'rmCovTotals', { k: 5 }, 'solo abarcan esos 5 códigos'],
      ['es', 'rmCovWithout', { m: 1 }, '; 1 no tiene datos'],
      ['es', 'rmCovWithout', { m: 21 }, '; 21 no tienen datos'],
      ['es', 'rmCovNoCounterpart', { m: 1, edition: 'HS2017' }, '1 código no tiene equivalente'],
      ['es', 'rmCovAll', { n: 1 }, 'el único código de la lista tiene datos'],
      ['es', 'rmCovNone', { n: 1 }, 'el único código de la lista no tiene datos'],
      ['es', 'rmCovNone', { n: 21 }, 'ninguno de los 21 códigos tiene datos'],
      ['es', 'rmCovReach', { ex: 1, im: 2 }, '1 país exportador y 2 países importadores'],
      ['en', 'rmCovPart', { k: 1, n: 50 }, '1 of the 50 codes has data'],
      ['en', 'rmCovTotals', { k: 1 }, 'cover that code only'],
      ['en', 'rmCovWithout', { m: 1 }, '; 1 has none'],
      ['en', 'rmCovNone', { n: 1 }, "the list's only code has no data"],
      ['en', 'rmCovReach', { ex: 1, im: 2 }, '1 exporter and 2 importers'],
    ];
    for (const [lang, key, vars, text] of cases)
      expect(say(lang, key, vars), `${lang}.${key} ${JSON.stringify(vars)}`).toContain(text);
  });
});

// The embedded data (public/data): once its manifest carries inputCoverage.
const real = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;
const realCodes = Object.fromEntries(
  real.lists.map((l) => {
    const shard = JSON.parse(readFileSync(`public/data/lists/${l.id}.json`, 'utf8')) as {
      data: { hs6: string[] };
    };
    return [l.id, [...new Set(shard.data.hs6)].sort()];
  }),
);
const hasCoverage = real.datasets.every(
  (d) => (d as Partial<DatasetMeta>).inputCoverage !== undefined,
);
const BACI = real.datasets.find((d) => d.id.startsWith('baci'))?.id ?? 'baci';
const EU = 'eurostat-comext';

describe.runIf(hasCoverage)('the embedded data', () => {
  const realInput = (spec: Partial<FilterSpec> & { dataset: string }, lang: Lang = 'en') => {
    const ds = real.datasets.find((d) => d.id === spec.dataset);
    return inputFor(real, spec, [...(ds?.lists ?? [])].sort(), lang, realCodes);
  };

  it('BACI 2023: 2 of the 50 CHPL codes, 9 of 149 indicative, 5 of 22 JRC; a 32-code subset', () => {
    const { meta, readme } = build(realInput({ dataset: BACI }));
    expect(meta.coverage?.productSubset).toBe(true);
    expect(meta.coverage?.hsCodes.find((h) => h.edition === 'HS2022')?.input).toBe(32);
    const chpl = entry(meta, 'chpl', 2023);
    expect(chpl).toMatchObject({ codes: 50, withData: ['850440', '854159'] });
    expect(chpl?.counts.withoutData).toBe(48);
    expect(entry(meta, 'indicative', 2023)?.counts.withData).toBe(9);
    expect(entry(meta, 'indicative', 2023)?.total).toBe(149);
    expect(entry(meta, 'jrc-nuclear', 2023)?.counts.withData).toBe(5);
    expect(entry(meta, 'jrc-nuclear', 2023)?.total).toBe(22);
    const lines = coverageSection(readme, 'en');
    expect(lines[0]).toMatch(/^The input holds 32 of the [\d,]+ HS2022 codes: a product subset/);
    expect(lines).toContain(
      '* Common High Priority List, 2023: 2 of the 50 codes have data in this dataset (850440, 854159); 48 have none; totals in this file cover the 2 codes only.',
    );
    expect(lines.some((l) => l.includes(', 2023: 9 of the 149 codes have data'))).toBe(true);
    expect(lines.some((l) => l.includes(', 2023: 5 of the 22 codes have data'))).toBe(true);
  });

  it('Eurostat: 17, 17 and 18 CHPL codes, EU-27 exporters, seven importers', () => {
    const { meta, readme } = build(realInput({ dataset: EU }));
    expect([2020, 2021, 2022].map((y) => entry(meta, 'chpl', y)?.counts.withData)).toEqual([
      17, 17, 18,
    ]);
    expect(meta.coverage).toMatchObject({ exporters: 27, importers: 7 });
    const lines = coverageSection(readme, 'en');
    expect(lines).toContain(
      'The data speak for 27 exporters and 7 importers; other places are not covered: no data, not zero.',
    );
    for (const [year, k] of [
      [2020, 17],
      [2021, 17],
      [2022, 18],
    ] as const)
      expect(
        lines.some((l) =>
          l.startsWith(`* Common High Priority List, ${year}: ${k} of the 50 codes have data`),
        ),
        String(year),
      ).toBe(true);
    // CHPL codes of HS2022 with no HS2017 counterpart, and a list with no data at all.
    expect(entry(meta, 'chpl', 2020)?.noCounterpart).toEqual(['854151', '854159']);
    expect(lines.find((l) => l.startsWith('* Common High Priority List, 2020:'))).toContain(
      '; 31 have none; 2 have no counterpart in HS2017 (854151, 854159); totals',
    );
    expect(lines).toContain(
      '* JRC Nuclear Trade Atlas commodity list, 2022: none of the 22 codes has data in this dataset: no data, not zero.',
    );
    const one = build(realInput({ dataset: EU, year: 2021, lists: ['chpl'], selection: 'list' }));
    expect(one.meta.coverage?.lists.filter((c) => c.list === 'chpl').map((c) => c.year)).toEqual([
      2021,
    ]);
  });

  it('every dataset, every language: one line per list and year, in the language', () => {
    for (const ds of real.datasets)
      for (const lang of LANGS) {
        const { meta, readme } = build(realInput({ dataset: ds.id }, lang));
        const lines = coverageSection(readme, lang).filter((l) => l.startsWith('* '));
        expect(lines, `${ds.id} ${lang}`).toHaveLength(meta.coverage?.lists.length ?? 0);
        expect(meta.coverage?.lists.length).toBe(ds.lists.length * ds.years.length);
        if (lang === 'ru')
          for (const l of lines)
            expect(
              [
                ...localizeManifest(real, 'ru').lists.map((x) => x.name),
                ...real.lists.flatMap((x) => x.categories.map((c) => c.id)),
              ]
                .reduce((s, x) => s.split(x).join(''), l)
                .replace(/ГС\d{4}/g, ''),
            ).not.toMatch(/[a-z]{2,}/i);
      }
  });
});
