import { CoverageNote } from '../ui/CoverageNote.tsx';
import type { ReactNode } from 'react';
import { listCodes, type ListColumns } from '../derive/compare.ts';
import { coveredCountries, datasetOf, mapShardRefs } from '../derive/selection.ts';
import { concatShards } from '../derive/columnar.ts';
import { useShard, useShards, useTopology, type Loaded } from '../data/use-data.ts';
import type {
  ColumnarShard,
  CountryColumns,
  MapColumns,
  MonthColumns,
  ProductColumns,
  ShardRef,
  WorldPaths,
} from '../schema/manifest.ts';
import {
  allMonthShardRefs,
  isMonthly,
  monthsOfYear,
  periodLabel,
  periodShard,
  usesMonthShards,
} from '../derive/months.ts';
import { selectedKeys } from '../derive/profile.ts';
import { CountryMonthly } from './CountryMonthly.tsx';
import { CountryProfile } from './CountryProfile.tsx';
import { MAP_COLUMNS, shardKey } from '../schema/manifest.ts';
import { StateSelects } from '../ui/StateSelects.tsx';
import { linkTo } from '../ui/link-to.ts';
import { selectionLabel } from '../derive/list-info.ts';
import { Year2Select } from './ProfileCompare.tsx';
import type { ViewProps } from './types.ts';
import { DataErrorNote } from './DataStatus.tsx';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../i18n/catalog/profiles.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);
registerCatalog(profilesCatalogue);

/**
 * The country profile: loads what it needs (country shard, list codes, map shards of the year,
 * the year before and the comparison year, product shards of the codes traded for unit values)
 * and hands ready tables to CountryProfile.
 */
export function CountryView(props: ViewProps) {
  const { manifest, state, t, nameOf } = props;
  const ds = datasetOf(manifest, state);
  const list = manifest.lists.find((l) => l.id === state.list);
  const iso3 = state.country;
  const countryRef = iso3
    ? manifest.shards.country[shardKey.country(state.dataset, iso3)]
    : undefined;
  // Monthly datasets: every year's month shard, for the chart; a partial year's totals are
  // also summed from them, over the same months of each year, so its change is like for like.
  const monthly = isMonthly(ds);
  const fromMonths = usesMonthShards(ds, state.year, 0);
  const monthParts = useShards<MonthColumns>(
    monthly && ds && iso3 ? allMonthShardRefs(manifest, ds, state.list) : [],
    t('moNoMonthShard'),
  );
  const mapParts = useShards<MapColumns>(
    fromMonths ? [] : mapShardRefs(manifest, state.dataset, state.list, state.year),
    t('pgNoMapShard'),
  );
  const year2Parts = useShards<MapColumns>(
    state.year2 && iso3 ? mapShardRefs(manifest, state.dataset, state.list, state.year2) : [],
    t('pgNoMapShard'),
  );
  const yearMonths = monthsOfYear(ds, state.year);
  const map: Loaded<ColumnarShard<MapColumns>> = fromMonths
    ? monthParts.status === 'ready'
      ? { status: 'ready', data: periodShard(monthParts.data, yearMonths) }
      : monthParts
    : mapParts.status === 'ready'
      ? { status: 'ready', data: concatShards(mapParts.data, MAP_COLUMNS) }
      : mapParts;
  const map2: Loaded<ColumnarShard<MapColumns>> =
    year2Parts.status === 'ready'
      ? { status: 'ready', data: concatShards(year2Parts.data, MAP_COLUMNS) }
      : year2Parts;
  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const period = periodLabel(ds, state.year, 0, props.lang, partial);
  const country = useShard<CountryColumns>(countryRef, t('pgNoCountryShard'));
  const topo = useTopology<WorldPaths>(iso3 ? manifest.geo.world : undefined);
  const codes = useShard<ListColumns>(manifest.shards.list[state.list], t('pgNoListShard'));

  // Product shards of the codes the country traded in the year (unit values against the world
  // median) and of the chosen code (its rank among all countries): only for HS6 datasets.
  const wanted = new Set<string>();
  if (ds?.granularity === 'hs6' && country.status === 'ready' && codes.status === 'ready' && list) {
    const keys = selectedKeys(list, ds.granularity, listCodes(codes.data, list), state);
    const d = country.data.data;
    for (let i = 0; i < d.year.length; i++)
      if (Number(d.year[i]) === state.year && keys.has(String(d.code[i])))
        wanted.add(String(d.code[i]));
  }
  if (ds?.granularity === 'hs6' && state.hs) wanted.add(state.hs);
  const productCodes = [...wanted]
    .filter((c) => manifest.shards.product[shardKey.product(state.dataset, c)])
    .sort();
  const products = useShards<ProductColumns>(
    productCodes.map(
      (c) => manifest.shards.product[shardKey.product(state.dataset, c)] as ShardRef,
    ),
  );

  let body: ReactNode;
  if (!iso3 || !ds || !list) body = <p>{t('pgCountryNone')}</p>;
  else if (!countryRef) {
    // Not an error: the country is real but has no trade under any list code of this dataset.
    body = (
      <p className="pg-note" role="note">
        {t('pgCountryNoData', { country: nameOf(iso3), dataset: ds.title })}
      </p>
    );
  } else {
    const failed = [map, country, codes, map2, products].find((x) => x.status === 'error');
    if (failed?.status === 'error') {
      body = <DataErrorNote t={t} failure={failed} />;
    } else if (
      map.status === 'ready' &&
      country.status === 'ready' &&
      codes.status === 'ready' &&
      (map2.status === 'ready' || !state.year2) &&
      products.status === 'ready'
    ) {
      body = (
        <CountryProfile
          {...props}
          ds={ds}
          list={list}
          map={map.data}
          map2={map2.status === 'ready' ? map2.data : null}
          shard={country.data}
          codes={codes.data}
          products={productCodes.map((code, i) => ({
            code,
            shard: products.data[i] as ColumnarShard<ProductColumns>,
          }))}
          covered={coveredCountries(manifest, ds.id)}
          topo={topo}
          monthly={
            monthly ? <CountryMonthly {...props} ds={ds} list={list} shards={monthParts} /> : null
          }
        />
      );
    } else body = <p role="status">{t('loading')}</p>;
  }

  const selection = selectionLabel(manifest, { ...state, codes: [] }, null, t);
  return (
    <section className="pg pg-country" aria-labelledby="pg-country-h" data-iso3={iso3 || undefined}>
      <h2 id="pg-country-h">{iso3 ? nameOf(iso3) : t('pgCountryTitle')}</h2>
      {ds && list && iso3 && (
        <p className="pg-lede">
          {t('pgCountryLede', { list: selection, dataset: ds.title, year: period })}
        </p>
      )}
      <CoverageNote ds={ds} t={t} />
      {iso3 && ds && (
        <div className="pr-controls">
          <StateSelects {...props} which={['list', 'year']} />
          <Year2Select {...props} ds={ds} />
        </div>
      )}
      {iso3 && ds && monthly && state.month > 0 && (
        // The map shows one month; partners and codes exist by year only, so say which.
        <p className="muted">{t('moCountryPeriod', { period })}</p>
      )}
      <p className="pr-controls">
        <a {...linkTo(props, { view: 'map' })}>{t('pgBackToMap')}</a>
      </p>
      {body}
    </section>
  );
}
