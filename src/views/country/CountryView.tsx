import { CoverageNote } from '../../ui/CoverageNote.tsx';
import { useMemo, type ReactNode } from 'react';
import { useShard, useShards, useTopology } from '../../data/use-data.ts';
import { useSelection } from '../use-selection.ts';
import type {
  ColumnarShard,
  CountryColumns,
  MapColumns,
  MonthColumns,
  ProductColumns,
  ShardRef,
  WorldPaths,
} from '../../schema/manifest.ts';
import { allMonthShardRefs, periodLabel } from '../../derive/months.ts';
import { isMonthly } from '../../state/calendar.ts';
import { productYears, type TotalsSource } from '../../derive/figures.ts';
import { profileFigures } from '../../derive/profile-figures.ts';
import { CountryMonthly } from './CountryMonthly.tsx';
import { CountryProfile } from './CountryProfile.tsx';
import { CountryGroups } from './CountryGroups.tsx';
import { shardKey } from '../../schema/manifest.ts';
import { StateSelects } from '../../ui/StateSelects.tsx';
import { SelectionCoverage } from '../../ui/SelectionCoverage.tsx';
import { linkTo } from '../../ui/link-to.ts';
import { selectionLabel } from '../../derive/list-info.ts';
import { Year2Select } from './ProfileCompare.tsx';
import type { ViewProps } from '../../state/view-props.ts';
import { DataErrorNote } from '../../ui/DataStatus.tsx';
import '../pages.css';
import { registerCatalog } from '../../i18n/messages.ts';
import * as pagesCatalogue from '../../i18n/catalog/pages.ts';
import * as profilesCatalogue from '../../i18n/catalog/profiles.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);
registerCatalog(profilesCatalogue);

/**
 * The country profile: loads what the resolved selection names (country shard, list and
 * conversion shards, map or month shards of the period and the comparison year, product shards
 * of the codes traded for unit values) and hands the figures to CountryProfile.
 */
export function CountryView(props: ViewProps) {
  const { manifest, state, t, nameOf, lang } = props;
  const { res, sel, keys, failure } = useSelection(manifest, state, true);
  const ds = res?.dataset;
  const list = res?.list;
  const iso3 = state.country;
  const countryRef =
    iso3 && ds ? manifest.shards.country[shardKey.country(ds.id, iso3)] : undefined;
  // Monthly datasets: every year's month shard, for the chart; a partial year's totals (and a
  // second year compared over the same months) are summed from them, so changes are like for like.
  const monthly = isMonthly(ds);
  const monthParts = useShards<MonthColumns>(
    monthly && ds && list && iso3 ? allMonthShardRefs(manifest, ds, list.id) : [],
    t('moNoMonthShard'),
  );
  // The totals read the shards the resolved selection names, as the map does.
  const totalMonths = useShards<MonthColumns>(
    res && iso3 ? res.refs.month : [],
    t('moNoMonthShard'),
  );
  const mapParts = useShards<MapColumns>(res && iso3 ? res.refs.map : [], t('pgNoMapShard'));
  const secondMap = useShards<MapColumns>(res && iso3 ? res.refs.secondMap : [], t('pgNoMapShard'));
  const secondMonths = useShards<MonthColumns>(
    res && iso3 ? res.refs.secondMonth : [],
    t('moNoMonthShard'),
  );
  const country = useShard<CountryColumns>(countryRef, t('pgNoCountryShard'));
  const topo = useTopology<WorldPaths>(iso3 ? manifest.geo.world : undefined);

  // Product shards: the selected codes (their totals by country), and the codes the country
  // traded in the year (unit values against the world median); only for HS6 datasets.
  const productCodes = useMemo(() => {
    if (!res || res.dataset.granularity !== 'hs6') return [];
    const wanted = new Set(res.refs.product.map((p) => p.code));
    if (country.status === 'ready' && keys) {
      const k = keys(res.period.year);
      const d = country.data.data;
      for (let i = 0; i < d.year.length; i++)
        if (Number(d.year[i]) === res.period.year && k.has(String(d.code[i])))
          wanted.add(String(d.code[i]));
    }
    return [...wanted]
      .filter((c) => manifest.shards.product[shardKey.product(res.dataset.id, c)])
      .sort();
  }, [res, country, keys, manifest]);
  const products = useShards<ProductColumns>(
    res
      ? productCodes.map(
          (c) => manifest.shards.product[shardKey.product(res.dataset.id, c)] as ShardRef,
        )
      : [],
  );

  const partial = (v: { year: string; range: string }) => t('moYearPart', v);
  const period = periodLabel(ds, state.year, 0, lang, partial);
  let body: ReactNode;
  let coverageNote: ReactNode = null;
  if (!iso3 || !res || !ds || !list) body = <p>{t('pgCountryNone')}</p>;
  else if (!countryRef) {
    // Not an error: the place is real but has no trade under any list code of this dataset.
    body = (
      <p className="pg-note" role="note">
        {t('pgCountryNoData', { country: nameOf(iso3), dataset: ds.title })}
      </p>
    );
  } else {
    const failed = [
      country,
      mapParts,
      secondMap,
      monthParts,
      totalMonths,
      secondMonths,
      products,
    ].find((x) => x.status === 'error');
    if (failure) body = <DataErrorNote t={t} failure={failure} />;
    else if (failed?.status === 'error') body = <DataErrorNote t={t} failure={failed} />;
    else if (
      sel &&
      keys &&
      country.status === 'ready' &&
      products.status === 'ready' &&
      mapParts.status === 'ready' &&
      secondMap.status === 'ready' &&
      monthParts.status === 'ready' &&
      totalMonths.status === 'ready' &&
      secondMonths.status === 'ready'
    ) {
      const loaded = productCodes.map((code, i) => ({
        code,
        shard: products.data[i] as ColumnarShard<ProductColumns>,
      }));
      const selected = loaded.filter((p) => res.codes.includes(p.code));
      const totals: TotalsSource = {
        products: selected,
        month: totalMonths.data,
        map: mapParts.data,
      };
      const second: TotalsSource | undefined = res.second
        ? { products: selected, month: secondMonths.data, map: secondMap.data }
        : undefined;
      const figures = profileFigures({
        manifest,
        res,
        sel,
        keys,
        iso3,
        country: country.data,
        totals,
        second,
        productYears: productYears(selected),
      });
      coverageNote = (
        <SelectionCoverage {...props} res={res} coverage={figures.coverage} period={period} />
      );
      body = (
        <CountryProfile
          {...props}
          res={res}
          figures={figures}
          keys={keys}
          shard={country.data}
          entries={sel.entries}
          products={loaded}
          topo={topo}
          monthly={monthly ? <CountryMonthly {...props} res={res} shards={monthParts} /> : null}
        />
      );
    } else body = <p role="status">{t('loading')}</p>;
  }

  const selection = selectionLabel(res, null, t, lang);
  return (
    <section className="pg pg-country" aria-labelledby="pg-country-h" data-iso3={iso3 || undefined}>
      <h2 id="pg-country-h">{iso3 ? nameOf(iso3) : t('pgCountryTitle')}</h2>
      {ds && list && iso3 && (
        <p className="pg-lede">
          {t(res?.kind === 'hs' || res?.kind === 'codes' ? 'covLedeCodes' : 'pgCountryLede', {
            list: selection,
            what: selection,
            dataset: ds.title,
            year: period,
          })}
        </p>
      )}
      <CoverageNote ds={ds} t={t} lang={props.lang} year={props.state.year} />
      {coverageNote}
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
      {iso3 && countryRef && <CountryGroups {...props} />}
    </section>
  );
}
