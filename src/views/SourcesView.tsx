import { editionLabel } from '../i18n/names.ts';
import { useId, useState } from 'react';
import { formatInteger, formatMoney } from '../format/number.ts';
import { editionBreaks, monthYear } from '../derive/months.ts';
import { isMonthly } from '../state/calendar.ts';
import type { DatasetMeta, ListMeta } from '../schema/manifest.ts';
import type { ViewProps } from '../state/view-props.ts';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../i18n/catalog/profiles.ts';
import { datasetNotes } from '../i18n/notes.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);
// The conversion notes are worded as on the country profile.
registerCatalog(profilesCatalogue);

/**
 * Manifest text is data, not markup: it is rendered as text, and a URL becomes a link only
 * when it is http(s), so a crafted manifest cannot slip a `javascript:` link onto the page.
 */
function SafeLink({ href, children }: { href: string; children: string }) {
  let ok: boolean;
  try {
    ok = ['http:', 'https:'].includes(new URL(href).protocol);
  } catch {
    ok = false;
  }
  return ok ? <a href={href}>{children}</a> : <>{children}</>;
}

/** Reference data bundled with the software, as the README lists it. */
const SOFTWARE: {
  name: string;
  url: string;
  what: 'pgSwGeo' | 'pgSwNames' | 'pgSwHs';
  licence: 'pgSwGeoLicence' | 'pgSwMit' | 'pgSwPddl';
}[] = [
  {
    name: 'world-atlas (Natural Earth)',
    url: 'https://github.com/topojson/world-atlas',
    what: 'pgSwGeo',
    licence: 'pgSwGeoLicence',
  },
  {
    name: 'i18n-iso-countries',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    what: 'pgSwNames',
    licence: 'pgSwMit',
  },
  {
    name: 'datasets/harmonized-system (UN Comtrade)',
    url: 'https://github.com/datasets/harmonized-system',
    what: 'pgSwHs',
    licence: 'pgSwPddl',
  },
];

