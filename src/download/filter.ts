import type { Lang, Manifest } from '../schema/manifest.ts';
import type { AtlasState, View } from '../state/params.ts';
import { wordsFor } from './readme-words.ts';
import { resolve } from '../derive/resolve.ts';
import { groupOfState, type StateGroup } from '../derive/group-state.ts';

/** One row of the download contract (design.md, "Download columns"), values typed. */
export interface DownloadRow {
  year: number;
  period: string;
  exporter_iso3: string;
  exporter: string;
  importer_iso3: string;
  importer: string;
  hs6: string;
  hs_description: string;
  list: string;
  category: string;
  value: number;
  currency: string;
  quantity_t: number | null;
  /** Datasets keeping both declarations of a flow (mirror): 'exporter' or 'importer'. */
  reported_by?: string;
}

/**
 * Which rows of a dataset's download a view shows. Every field left out keeps every row;
 * the fields are those of the download contract, so the filter reads like the table.
 */
export interface FilterSpec {
  dataset: string;
  view: View;
  year?: number;
  /** `YYYY-MM` for one month of a monthly dataset. */
  period?: string;
  /** Rows of these lists only. */
  lists?: string[];
  /** Rows of these categories only (a category, or the categories counted in a list total). */
  categories?: string[];
  /** Rows of these HS6 codes only (one code, or the user's own codes). */
  hs6?: string[];
  /** A country's rows: as exporter, importer or either. */
  country?: string;
  dir?: 'both' | 'export' | 'import';
  /** The other side of the country's flows. */
  partner?: string;
  /** The group profile: rows where a member is the exporter or the importer. */
  group?: StateGroup;
  /** Mirror datasets on the map and ranking: the declarations of the flow shown. */
  reportedBy?: 'exporter' | 'importer';
  /** What the view counts: a whole list (each flow once), a category, codes. */
  selection: 'list' | 'category' | 'hs' | 'codes' | 'lists' | 'none';
}

/** Views that show data; the others (methods, sources) offer the full dataset only. */
export function showsData(view: View): boolean {
  return view !== 'methods' && view !== 'sources';
}

/**
 * The rows behind a view (its "data shown"), from its resolved selection (src/derive/resolve.ts):
 * the user's own codes, one HS code, a category, or the list, whose total counts the
 * categories the list's publisher counts (JRC "ignore" is not).
 * The map and ranking show one year, or one month of a monthly dataset; profiles and flows
 * one year; a country's rows are those it exports or imports (flows: its direction), with
 * the partner when one is set.
 */
export function filterSpec(manifest: Manifest, state: AtlasState): FilterSpec {
  const res = resolve(manifest, state);
  const spec: FilterSpec = {
    dataset: state.dataset,
    view: state.view,
    year: state.year,
    selection: 'none',
  };
  const listTotal = (id: string) =>
    manifest.lists
      .find((l) => l.id === id)
      ?.categories.filter((c) => c.inTotal)
      .map((c) => c.id);
  // What the view selects is the resolved selection's, as on the page.
  const select = () => {
    if (!res) return;
    if (res.kind === 'codes' || res.kind === 'hs') {
      spec.selection = res.kind;
      spec.hs6 = [...res.codes];
    } else if (res.kind === 'category') {
      spec.selection = 'category';
      spec.lists = [state.list];
      spec.categories = [res.category];
    } else {
      spec.selection = 'list';
      spec.lists = [state.list];
      const cats = listTotal(state.list);
      if (cats) spec.categories = cats;
    }
  };
  const month = res?.period.month ?? 0;
  switch (state.view) {
    case 'map':
    case 'table':
      select();
      if (month > 0) spec.period = `${state.year}-${String(month).padStart(2, '0')}`;
      if (res?.dataset.mirror) spec.reportedBy = state.flow === 'export' ? 'exporter' : 'importer';
      break;
    case 'country':
      select();
      if (state.country) spec.country = state.country;
      spec.dir = 'both';
      if (state.partner) spec.partner = state.partner;
      break;
    case 'group': {
      select();
      const g = groupOfState(state);
      if (g) spec.group = g;
      break;
    }
    case 'regime':
      select();
      break;
    case 'product':
      spec.selection = 'hs';
      if (state.hs) spec.hs6 = [state.hs];
      break;
    case 'flows':
      select();
      if (state.country) {
        spec.country = state.country;
        spec.dir = state.dir;
        if (state.partner) spec.partner = state.partner;
      }
      break;
    case 'compare': {
      spec.selection = 'lists';
      spec.lists = state.vs && state.vs !== state.list ? [state.list, state.vs] : [state.list];
      const cats = spec.lists.flatMap((l) => listTotal(l) ?? []);
      if (cats.length) spec.categories = [...new Set(cats)];
      break;
    }
    default:
      delete spec.year;
  }
  return spec;
}

/** The whole strategic table of a dataset. */
export function fullSpec(dataset: string, view: View): FilterSpec {
  return { dataset, view, selection: 'none' };
}

