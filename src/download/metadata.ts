import type {
  DownloadCoverage,
  DownloadMetadata,
  ListYearCoverageMeta,
} from '../schema/metadata.ts';
import { LOCALES } from '../format/number.ts';
import type { DatasetMeta, Lang, ListMeta, Manifest, ShardRef } from '../schema/manifest.ts';
import type { View } from '../state/params.ts';
import { datasetTitle, editionLabel, localizeManifest } from '../i18n/names.ts';
import { datasetCoverage, datasetNotes, notAppliedReason } from '../i18n/notes.ts';
import { describeFilters, type FilterSpec } from './filter.ts';
import type { ReadmeKey } from '../i18n/catalog/readme.ts';
import { wordsFor, type Words } from './readme-words.ts';
import type { ValueTotal } from '../schema/metadata.ts';

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
  /**
   * The distinct codes of each list in its own edition (the `hs6` column of shards.list), so
   * that metadata.json's coverage names the codes without data (`withoutData`); without them
   * it counts those codes only. Category-level datasets need none.
   */
  listCodes?: Record<string, readonly string[]>;
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
  group: 'rmViewGroup',
  regime: 'rmViewRegime',
};
const LINK_KIND: Record<string, ReadmeKey> = {
  exact: 'rmLinkExact',
  split: 'rmLinkSplit',
  merged: 'rmLinkMerged',
  'n:n': 'rmLinkNN',
  none: 'rmLinkNone',
};

