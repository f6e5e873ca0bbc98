import { LOCALES } from '../format/number.ts';
import type { DatasetMeta, Lang, ListMeta, Manifest, ShardRef } from '../schema/manifest.ts';
import type { View } from '../state/url-state.ts';
import { describeFilters, type FilterSpec } from './filter.ts';
import type { ReadmeKey } from './readme-catalog.ts';
import { wordsFor, type Words } from './readme-words.ts';
import type { ValueTotal } from './table.ts';

/** What metadata.json holds (and the README says in words). */
export interface DownloadMetadata {
  title: string;
  /** The data build this file comes from: the atlas build script and the file's checksum. */
  build: { generatedBy: string; file: string; sha256: string; rows: number };
  created: string;
  /** The language of README.txt (this file's texts stay English, for programs). */
  language: Lang;
  choice: 'data shown' | 'full dataset';
  view: string;
  url: string;
  filters: string[];
  dataset: {
    id: string;
    title: string;
    source: string;
    publisher: string;
    licence: string;
    licenceUrl: string;
    citation: string;
    url: string;
    hsEdition: string;
    yearEditions: Record<string, string>;
    frequency: string;
    years: number[];
    months?: string[];
    currency: string;
    coverage: string;
    mirror: boolean;
    reconciled: boolean;
  };
  lists: {
    id: string;
    name: string;
    version: string;
    hsEdition: string;
    source: string;
    licence: string;
    conversion?: string;
  }[];
  columns: string[];
  format: Record<string, string>;
  rows: number;
  totals: ValueTotal[];
  /** Country pages and flows: the country's exports and imports, each flow once. */
  countryTotals?: { country: string; currency: string; exports: number; imports: number }[];
  caveats: string[];
  howToCite: string;
}

export interface MetadataInput {
  manifest: Manifest;
  spec: FilterSpec;
  full: boolean;
  /** The view's address (filters as a URL). */
  url: string;
  /** ISO date-time of the download. */
  created: string;
  columns: string[];
  rows: number;
  totals: ValueTotal[];
  /** Lists with rows in the file. */
  lists: string[];
  countryTotals?: { currency: string; exports: number; imports: number }[];
  /** A country's name in a language (metadata.json: English; the README: its language). */
  nameOf: (iso3: string, lang: Lang) => string;
  /** The interface language of the view: README.txt is written in it (default English). */
  lang?: Lang;
  /** The dataset's download file in the manifest (the data build it comes from). */
  source: ShardRef;
}

/** A sentence without its full stop, to be followed by more text. */
const clause = (s: string) => s.replace(/\.\s*$/, '');

const VIEW_WORD: Record<View, ReadmeKey> = {
  map: 'rmViewMap',
  table: 'rmViewTable',
  country: 'rmViewCountry',
  product: 'rmViewProduct',
  flows: 'rmViewFlows',
  compare: 'rmViewCompare',
  methods: 'rmViewMethods',
  sources: 'rmViewSources',
};
const LINK_KIND: Record<string, ReadmeKey> = {
  exact: 'rmLinkExact',
  split: 'rmLinkSplit',
  merged: 'rmLinkMerged',
  none: 'rmLinkNone',
};

function conversionText(ds: DatasetMeta, list: ListMeta, w: Words): string | undefined {
  const c = ds.listConversions?.find((x) => x.list === list.id);
  if (!c) return undefined;
  const { t, int } = w;
  const counts = Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    // "n:n" is notation, the same in every language.
    .map(([k, n]) => {
      const kind = LINK_KIND[k];
      return t('rmLinkCount', { n: int(n), kind: kind ? t(kind) : k });
    })
    .join(', ');
  return t('rmConv', {
    list: list.name,
    from: c.from,
    to: c.to,
    tables: c.tables.join(', '),
    via: c.via.length ? t('rmConvVia', { via: c.via.join(', ') }) : '',
    codes: int(c.codes),
    counts,
    targets: int(c.targets),
    upper: int(c.upperBound),
    setAside: c.setAside ? t('rmConvSetAside', { n: int(c.setAside) }) : '',
  });
}

/** The atlas's own sentences of a download (not the sources' texts), in one language. */
interface Wording {
  title: string;
  filters: string[];
  caveats: string[];
  format: { csv: string; json: string; xlsx: string; neutralisation: string };
  howToCite: string;
  conversion: (l: ListMeta) => string | undefined;
}

function datasetOf(manifest: Manifest, id: string): DatasetMeta {
  const ds = manifest.datasets.find((d) => d.id === id);
  if (!ds) throw new Error(`unknown dataset ${id}`);
  return ds;
}

function listsOf(input: MetadataInput): ListMeta[] {
  return input.lists
    .map((id) => input.manifest.lists.find((l) => l.id === id))
    .filter((l): l is ListMeta => l !== undefined);
}

