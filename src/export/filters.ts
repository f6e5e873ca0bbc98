/** The words under an exported chart's title and at its foot: filters, source, address. */
import { groupOfState } from '../derive/group-state.ts';
import type { Lang, Manifest } from '../schema/manifest.ts';
import type { AtlasState } from '../state/params.ts';
import type { T } from '../i18n/types.ts';
import { periodLabel } from '../derive/months.ts';
import { resolve } from '../derive/resolve.ts';

const SEP = ' · ';

/** Dataset, list/category/code, year or month, flow and country, as one line. */
export function exportFilters(
  manifest: Manifest,
  state: AtlasState,
  t: T,
  nameOf: (iso3: string) => string,
  lang: Lang,
): string {
  const res = resolve(manifest, state);
  const ds = res?.dataset;
  const parts: string[] = [];
  const add = (label: string, value: string) =>
    value && parts.push(t('labelValue', { label, value }));
  add(t('ctlDataset'), ds?.title ?? state.dataset);
  if (res?.kind === 'codes') {
    const shown = res.codes.slice(0, 8).join(', ');
    add(t('ctlHsLabel'), res.codes.length > 8 ? `${shown}… (${res.codes.length})` : shown);
  } else if (res?.kind === 'hs') add(t('ctlHsLabel'), res.codes[0] ?? '');
  else if (res && state.view !== 'product') {
    add(t('ctlList'), res.list?.name ?? state.list);
    if (res.kind === 'category')
      add(
        t('ctlCategory'),
        res.list?.categories.find((c) => c.id === res.category)?.label ?? res.category,
      );
  }
  add(
    t('ctlYear'),
    periodLabel(ds, state.year, res?.period.month ?? 0, lang, (v) => t('moYearPart', v)),
  );
  if (state.year2 && (state.view === 'country' || state.view === 'product'))
    add(t('shCompareYear'), String(state.year2));
  // Profiles and flows show both directions; the flow filter applies to the others.
  if (state.view !== 'country' && state.view !== 'flows')
    add(t('ctlFlow'), t(state.flow === 'export' ? 'ctlExports' : 'ctlImports'));
  if (state.country && (state.view === 'country' || state.view === 'flows'))
    add(t('shCountry'), nameOf(state.country));
  if (state.partner) add(t('shPartner'), nameOf(state.partner));
  const g = groupOfState(state);
  if (g && (state.view === 'group' || state.view === 'map'))
    add(t('shGroup'), g.names ? g.names[lang] : g.members.join(', '));
  return parts.join(SEP);
}

/** Citation (or publisher) and licence of the dataset shown, then the view's address. */
export function exportSource(manifest: Manifest, state: AtlasState, t: T, url: string): string[] {
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const lines: string[] = [];
  // A citation may already begin with "Source:" (Eurostat's does).
  const source = (ds?.citation || `${ds?.publisher ?? ''}, ${ds?.title ?? ''}`).replace(
    /^source:\s*/i,
    '',
  );
  // The sentence's own full stop follows it.
  const cited = source.replace(/\.\s*$/, '');
  if (ds) lines.push(t('shSource', { source: cited, licence: ds.licence }));
  lines.push(t('shViewAt', { atlas: t('title'), url }));
  return lines;
}