function conversionText(ds: DatasetMeta, list: ListMeta, w: Words): string | undefined {
  const c = ds.listConversions?.find((x) => x.list === list.id);
  if (!c) return undefined;
  const { t, int } = w;
  const counts = Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    // Each kind agrees with its count ("1 exact", "3 exacts", «3 точных»).
    .map(([k, n]) => {
      const kind = LINK_KIND[k];
      return kind ? t(kind, { n: int(n) }) : `${int(n)} ${k}`;
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

/** Above this many codes in a group, the README gives the count only. */
const MAX_CODES_LISTED = 30;
/** Under this many exporters or importers, the README says which places the data speak for. */
const REACH_SAID_UNDER = 100;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The years a file covers: the one year (or month) filtered, else every year of the data. */
function yearsOf(ds: DatasetMeta, spec: FilterSpec): number[] {
  if (spec.period) return [Number(spec.period.slice(0, 4))];
  if (spec.year !== undefined) return [spec.year];
  return ds.years;
}

/** The coverage of the file's lists and years, from the manifest's `inputCoverage`. */
export function coverageOf(input: MetadataInput): DownloadCoverage | undefined {
  const ds = datasetOf(input.manifest, input.spec.dataset);
  const cov = (ds as Partial<DatasetMeta>).inputCoverage;
  if (!cov) return undefined;
  const years = yearsOf(ds, input.spec);
  const lists: ListYearCoverageMeta[] = [];
  for (const l of listsOf(input)) {
    const byYear = cov.lists[l.id];
    if (!byYear) continue;
    const unit = ds.granularity === 'category' ? 'category' : 'code';
    const all =
      unit === 'category'
        ? l.categories.map((c) => c.id)
        : input.listCodes?.[l.id]
          ? [...new Set(input.listCodes[l.id])]
          : undefined;
    const total = unit === 'category' ? l.categories.length : l.codes;
    for (const year of years) {
      const y = byYear[String(year)];
      if (!y) continue;
      const withData = [...y.withRows].sort(byText);
      const noCounterpart = [...y.noCounterpart].sort(byText);
      const known = new Set([...withData, ...noCounterpart]);
      const withoutData = all?.filter((c) => !known.has(c)).sort(byText);
      lists.push({
        list: l.id,
        year,
        edition: y.edition,
        unit,
        codes: l.codes,
        total,
        withData,
        ...(withoutData ? { withoutData } : {}),
        noCounterpart,
        counts: {
          withData: withData.length,
          withoutData: withoutData?.length ?? Math.max(0, total - known.size),
          noCounterpart: noCounterpart.length,
        },
      });
    }
  }
  return {
    productSubset: cov.productSubset,
    hsCodes: cov.hsCodes.map((h) => ({ ...h })),
    exporters: cov.exporters.length,
    importers: cov.importers.length,
    lists,
  };
}

/** Part of a list has no data (or no counterpart) that year. */
const partial = (c: ListYearCoverageMeta) => c.counts.withData < c.total;

/** " (a, b, c)", or nothing for an empty group or one too long to read. */
const codeList = (codes: readonly string[] | undefined) =>
  codes?.length && codes.length <= MAX_CODES_LISTED ? ` (${codes.join(', ')})` : '';

/** The coverage section of the README: product subset, reach, one line per list and year. */
function coverageLines(cov: DownloadCoverage, input: MetadataInput, w: Words): string[] {
  const { t, int, and } = w;
  const out: string[] = [];
  if (cov.productSubset)
    out.push(
      t('rmCovSubset', {
        parts: and(
          cov.hsCodes.map((h) =>
            h.nomenclature > 0
              ? t('rmCovSubsetPart', {
                  k: int(h.input),
                  n: int(h.nomenclature),
                  edition: h.edition,
                })
              : t('rmCovSubsetPartUnknown', { k: int(h.input), edition: h.edition }),
          ),
        ),
      }),
    );
  if (cov.exporters < REACH_SAID_UNDER || cov.importers < REACH_SAID_UNDER)
    out.push(t('rmCovReach', { ex: int(cov.exporters), im: int(cov.importers) }));
  for (const c of cov.lists) {
    const name =
      localizeManifest(input.manifest, w.lang).lists.find((l) => l.id === c.list)?.name ?? c.list;
    const cat = c.unit === 'category';
    const base = { list: name, year: String(c.year), n: int(c.total) };
    const counterpart = c.counts.noCounterpart
      ? t('rmCovNoCounterpart', {
          m: int(c.counts.noCounterpart),
          edition: c.edition,
          codes: codeList(c.noCounterpart),
        })
      : '';
    let line: string;
    if (c.counts.withData === c.total) line = t(cat ? 'rmCovAllCat' : 'rmCovAll', base);
    else if (c.counts.withData === 0)
      line = t(cat ? 'rmCovNoneCat' : 'rmCovNone', { ...base, rest: counterpart });
    else {
      const without = c.counts.withoutData
        ? t(cat ? 'rmCovWithoutCat' : 'rmCovWithout', {
            m: int(c.counts.withoutData),
            codes: codeList(c.withoutData),
          })
        : '';
      const k = int(c.counts.withData);
      // A file of one or a few HS codes: its totals cover those, not the list's codes with data.
      const ofCodes = input.spec.selection === 'hs' || input.spec.selection === 'codes';
      line = t(cat ? 'rmCovPartCat' : 'rmCovPart', {
        ...base,
        k,
        codes: codeList(c.withData),
        rest: without + counterpart,
        totals: ofCodes ? '' : t(cat ? 'rmCovTotalsCat' : 'rmCovTotals', { k }),
      });
    }
    out.push(`* ${line}`);
  }
  return out;
}

function wording(input: MetadataInput, lang: Lang): Wording {
  const { spec, full } = input;
  // List, category and dataset names in the README's language (metadata.json: English).
  const manifest = localizeManifest(input.manifest, lang);
  const w = wordsFor(lang);
  const { t, int } = w;
  const ds = datasetOf(manifest, spec.dataset);
  const lists = listsOf({ ...input, manifest });
  const caveats: string[] = [t('rmCavUpperBound'), t('rmCavOneRow')];
  const coverage = datasetCoverage(ds, lang) ?? ds.coverage;
  if (coverage) caveats.push(t('rmCavCoverage', { coverage }));
  const editions = Object.entries(ds.yearEditions ?? {});
  if (editions.length)
    caveats.push(
      t('rmCavSeriesBreak', {
        edition: ds.hsEdition,
        years: editions.map(([y, e]) => `${y} (${editionLabel(e, lang)})`).join(', '),
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
  for (const n of ds.listsNotApplied) {
    const list = manifest.lists.find((l) => l.id === n.list);
    caveats.push(
      t('rmCavNotApplied', {
        list: list?.name ?? n.list,
        reason: notAppliedReason(n.reason, manifest.lists, lang),
      }),
    );
  }
  // The build's notes worded in the language (metadata.json: English), leaving out what the
  // caveats above already say (upper bound, conversions, subset, mirror, totals set aside).
  for (const n of datasetNotes(ds, manifest.lists, lang))
    if (n.kind === 'category' || n.kind === 'repairs' || n.kind === 'other') caveats.push(n.text);
  const partly = new Map<string, number[]>();
  for (const c of coverageOf(input)?.lists ?? [])
    if (partial(c)) partly.set(c.list, [...(partly.get(c.list) ?? []), c.year]);
  if (partly.size)
    caveats.push(
      t(ds.granularity === 'category' ? 'rmCavPartialCat' : 'rmCavPartial', {
        items: w.and(
          lists
            .filter((l) => partly.has(l.id))
            .map((l) => `${l.name} (${(partly.get(l.id) ?? []).join(', ')})`),
        ),
      }),
    );

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
  const coverage = coverageOf(input);
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
      coverage: datasetCoverage(ds, 'en') ?? wordsFor('en').t('rmCoverageWorld'),
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
    ...(coverage ? { coverage } : {}),
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
  // The date as the language writes it (metadata.json keeps the ISO timestamp).
  const when = new Date(m.created);
  const created = Number.isNaN(when.getTime())
    ? m.created
    : `${new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(when)} UTC`;
  L.push('', t('rmDownloaded', { created, url: m.url }));
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
  L.push(`${datasetTitle(datasetOf(input.manifest, d.id), lang)} (${d.id})`);
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
        ? ` (${yearEditions.map(([y, e]) => t('rmYearEdition', { year: y, edition: e })).join(', ')})`
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
  L.push(
    t('rmCoverageLine', {
      coverage: datasetCoverage(ds, lang) ?? ds.coverage ?? t('rmCoverageWorld'),
    }),
  );
  const lists = listsOf({ ...input, manifest: localizeManifest(input.manifest, lang) });
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
  const coverage = m.coverage && coverageLines(m.coverage, input, wordsFor(lang));
  if (coverage?.length) {
    h('rmHCoverage');
    L.push(...coverage);
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
