import { useEffect, useState } from 'react';
import type { T } from './types.ts';
import type { ColumnarShard, DatasetMeta, Lang, Manifest, MapColumns } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import { DataError, dataUrl, loadShard } from '../data/loader.ts';
import { topCountries } from '../derive/top-countries.ts';
import { formatInteger, formatMoney, formatShare } from '../format/number.ts';

interface Props {
  manifest: Manifest;
  lang: Lang;
  t: T;
}

/**
 * The first page until the map explorer lands: every dataset of the manifest with its
 * provenance, and the top exporters of each list it carries, read from the real shards.
 */
export function Overview({ manifest, lang, t }: Props) {
  const names = new Map(manifest.countries.map((c) => [c.iso3, c.names[lang]]));
  return (
    <>
      <section aria-labelledby="caveats" className="caveats">
        <h2 id="caveats">{t('caveatTitle')}</h2>
        <p>{t('caveatUpperBound')}</p>
        <p>{t('caveatTechnology')}</p>
      </section>
      <section aria-labelledby="datasets">
        <h2 id="datasets">{t('datasets')}</h2>
        {manifest.datasets.map((ds) => (
          <DatasetCard key={ds.id} ds={ds} manifest={manifest} names={names} lang={lang} t={t} />
        ))}
      </section>
      <section aria-labelledby="lists">
        <h2 id="lists">{t('strategicLists')}</h2>
        <ul className="lists">
          {manifest.lists.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong> ({l.version}, {l.hsEdition},{' '}
              {t('codes', { n: String(l.codes) })}) — {l.description}{' '}
              <span className="muted">{l.source}</span>
            </li>
          ))}
        </ul>
        <p className="muted">{t('generated')}</p>
      </section>
    </>
  );
}

function DatasetCard({
  ds,
  manifest,
  names,
  lang,
  t,
}: Props & { ds: DatasetMeta; names: Map<string, string> }) {
  const download = manifest.shards.download[shardKey.download(ds.id)];
  const listName = (id: string) => manifest.lists.find((l) => l.id === id)?.name ?? id;
  return (
    <article className="dataset" data-dataset={ds.id}>
      <h3>{ds.title}</h3>
      <dl>
        <dt>{t('source')}</dt>
        <dd>
          <a href={ds.url}>{ds.source}</a>
        </dd>
        <dt>{t('licence')}</dt>
        <dd>
          <a href={ds.licenceUrl}>{ds.licence}</a>
        </dd>
        <dt>{t('citation')}</dt>
        <dd>{ds.citation}</dd>
        <dt>{t('hsEdition')}</dt>
        <dd>{ds.hsEdition}</dd>
        <dt>{t('years')}</dt>
        <dd>{ds.years.join(', ')}</dd>
        <dt>{t('flows')}</dt>
        <dd data-testid="rows">{formatInteger(ds.rows, lang)}</dd>
        <dt>{t('totalValue')}</dt>
        <dd>{formatMoney(ds.value, ds.currency, lang)}</dd>
        <dt>{t('lists')}</dt>
        <dd>{ds.lists.map(listName).join(', ')}</dd>
        {ds.listsNotApplied.length > 0 && (
          <>
            <dt>{t('listsNotApplied')}</dt>
            <dd>
              {ds.listsNotApplied.map((n) => (
                <span key={n.list} className="not-applied">
                  {listName(n.list)}: {n.reason}.{' '}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {download && (
        <p>
          <a href={dataUrl(download.path)} download>
            {t('downloadCsv')}
          </a>{' '}
          <span className="muted">({t('rows', { n: formatInteger(download.rows, lang) })})</span>
        </p>
      )}
      <div className="top-tables">
        {ds.lists.map((list) => (
          <TopExporters
            key={list}
            dataset={ds}
            list={list}
            listName={listName(list)}
            manifest={manifest}
            names={names}
            lang={lang}
            t={t}
          />
        ))}
      </div>
    </article>
  );
}

function TopExporters({
  dataset,
  list,
  listName,
  manifest,
  names,
  lang,
  t,
}: Props & { dataset: DatasetMeta; list: string; listName: string; names: Map<string, string> }) {
  const [shard, setShard] = useState<ColumnarShard<MapColumns> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = manifest.shards.map[shardKey.map(dataset.id, list)];
  useEffect(() => {
    if (!ref) return;
    loadShard<MapColumns>(ref).then(setShard, (e: unknown) =>
      setError(e instanceof DataError ? e.message : String(e)),
    );
  }, [ref]);
  const year = dataset.years[dataset.years.length - 1] ?? 0;
  const caption = t('topExportersOf', { list: listName, year: String(year) });
  if (!ref || error) {
    return (
      <div role="alert" className="data-error">
        <strong>{t('dataError')}</strong>: {caption}. {error}
      </div>
    );
  }
  if (!shard) return <p role="status">{t('loading')}</p>;
  const top = topCountries(shard, year, 'export', 10);
  return (
    <table className="ranking" data-list={list}>
      <caption>
        {caption}
        {top.worldBroad > 0 && (
          <span className="caption-note">
            {' '}
            {t('broadShare', { share: formatShare(top.worldBroad / top.world, lang) })}
          </span>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('country')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('share')}</th>
        </tr>
      </thead>
      <tbody>
        {top.rows.map((r, i) => (
          <tr key={r.iso3} data-iso3={r.iso3}>
            <td>{i + 1}</td>
            <th scope="row">{names.get(r.iso3) ?? r.iso3}</th>
            <td className="num" data-value={r.value}>
              {formatMoney(r.value, dataset.currency, lang)}
            </td>
            <td className="num">{formatShare(r.share, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