function wording(input: MetadataInput, lang: Lang): Wording {
  const { manifest, spec, full } = input;
  const w = wordsFor(lang);
  const { t, int } = w;
  const ds = datasetOf(manifest, spec.dataset);
  const lists = listsOf(input);
  const caveats: string[] = [t('rmCavUpperBound'), t('rmCavOneRow')];
  if (ds.coverage) caveats.push(t('rmCavCoverage', { coverage: ds.coverage }));
  const editions = Object.entries(ds.yearEditions ?? {});
  if (editions.length)
    caveats.push(
      t('rmCavSeriesBreak', {
        edition: ds.hsEdition,
        years: editions.map(([y, e]) => `${y} (${e})`).join(', '),
      }),
    );
  for (const l of lists) {
    const c = conversionText(ds, l, w);
    if (c) caveats.push(t('rmCavConversion', { text: c }));
  }
  caveats.push(
    t(
      ds.mirror
        ? 'rmCavMirror'
        : ds.reconciled && ds.id.startsWith('baci')
          ? 'rmCavReconciled'
          : 'rmCavOneSide',
    ),
  );
  if (ds.aggregates.rows > 0)
    caveats.push(
      t('rmCavAggregates', {
        rows: int(ds.aggregates.rows),
        value: int(ds.aggregates.value),
        currency: ds.currency,
      }),
    );
  // The reasons and notes are the build's own English texts, quoted as they are.
  for (const n of ds.listsNotApplied)
    caveats.push(t('rmCavNotApplied', { list: n.list, reason: n.reason }));
  for (const n of ds.notes) caveats.push(n);

  const howToCite = [
    ds.citation,
    t('rmCiteLicence', { licence: ds.licence, url: ds.licenceUrl }),
    ...lists.map((l) =>
      t('rmCiteList', {
        name: l.name,
        version: l.version,
        source: clause(l.source),
        licence: l.licence,
      }),
    ),
    t('rmCiteAtlas', {
      file: input.source.path,
      sha: input.source.sha256.slice(0, 12),
      url: input.url,
      date: input.created.slice(0, 10),
    }),
  ].join(' ');

  return {
    title: full
      ? t('rmTitleFull', { dataset: ds.title })
      : t('rmTitleShown', { dataset: ds.title, view: t(VIEW_WORD[spec.view]) }),
    filters: full
      ? [t('rmFNone')]
      : describeFilters(spec, manifest, (iso3) => input.nameOf(iso3, lang), lang),
    caveats,
    format: {
      csv: t('rmFmtCsv'),
      json: t('rmFmtJson'),
      xlsx: t('rmFmtXlsx'),
      neutralisation: t('rmFmtNeutral'),
    },
    howToCite,
    conversion: (l) => conversionText(ds, l, w),
  };
}

/**
 * metadata.json: machine-readable, so its keys and texts are English whatever the interface
 * language; `language` says which language README.txt is in.
 */
export function buildMetadata(input: MetadataInput): DownloadMetadata {
  const { spec, full } = input;
  const ds = datasetOf(input.manifest, spec.dataset);
  const en = wording(input, 'en');
  const meta: DownloadMetadata = {
    title: en.title,
    build: {
      generatedBy: input.manifest.generatedBy,
      file: input.source.path,
      sha256: input.source.sha256,
      rows: input.source.rows,
    },
    created: input.created,
    language: input.lang ?? 'en',
    choice: full ? 'full dataset' : 'data shown',
    view: spec.view,
    url: input.url,
    filters: en.filters,
    dataset: {
      id: ds.id,
      title: ds.title,
      source: ds.source,
      publisher: ds.publisher,
      licence: ds.licence,
      licenceUrl: ds.licenceUrl,
      citation: ds.citation,
      url: ds.url,
      hsEdition: ds.hsEdition,
      yearEditions: { ...(ds.yearEditions ?? {}) },
      frequency: ds.frequency,
      years: ds.years,
      ...(ds.months ? { months: ds.months } : {}),
      currency: ds.currency,
      coverage: ds.coverage ?? wordsFor('en').t('rmCoverageWorld'),
      mirror: ds.mirror,
      reconciled: ds.reconciled,
    },
    lists: listsOf(input).map((l) => {
      const conversion = en.conversion(l);
      return {
        id: l.id,
        name: l.name,
        version: l.version,
        hsEdition: l.hsEdition,
        source: l.source,
        licence: l.licence,
        ...(conversion ? { conversion } : {}),
      };
    }),
    columns: input.columns,
    format: { ...en.format },
    rows: input.rows,
    totals: input.totals,
    caveats: en.caveats,
    howToCite: en.howToCite,
  };
  if (input.countryTotals && spec.country)
    meta.countryTotals = input.countryTotals.map((c) => ({ country: spec.country ?? '', ...c }));
  return meta;
}

