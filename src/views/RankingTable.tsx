import { useId, useMemo, useState } from 'react';
import type { MapModel } from '../derive/map-model.ts';
import {
  filterRows,
  nextSort,
  rankingRows,
  sortRows,
  type SortDir,
  type SortKey,
} from '../derive/ranking.ts';
import { formatChange, formatInteger, formatShare } from '../format/number.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { selectionLabel } from '../derive/list-info.ts';
import { resolve } from '../derive/resolve.ts';
import { linkTo } from '../ui/link-to.ts';
import type { ViewProps } from '../state/view-props.ts';
import './pages.css';

export interface RankingProps extends ViewProps {
  model: MapModel;
  currency: string;
  /** The period shown ("March 2022") and the one the change compares with; years by default. */
  period?: string;
  prevPeriod?: string;
  /** Beside the map: fewer rows shown at first. The table view shows all. */
  compact?: boolean;
  /** The total line under the caption, worded for what the data cover (a formatted total in). */
  totalLine: (value: string) => string;
}

const COMPACT_ROWS = 15;

const COLUMNS: { key: SortKey; label: MessageKey; num: boolean }[] = [
  { key: 'rank', label: 'rank', num: true },
  { key: 'country', label: 'country', num: false },
  { key: 'value', label: 'pgColValueIn', num: true },
  { key: 'share', label: 'share', num: true },
  { key: 'change', label: 'pgColChangeFrom', num: true },
];

/** Sortable, searchable ranking of the countries of the map's selection. */
export function RankingTable(props: RankingProps) {
  const { model, currency, compact = false, state, t, lang, manifest, nameOf } = props;
  const period = props.period ?? String(model.year);
  const prevPeriod = props.prevPeriod ?? String(model.previousYear ?? '');
  const [chosen, setSort] = useState<{ key: SortKey; dir: SortDir }>({
    key: 'rank',
    dir: 'ascending',
  });
  const prev = model.previousYear;
  // A year without a previous one has no change column: fall back to rank rather than
  // keep sorting by a column that is no longer there.
  const sort: typeof chosen =
    chosen.key === 'change' && prev === null ? { key: 'rank', dir: 'ascending' } : chosen;
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const id = useId();

  const all = useMemo(() => rankingRows(model.values.values(), nameOf), [model, nameOf]);
  const shown = useMemo(
    () => sortRows(filterRows(all, query, lang), sort.key, sort.dir, lang),
    [all, query, sort.key, sort.dir, lang],
  );
  const limited = compact && !showAll && shown.length > COMPACT_ROWS;
  const rows = limited ? shown.slice(0, COMPACT_ROWS) : shown;
  const columns = COLUMNS.filter((c) => c.key !== 'change' || prev !== null);
  const caption = t(state.flow === 'export' ? 'pgRankCapExport' : 'pgRankCapImport', {
    what: selectionLabel(resolve(manifest, state), null, t, lang),
    year: period,
  });

  return (
    <div className="pg pg-ranking">
      <div className="pg-toolbar">
        <label htmlFor={`${id}-q`}>{t('pgSearchCountry')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="pg-count" role="status" aria-live="polite">
          {t('pgShownOf', {
            n: formatInteger(shown.length, lang),
            total: formatInteger(all.length, lang),
          })}
        </p>
      </div>
      <div className="pg-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table className="pg-table" data-testid="ranking-table">
          <caption id={`${id}-cap`}>
            {caption}
            <span className="pg-caption-note">
              {props.totalLine(`${formatInteger(model.world, lang)} ${currency}`)}
            </span>
          </caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.num ? 'num' : undefined}
                    aria-sort={active ? sort.dir : undefined}
                  >
                    <button type="button" onClick={() => setSort(nextSort(sort, c.key))}>
                      {t(c.label, { currency, prev: prevPeriod })}
                      <span aria-hidden="true" className="pg-sort-mark">
                        {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3} className={r.value > 0 ? undefined : 'pg-zero'}>
                <td className="num">
                  {r.rank > 0 ? (
                    formatInteger(r.rank, lang)
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="pg-sr">{t('pgNoRank')}</span>
                    </>
                  )}
                </td>
                <th scope="row">
                  <a {...linkTo(props, { view: 'country', country: r.iso3 })}>{r.name}</a>
                </th>
                <td className="num" data-value={r.value}>
                  {formatInteger(r.value, lang)}
                </td>
                <td className="num">{formatShare(r.share, lang)}</td>
                {prev !== null && (
                  <td className="num">
                    {r.change === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="pg-sr">{t('pgNoChange', { prev: prevPeriod })}</span>
                      </>
                    ) : (
                      formatChange(r.change, lang)
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="pg-empty">{t('pgNoMatch', { query })}</p>}
      {compact && shown.length > COMPACT_ROWS && (
        <button type="button" className="pg-more" onClick={() => setShowAll((v) => !v)}>
          {showAll
            ? t('pgShowTop', { n: COMPACT_ROWS })
            : t('pgShowAll', { n: formatInteger(shown.length, lang) })}
        </button>
      )}
    </div>
  );
}