/** A row predicate for the spec (plain code: the CSP forbids arquero's compiled filters). */
export function rowMatcher(spec: FilterSpec): (row: DownloadRow) => boolean {
  const lists = spec.lists && new Set(spec.lists);
  const cats = spec.categories && new Set(spec.categories);
  const codes = spec.hs6 && new Set(spec.hs6);
  const { year, period, country, partner, reportedBy } = spec;
  const members = spec.group && new Set(spec.group.members);
  const dir = spec.dir ?? 'both';
  return (r) => {
    if (year !== undefined && r.year !== year) return false;
    if (period !== undefined && r.period !== period) return false;
    if (lists && !lists.has(r.list)) return false;
    if (cats && !cats.has(r.category)) return false;
    if (codes && !codes.has(r.hs6)) return false;
    if (reportedBy && r.reported_by && r.reported_by !== reportedBy) return false;
    if (members && !members.has(r.exporter_iso3) && !members.has(r.importer_iso3)) return false;
    if (country) {
      const out = dir !== 'import' && r.exporter_iso3 === country;
      const inn = dir !== 'export' && r.importer_iso3 === country;
      if (!out && !inn) return false;
      if (partner) {
        const other = r.exporter_iso3 === country ? r.importer_iso3 : r.exporter_iso3;
        if (other !== partner) return false;
      }
    }
    return true;
  };
}

/**
 * The filters in words, one per line, in a language (metadata.json: English; the README: the
 * view's). Names from the manifest (dataset title, list names) stay as published; `nameOf`
 * names a country in the same language as the words.
 */
export function describeFilters(
  spec: FilterSpec,
  manifest: Manifest,
  nameOf: (iso3: string) => string,
  lang: Lang = 'en',
): string[] {
  const { t, and } = wordsFor(lang);
  const ds = manifest.datasets.find((d) => d.id === spec.dataset);
  const out: string[] = [t('rmFDataset', { title: ds?.title ?? spec.dataset, id: spec.dataset })];
  if (spec.period) out.push(t('rmFMonth', { period: spec.period }));
  else if (spec.year !== undefined) out.push(t('rmFYear', { year: String(spec.year) }));
  const listName = (id: string) => manifest.lists.find((l) => l.id === id)?.name ?? id;
  // A category by its label in the manifest's language, and its id as the data write it.
  const catName = (list: string, id: string) => {
    const label = manifest.lists
      .find((l) => l.id === list)
      ?.categories.find((c) => c.id === id)?.label;
    return label && label !== id ? `${label} (${id})` : id;
  };
  const first = spec.lists?.[0];
  if (spec.selection === 'list' && first) {
    const l = manifest.lists.find((x) => x.id === first);
    const left = l?.categories.filter((c) => !c.inTotal).map((c) => catName(first, c.id)) ?? [];
    out.push(
      t('rmFList', { name: listName(first), id: first }) +
        (left.length ? t('rmFListLeftOut', { cats: left.join(', ') }) : ''),
    );
  } else if (spec.selection === 'category' && first) {
    out.push(
      t('rmFCategory', {
        name: listName(first),
        id: first,
        cat: (spec.categories ?? []).map((c) => catName(first, c)).join(', '),
      }),
    );
  } else if (spec.selection === 'lists' && spec.lists) {
    out.push(t('rmFLists', { lists: and(spec.lists.map((l) => `${listName(l)} (${l})`)) }));
  }
  if (spec.selection === 'hs' && spec.hs6) out.push(t('rmFHs', { codes: spec.hs6.join(', ') }));
  if (spec.selection === 'codes' && spec.hs6)
    out.push(t('rmFCodes', { codes: spec.hs6.join(', ') }));
  if (spec.country) {
    const country = `${nameOf(spec.country)} (${spec.country})`;
    out.push(
      t(
        spec.dir === 'export'
          ? 'rmFExporter'
          : spec.dir === 'import'
            ? 'rmFImporter'
            : 'rmFCountry',
        { country },
      ),
    );
  }
  if (spec.group) {
    const g = spec.group;
    out.push(
      t('rmFGroup', {
        group: g.names ? `${g.names[lang]} (${g.id})` : t('rmFOwnGroup'),
        members: g.members.join(', '),
      }),
    );
  }
  if (spec.partner)
    out.push(t('rmFPartner', { country: `${nameOf(spec.partner)} (${spec.partner})` }));
  if (spec.reportedBy)
    out.push(t(spec.reportedBy === 'exporter' ? 'rmFByExporter' : 'rmFByImporter'));
  if (spec.selection === 'none') out.push(t('rmFNone'));
  return out;
}

/** `<dataset>_<view>_<year>[_<month>][_<list>][_<cat>|_hs<code>|_codes<n>][_<country>]...`. */
export function baseName(spec: FilterSpec, full: boolean): string {
  if (full) return `${spec.dataset}_full`;
  const parts = [spec.dataset, spec.view];
  if (spec.period) parts.push(spec.period);
  else if (spec.year !== undefined) parts.push(String(spec.year));
  if (spec.selection === 'lists' || spec.selection === 'list') parts.push(...(spec.lists ?? []));
  if (spec.selection === 'category') parts.push(...(spec.lists ?? []), ...(spec.categories ?? []));
  if (spec.selection === 'hs') parts.push(`hs${spec.hs6?.[0] ?? ''}`);
  if (spec.selection === 'codes') parts.push(`codes${spec.hs6?.length ?? 0}`);
  if (spec.country)
    parts.push(spec.dir && spec.dir !== 'both' ? `${spec.country}-${spec.dir}` : spec.country);
  if (spec.partner) parts.push(spec.partner);
  if (spec.group) parts.push(spec.group.id || `members${spec.group.members.length}`);
  if (spec.reportedBy) parts.push(`by-${spec.reportedBy}`);
  return parts.join('_').replace(/[^\w.-]+/g, '-');
}