/**
 * README.txt (and the XLSX README sheet): the metadata in words, in `meta.language`. The
 * figures come from the metadata, so both files always agree; the sentences are reworded from
 * the same input in the reader's language, the sources' own texts quoted as published.
 */
export function readmeText(m: DownloadMetadata, input: MetadataInput): string {
  const lang = m.language;
  const { t, int } = wordsFor(lang);
  const words = wording(input, lang);
  const L: string[] = [];
  // Headings in capitals, no underlines: a README line never starts like a formula.
  const h = (key: ReadmeKey) => L.push('', t(key).toLocaleUpperCase(LOCALES[lang]));
  L.push(words.title);
  L.push('', t('rmDownloaded', { created: m.created, url: m.url }));
  L.push(
    t('rmBuild', {
      file: m.build.file,
      rows: int(m.build.rows),
      sha: m.build.sha256,
      by: m.build.generatedBy,
    }),
  );
  L.push('', t('rmLanguageNote'));
  h('rmHFilters');
  for (const f of words.filters) L.push(`* ${f}`);
  L.push(`* ${t('rmAsLink', { url: m.url })}`);
  h('rmHTotals');
  L.push(t('rmRows', { n: int(m.rows) }));
  for (const x of m.totals) {
    const by = x.reportedBy
      ? t(x.reportedBy === 'exporter' ? 'rmReportedByExporter' : 'rmReportedByImporter')
      : '';
    L.push(
      `* ${t('rmTotal', {
        label: by ? `${x.currency} (${by})` : x.currency,
        rows: int(x.rows),
        sum: int(x.sumOfRows),
        currency: x.currency,
        flows: int(x.flows),
        once: int(x.eachFlowOnce),
      })}`,
    );
    if (x.sumOfRows !== x.eachFlowOnce)
      L.push(
        `  ${t('rmDoubleCount', { once: int(x.eachFlowOnce), currency: x.currency, sum: int(x.sumOfRows) })}`,
      );
  }
  for (const c of m.countryTotals ?? [])
    L.push(
      `* ${t('rmCountryTotal', {
        country: `${input.nameOf(c.country, lang)} (${c.country})`,
        exports: int(c.exports),
        imports: int(c.imports),
        currency: c.currency,
      })}`,
    );
  h('rmHSource');
  const d = m.dataset;
  L.push(`${d.title} (${d.id})`);
  L.push(
    t('rmSourceLine', { source: clause(d.source), publisher: d.publisher, url: d.url }),
    t('rmLicenceLine', { licence: d.licence, url: d.licenceUrl }),
    t('rmCitationLine', { citation: d.citation }),
  );
  const yearEditions = Object.entries(d.yearEditions);
  L.push(
    t('rmEditionLine', {
      edition: d.hsEdition,
      years: yearEditions.length
        ? ` (${yearEditions.map(([y, e]) => `${y}: ${e}`).join(', ')})`
        : '',
      currency: d.currency,
      frequency: t(d.frequency === 'month' ? 'rmFreqMonth' : 'rmFreqYear'),
    }),
  );
  // Years are written as they are: 2 023 would not be a year.
  const years = d.years.join(', ');
  L.push(
    d.months
      ? t('rmYearsMonths', {
          years,
          first: d.months[0] ?? '',
          last: d.months[d.months.length - 1] ?? '',
          n: int(d.months.length),
        })
      : t('rmYears', { years }),
  );
  const ds = datasetOf(input.manifest, d.id);
  L.push(t('rmCoverageLine', { coverage: ds.coverage ?? t('rmCoverageWorld') }));
  const lists = listsOf(input);
  if (lists.length) {
    h('rmHLists');
    for (const l of lists) {
      L.push(
        `* ${t('rmListLine', {
          name: l.name,
          id: l.id,
          version: l.version,
          edition: l.hsEdition,
          source: clause(l.source),
          licence: l.licence,
        })}`,
      );
      const conversion = words.conversion(l);
      if (conversion) L.push(`  ${conversion}`);
    }
  }
  h('rmHColumns');
  L.push(m.columns.join(','));
  L.push(t('rmColumnsText'));
  h('rmHFormats');
  const f = words.format;
  for (const [format, text] of [
    ['csv', f.csv],
    ['json', f.json],
    ['xlsx', f.xlsx],
    [t('rmFmtNeutralLabel'), f.neutralisation],
  ] as const)
    L.push(`* ${t('rmFormatItem', { format, text })}`);
  h('rmHCaveats');
  for (const c of words.caveats) L.push(`* ${c}`);
  h('rmHCite');
  L.push(words.howToCite);
  return L.join('\n') + '\n';
}
