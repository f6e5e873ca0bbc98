import type { DatasetMeta, ListMeta, Manifest, ShardRef } from '../schema/manifest.ts';
import { describeFilters, type FilterSpec } from './filter.ts';
import type { ValueTotal } from './table.ts';

/** What metadata.json holds (and the README says in words). */
export interface DownloadMetadata {
  title: string;
  /** The data build this file comes from: the atlas build script and the file's checksum. */
  build: { generatedBy: string; file: string; sha256: string; rows: number };
  created: string;
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
  nameOf: (iso3: string) => string;
  /** The dataset's download file in the manifest (the data build it comes from). */
  source: ShardRef;
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
/** A sentence without its full stop, to be followed by more text. */
const clause = (s: string) => s.replace(/\.\s*$/, '');

function conversionText(ds: DatasetMeta, list: ListMeta): string | undefined {
  const c = ds.listConversions?.find((x) => x.list === list.id);
  if (!c) return undefined;
  const counts = Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return (
    `${list.name} (${c.from}) applied to ${c.to} data through ${c.tables.join(', ')}` +
    `${c.via.length ? ` via ${c.via.join(', ')}` : ''}: ${c.codes} list codes (${counts}) ` +
    `reach ${c.targets} codes, ${c.upperBound} of them through codes that are not exact ` +
    `(their values are an upper bound)${c.setAside ? `; ${c.setAside} links to catch-all headings set aside` : ''}.`
  );
}

export function buildMetadata(input: MetadataInput): DownloadMetadata {
  const { manifest, spec, full } = input;
  const ds = manifest.datasets.find((d) => d.id === spec.dataset);
  if (!ds) throw new Error(`unknown dataset ${spec.dataset}`);
  const lists = input.lists
    .map((id) => manifest.lists.find((l) => l.id === id))
    .filter((l): l is ListMeta => l !== undefined);
  const caveats: string[] = [];
  caveats.push(
    'HS codes are wider than the items of a control list: the values are an upper bound of strategic trade, loosest under codes a list marks "broad" (they also hold goods that are not controlled).',
  );
  caveats.push(
    'One row per flow and list category: a code in two categories (or on two lists) appears once for each, so adding up all rows counts such flows more than once. The totals below give the sum of the rows and the sum counting each flow once, which is what the atlas shows.',
  );
  if (ds.coverage)
    caveats.push(
      `Coverage: ${ds.coverage}. Totals and shares are totals of this coverage, not of world trade.`,
    );
  const editions = Object.entries(ds.yearEditions ?? {});
  if (editions.length)
    caveats.push(
      `Series break: the data follow ${ds.hsEdition} except ${editions.map(([y, e]) => `${y} (${e})`).join(', ')}; a list's coverage can change where the edition changes.`,
    );
  for (const l of lists) {
    const c = conversionText(ds, l);
    if (c) caveats.push(`HS edition conversion: ${c}`);
  }
  caveats.push(
    ds.mirror
      ? "Both declarations of a flow are kept: the reported_by column says whether a row is the exporter's or the importer's report. Never add the two: exports are the exporter's reports, imports the importer's."
      : ds.reconciled && ds.id.startsWith('baci')
        ? 'One value per flow, reconciled by the source from both declarations.'
        : "One value per flow: one side's reports; the other side's figures are mirror values.",
  );
  if (ds.aggregates.rows > 0)
    caveats.push(
      `${int(ds.aggregates.rows)} source rows recognised as totals of other rows (World partner, TOTAL, headings), worth ${int(ds.aggregates.value)} ${ds.currency}, were set aside and are not in this file.`,
    );
  for (const n of ds.listsNotApplied)
    caveats.push(`List ${n.list} is not applied to this dataset: ${n.reason}.`);
  for (const n of ds.notes) caveats.push(n);

  const cite =
    `${ds.citation} Licence: ${ds.licence} (${ds.licenceUrl}).` +
    lists
      .map((l) => ` List: ${l.name}, version ${l.version} (${clause(l.source)}; ${l.licence}).`)
      .join('') +
    ` Filtered with the Strategic Trade Atlas (data file ${input.source.path}, SHA-256 ${input.source.sha256.slice(0, 12)}): ${input.url}, downloaded ${input.created.slice(0, 10)}.`;

  const meta: DownloadMetadata = {
    title: `Strategic Trade Atlas: ${ds.title}, ${full ? 'full dataset' : `data shown in the ${spec.view} view`}`,
    build: {
      generatedBy: manifest.generatedBy,
      file: input.source.path,
      sha256: input.source.sha256,
      rows: input.source.rows,
    },
    created: input.created,
    choice: full ? 'full dataset' : 'data shown',
    view: spec.view,
    url: input.url,
    filters: full
      ? ['None: the whole strategic table of the dataset']
      : describeFilters(spec, manifest, input.nameOf),
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
      coverage: ds.coverage ?? 'world trade as reported by the source',
      mirror: ds.mirror,
      reconciled: ds.reconciled,
    },
    lists: lists.map((l) => {
      const conversion = conversionText(ds, l);
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
    format: {
      csv: 'UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), comma-separated, RFC 4180 quoting, LF line ends; numbers unformatted, value in whole currency units, quantity_t in tonnes (empty when unknown).',
      json: 'One object {"metadata": ..., "data": [...]}: data is an array of row objects with the CSV columns; year, value and quantity_t are numbers (quantity_t null when unknown). Text is raw: no apostrophes added (JSON is not opened by spreadsheets).',
      xlsx: 'Sheet "data" with the CSV columns (numbers as numbers), sheet "README" with this text.',
      neutralisation:
        'In CSV and XLSX, a text cell beginning with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so that a spreadsheet shows it and never runs it as a formula.',
    },
    rows: input.rows,
    totals: input.totals,
    caveats,
    howToCite: cite,
  };
  if (input.countryTotals && spec.country)
    meta.countryTotals = input.countryTotals.map((c) => ({ country: spec.country ?? '', ...c }));
  return meta;
}

/** README.txt: the metadata in words. */
export function readmeText(m: DownloadMetadata): string {
  const L: string[] = [];
  // Headings in capitals, no underlines: a README line never starts like a formula.
  const h = (s: string) => L.push('', s.toUpperCase());
  L.push(m.title);
  L.push('', `Downloaded ${m.created} from ${m.url}`);
  L.push(
    `Data build: ${m.build.file} (${int(m.build.rows)} rows, SHA-256 ${m.build.sha256}), made by ${m.build.generatedBy}.`,
  );
  h('Filters applied');
  for (const f of m.filters) L.push(`* ${f}`);
  L.push(`* As a link: ${m.url}`);
  h('Rows and totals');
  L.push(`${int(m.rows)} rows.`);
  for (const t of m.totals) {
    const by = t.reportedBy ? ` (reported by the ${t.reportedBy})` : '';
    L.push(
      `* ${t.currency}${by}: ${int(t.rows)} rows; sum of all rows ${int(t.sumOfRows)} ${t.currency}; ` +
        `${int(t.flows)} distinct flows, each counted once: ${int(t.eachFlowOnce)} ${t.currency}.`,
    );
    if (t.sumOfRows !== t.eachFlowOnce)
      L.push(
        `  Adding up the category rows double-counts codes that sit in several categories or lists: the total the atlas shows is ${int(t.eachFlowOnce)} ${t.currency}, not ${int(t.sumOfRows)}.`,
      );
  }
  for (const c of m.countryTotals ?? [])
    L.push(
      `* ${c.country}: exports ${int(c.exports)} ${c.currency}, imports ${int(c.imports)} ${c.currency} (each flow once).`,
    );
  h('Source');
  const d = m.dataset;
  L.push(`${d.title} (${d.id})`);
  L.push(`Source: ${clause(d.source)}. Publisher: ${d.publisher}. ${d.url}`);
  L.push(`Licence: ${d.licence} (${d.licenceUrl})`);
  L.push(`Citation: ${d.citation}`);
  L.push(
    `HS edition: ${d.hsEdition}${
      Object.keys(d.yearEditions).length
        ? ` (${Object.entries(d.yearEditions)
            .map(([y, e]) => `${y}: ${e}`)
            .join(', ')})`
        : ''
    }. Currency: ${d.currency}. Frequency: ${d.frequency}.`,
  );
  L.push(
    `Years: ${d.years.join(', ')}${d.months ? `; months ${d.months[0]} to ${d.months[d.months.length - 1]} (${d.months.length})` : ''}.`,
  );
  L.push(`Coverage: ${d.coverage}.`);
  if (m.lists.length) {
    h('Lists');
    for (const l of m.lists) {
      L.push(
        `* ${l.name} (${l.id}), version ${l.version}, ${l.hsEdition}. Source: ${clause(l.source)}. Licence: ${l.licence}.`,
      );
      if (l.conversion) L.push(`  ${l.conversion}`);
    }
  }
  h('Columns');
  L.push(m.columns.join(','));
  L.push(
    'One row per flow and list category. year and period (YYYY, or YYYY-MM for monthly data); exporter and importer as ISO 3166 alpha-3 codes and English names; hs6 and its description; list and category; value in whole units of currency (ISO 4217), not thousands; quantity_t in tonnes.',
  );
  h('Formats');
  for (const [k, v] of Object.entries(m.format)) L.push(`* ${k}: ${v}`);
  h('Caveats');
  for (const c of m.caveats) L.push(`* ${c}`);
  h('How to cite');
  L.push(m.howToCite);
  return L.join('\n') + '\n';
}