/** Where every figure comes from, under which licence, and how to cite it. */
export function SourcesView(props: ViewProps) {
  const { manifest, t, lang } = props;
  return (
    <article className="pg pg-prose" aria-labelledby="pg-sources-h">
      <h2 id="pg-sources-h">{t('pgSourcesTitle')}</h2>
      <p className="pg-lede">{t('pgSourcesLede')}</p>
      <section aria-labelledby="pg-src-ds">
        <h3 id="pg-src-ds">{t('datasets')}</h3>
        {manifest.datasets.map((ds) => (
          <DatasetSource key={ds.id} ds={ds} {...props} />
        ))}
      </section>
      <section aria-labelledby="pg-src-lists">
        <h3 id="pg-src-lists">{t('strategicLists')}</h3>
        {manifest.lists.map((l) => (
          <div key={l.id} className="pg-card" data-list={l.id}>
            <h4>{l.name}</h4>
            <dl className="pg-facts">
              <dt>{t('pgVersion')}</dt>
              <dd>{l.version}</dd>
              <dt>{t('hsEdition')}</dt>
              <dd>{editionLabel(l.hsEdition, lang)}</dd>
              <dt>{t('pgCodesCol')}</dt>
              <dd>{formatInteger(l.codes, lang)}</dd>
              <dt>{t('source')}</dt>
              <dd lang="en">{l.source}</dd>
              <dt>{t('licence')}</dt>
              <dd lang="en">{l.licence}</dd>
            </dl>
          </div>
        ))}
      </section>
      <section aria-labelledby="pg-src-sw">
        <h3 id="pg-src-sw">{t('pgSwTitle')}</h3>
        <ul>
          {SOFTWARE.map((s) => (
            <li key={s.name}>
              <SafeLink href={s.url}>{s.name}</SafeLink>:{' '}
              {t(s.what, { editions: manifest.hs.descriptionsFrom })} (
              {t('labelValue', { label: t('licence'), value: t(s.licence) })})
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pg-src-build">
        <h3 id="pg-src-build">{t('pgBuildTitle')}</h3>
        <p>{t('pgBuildText')}</p>
        <ul>
          <li>
            {/* Relative to the page, like the data folder itself, so any static host works. */}
            <a href="data/build-report.json">build-report.json</a> — {t('pgBuildReport')}
          </li>
          <li>
            <a href="data/quarantine.csv">quarantine.csv</a> — {t('pgQuarantine')}
          </li>
        </ul>
        <p className="muted" lang="en">
          {manifest.notice}
        </p>
      </section>
    </article>
  );
}

/** "2020, 2021: HS2017; HS2022 in the other years", from yearEditions. */
function yearEditionsText(ds: DatasetMeta, t: ViewProps['t']): string | null {
  const entries = Object.entries(ds.yearEditions ?? {}).filter(([, e]) => e !== ds.hsEdition);
  if (entries.length === 0) return null;
  const byEdition = new Map<string, string[]>();
  for (const [year, edition] of entries.sort(([a], [b]) => (a < b ? -1 : 1)))
    byEdition.set(edition, [...(byEdition.get(edition) ?? []), year]);
  const parts = [...byEdition].map(([edition, years]) =>
    t('moYearsEdition', { years: years.join(', '), edition }),
  );
  return `${parts.join('; ')}; ${t('moOtherwise', { edition: ds.hsEdition })}`;
}

function DatasetSource(props: ViewProps & { ds: DatasetMeta }) {
  const { ds, t, lang } = props;
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    // The clipboard API needs a secure context; where it is missing the text stays selectable.
    if (!navigator.clipboard) return setCopied('failed');
    navigator.clipboard.writeText(ds.citation).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  const months = [...new Set(ds.months ?? [])].sort();
  const first = months[0];
  const last = months[months.length - 1];
  const ym = (k: string) => monthYear(lang, Number(k.slice(0, 4)), Number(k.slice(5, 7)));
  const editions = yearEditionsText(ds, t);
  const notes = datasetNotes(ds, props.manifest.lists, lang);
  // Older manifests lack these fields: say nothing rather than something wrong.
  const aggregates = ds.aggregates as DatasetMeta['aggregates'] | undefined;
  const mirror = ds.mirror as boolean | undefined;
  return (
    <div className="pg-card" data-dataset={ds.id}>
      <h4>{ds.title}</h4>
      {ds.rows === 0 && (
        <p className="pg-note" role="note" data-testid="no-rows">
          {t('moNoRows')}
        </p>
      )}
      <dl className="pg-facts">
        <dt>{t('source')}</dt>
        {/* The sources' own texts, quoted as published (in English): marked so. */}
        <dd lang="en">
          <SafeLink href={ds.url}>{ds.source}</SafeLink>
        </dd>
        <dt>{t('pgPublisher')}</dt>
        <dd lang="en">{ds.publisher}</dd>
        <dt>{t('licence')}</dt>
        <dd lang="en">
          <SafeLink href={ds.licenceUrl}>{ds.licence}</SafeLink>
        </dd>
        <dt>{t('hsEdition')}</dt>
        <dd>{editionLabel(ds.hsEdition, lang)}</dd>
        {editions && (
          <>
            <dt>{t('moYearEditions')}</dt>
            <dd data-fact="year-editions">
              {editions}{' '}
              {editionBreaks(ds).map((b) => (
                <span key={b.year} className="muted">
                  {t('moEditionBreak', {
                    year: String(b.year),
                    prev: String(b.prev),
                    from: b.from,
                    to: b.to,
                  })}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('moCurrency')}</dt>
        <dd data-fact="currency">{ds.currency}</dd>
        <dt>{t('moFrequency')}</dt>
        <dd data-fact="frequency">{t(isMonthly(ds) ? 'moFreqMonth' : 'moFreqYear')}</dd>
        <dt>{t('years')}</dt>
        <dd>{ds.years.join(', ')}</dd>
        {isMonthly(ds) && first && last && (
          <>
            <dt>{t('moMonthsCovered')}</dt>
            <dd data-fact="months">
              {t('moMonthsValue', {
                from: ym(first),
                to: ym(last),
                n: formatInteger(months.length, lang),
              })}
            </dd>
          </>
        )}
        {mirror !== undefined && (
          <>
            <dt>{t('moMirror')}</dt>
            <dd data-fact="mirror">{t(mirror ? 'moMirrorYes' : 'moMirrorNo')}</dd>
          </>
        )}
        <dt>{t('flows')}</dt>
        <dd data-value={ds.rows}>{formatInteger(ds.rows, lang)}</dd>
        {ds.inputCoverage.hsCodes.length > 0 && (
          <>
            <dt>{t('covSrcCodes')}</dt>
            <dd data-fact="hs-codes">
              {ds.inputCoverage.hsCodes
                .map((h) =>
                  t('covSrcCodesValue', {
                    k: formatInteger(h.input, lang),
                    n: formatInteger(h.nomenclature, lang),
                    edition: h.edition,
                  }),
                )
                .join('; ')}
            </dd>
          </>
        )}
        <dt>{t('covSrcPlaces')}</dt>
        <dd data-fact="places">
          {t('covSrcPlacesValue', {
            ex: formatInteger(ds.inputCoverage.exporters.length, lang),
            im: formatInteger(ds.inputCoverage.importers.length, lang),
          })}
        </dd>
        {aggregates && (
          <>
            <dt>{t('moAggregates')}</dt>
            <dd data-fact="aggregates" data-value={aggregates.rows}>
              {aggregates.rows > 0
                ? t('moAggregatesValue', {
                    rows: formatInteger(aggregates.rows, lang),
                    value: formatMoney(aggregates.value, ds.currency, lang),
                  })
                : t('moAggregatesNone')}
            </dd>
          </>
        )}
      </dl>
      <p id={`${id}-cite`} className="pg-cite-label">
        {t('citation')}
      </p>
      <pre className="pg-cite" aria-labelledby={`${id}-cite`} tabIndex={0} lang="en">
        {ds.citation}
      </pre>
      <p className="pg-cite-actions">
        <button type="button" onClick={copy}>
          {t('pgCopyCitation')}
        </button>{' '}
        <span role="status">
          {copied === 'done' ? t('pgCopied') : copied === 'failed' ? t('pgCopyFailed') : ''}
        </span>
      </p>
      <ListCoverage {...props} ds={ds} />
      {notes.length > 0 && (
        <ul className="pg-notes">
          {notes.map((n, i) => (
            // A note the atlas cannot word is the build's English, quoted and marked so.
            <li key={i} lang={n.quoted ? 'en' : undefined}>
              {n.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Per list and year, how many of the list's codes (or categories) the input holds. */
function ListCoverage(props: ViewProps & { ds: DatasetMeta }) {
  const { ds, manifest, t, lang } = props;
  const id = useId();
  const years = [...ds.years].sort((a, b) => a - b);
  const lists = ds.lists
    .map((l) => manifest.lists.find((x) => x.id === l))
    .filter((l): l is ListMeta => l !== undefined);
  if (lists.length === 0) return null;
  const n = (v: number) => formatInteger(v, lang);
  return (
    <div className="pg-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="pg-table" data-testid="list-coverage">
        <caption id={id}>{t('covSrcListCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('covSrcList')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lists.map((l) => {
            const total = ds.granularity === 'category' ? l.categories.length : l.codes;
            return (
              <tr key={l.id} data-list={l.id}>
                <th scope="row">{l.name}</th>
                {years.map((y) => {
                  const k = ds.inputCoverage.lists[l.id]?.[String(y)]?.withRows.length ?? 0;
                  return (
                    <td key={y} className={k === 0 ? 'num no-data' : 'num'} data-value={k}>
                      {t('covKofN', { k: n(k), n: n(total) })}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
