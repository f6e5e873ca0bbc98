import { useId, useRef } from 'react';
import type { ViewProps } from '../state/view-props.ts';
import type { Flow, Metric } from '../state/params.ts';
import { METRICS } from '../state/params.ts';
import { monthName, monthNeighbours, monthRange, periodLabel } from '../derive/months.ts';
import { isMonthly, isPartialYear, monthsOfYear } from '../state/calendar.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdHocCodes } from './controls/AdHocCodes.tsx';
import { HsSearch } from './controls/HsSearch.tsx';
import { CategoryField, DatasetField, ListField } from './controls/StateFields.tsx';
import { linkTo } from './link-to.ts';
import { yearNeighbours } from './controls/panel.ts';
import { changeAvailable } from '../state/calendar.ts';
import './controls.css';

const FLOWS: { flow: Flow; key: MessageKey }[] = [
  { flow: 'export', key: 'ctlExports' },
  { flow: 'import', key: 'ctlImports' },
];
const METRIC_KEYS: Record<Metric, MessageKey> = {
  value: 'ctlMetricValue',
  share: 'ctlMetricShare',
  change: 'ctlMetricChange',
};

/** A chevron drawn rather than typed, so no untranslated glyph reaches screen readers. */
function Chevron({ dir }: { dir: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
      <path
        d={dir === 'left' ? 'M8 1 3 6l5 5' : 'M4 1l5 5-5 5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

/** The map view's control panel: every choice goes through update(), so it lands in the URL. */
export function Controls(props: ViewProps) {
  const { manifest, state, update, t, lang } = props;
  const id = useId();
  const yearRef = useRef<HTMLSelectElement>(null);
  const monthRef = useRef<HTMLSelectElement>(null);
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const years = ds ? [...ds.years].sort((a, b) => a - b) : [];
  const { prev, next } = yearNeighbours(years, state.year);
  const hsCodes = ds?.granularity === 'hs6';

  // Months: monthly datasets only. A single code or a custom list has yearly values only.
  const monthly = isMonthly(ds);
  const yearlyOnly = state.hs !== '' || state.codes.length > 0;
  const month = yearlyOnly ? 0 : state.month;
  const months = monthsOfYear(ds, state.year);
  const partial = isPartialYear(ds, state.year);
  const steps = monthNeighbours(ds, state.year, month);
  const canChange = changeAvailable(ds, state.year, month);
  const changeKey: MessageKey =
    monthly && month > 0
      ? 'moChangeMonth'
      : monthly && partial
        ? 'moChangePeriod'
        : 'ctlMetricChange';
  const monthNotes = [partial && `${id}-month-partial`, yearlyOnly && `${id}-month-yearly`]
    .filter(Boolean)
    .join(' ');
  // HS search and the custom list have yearly values only: choosing one leaves the month.
  const updateCodes: typeof update = (patch, how) =>
    update(patch.hs || patch.codes?.length ? { ...patch, month: 0 } : patch, how);

  const goMonth = (to: { year: number; month: number } | null) => {
    if (to === null) return;
    update(to.year !== state.year ? { year: to.year, month: to.month } : { month: to.month });
    const after = monthNeighbours(ds, to.year, to.month);
    if (after.prev === null || after.next === null) monthRef.current?.focus();
  };

  const goYear = (year: number | null) => {
    if (year === null) return;
    update({ year });
    // The button just pressed may now be disabled (an end of the range) and would drop focus.
    const after = yearNeighbours(years, year);
    if (after.prev === null || after.next === null) yearRef.current?.focus();
  };

  return (
    <section className="ctl" aria-label={t('ctlPanel')}>
      <div className="ctl-row">
        <DatasetField {...props} id={id} />

        <div className="ctl-field">
          <label htmlFor={`${id}-year`}>{t('ctlYear')}</label>
          <div className="ctl-year">
            <button
              type="button"
              aria-label={t('ctlPrevYear')}
              disabled={prev === null}
              onClick={() => goYear(prev)}
            >
              <Chevron dir="left" />
            </button>
            <select
              ref={yearRef}
              id={`${id}-year`}
              value={String(state.year)}
              onChange={(e) => goYear(Number(e.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t('ctlNextYear')}
              disabled={next === null}
              onClick={() => goYear(next)}
            >
              <Chevron dir="right" />
            </button>
          </div>
        </div>

        {monthly && (
          <div className="ctl-field ctl-month">
            <label htmlFor={`${id}-month`}>{t('moMonth')}</label>
            <div className="ctl-year">
              <button
                type="button"
                aria-label={t('moPrevMonth')}
                disabled={steps.prev === null}
                onClick={() => goMonth(steps.prev)}
              >
                <Chevron dir="left" />
              </button>
              <select
                ref={monthRef}
                id={`${id}-month`}
                value={String(month)}
                disabled={yearlyOnly}
                aria-describedby={monthNotes || undefined}
                onChange={(e) => goMonth({ year: state.year, month: Number(e.target.value) })}
              >
                <option value="0">{t('moWholeYear')}</option>
                {months.map((m) => (
                  <option key={m} value={String(m)}>
                    {monthName(lang, m)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                aria-label={t('moNextMonth')}
                disabled={steps.next === null}
                onClick={() => goMonth(steps.next)}
              >
                <Chevron dir="right" />
              </button>
            </div>
            {partial && (
              <p id={`${id}-month-partial`} className="ctl-hint" data-testid="partial-year">
                {t('moPartialYear', {
                  year: String(state.year),
                  range: monthRange(lang, months),
                })}
              </p>
            )}
            {yearlyOnly && (
              <p id={`${id}-month-yearly`} className="ctl-hint">
                {t('moYearlyOnly')}
              </p>
            )}
          </div>
        )}

        <fieldset className="ctl-field ctl-radios">
          <legend>{t('ctlFlow')}</legend>
          {FLOWS.map((f) => (
            <label key={f.flow} className="ctl-choice">
              <input
                type="radio"
                name={`${id}-flow`}
                value={f.flow}
                checked={state.flow === f.flow}
                onChange={() => update({ flow: f.flow })}
              />
              <span>{t(f.key)}</span>
            </label>
          ))}
        </fieldset>
      </div>

      <div className="ctl-row">
        <ListField {...props} id={id} />

        <CategoryField {...props} id={id} />

        <fieldset className="ctl-field ctl-radios">
          <legend>{t('ctlMetric')}</legend>
          {METRICS.map((m) => {
            const off = m === 'change' && !canChange;
            return (
              <label key={m} className={off ? 'ctl-choice ctl-off' : 'ctl-choice'}>
                <input
                  type="radio"
                  name={`${id}-metric`}
                  value={m}
                  checked={state.metric === m}
                  disabled={off}
                  aria-describedby={off ? `${id}-change-why` : undefined}
                  onChange={() => update({ metric: m })}
                />
                <span>
                  {t(m === 'change' ? changeKey : METRIC_KEYS[m], { currency: ds?.currency ?? '' })}
                </span>
              </label>
            );
          })}
          {!canChange && (
            <p id={`${id}-change-why`} className="ctl-hint">
              {monthly
                ? t('moChangeUnavailable', {
                    period: periodLabel(ds, state.year, month, lang, (v) => t('moYearPart', v)),
                  })
                : t('ctlChangeUnavailable', { year: String(state.year) })}
            </p>
          )}
        </fieldset>
      </div>

      {state.hs && <p className="ctl-hint">{t('ctlHsOverrides')}</p>}

      <div className="ctl-row">
        {ds && hsCodes ? (
          <>
            {/* Keyed by dataset: a query or draft typed for another dataset's codes starts over. */}
            <HsSearch
              key={`hs-${ds.id}`}
              manifest={manifest}
              ds={ds}
              hs={state.hs}
              update={updateCodes}
              t={t}
              productLink={(code) => linkTo(props, { view: 'product', hs: code, codes: [] })}
            />
            <AdHocCodes
              key={`codes-${ds.id}`}
              manifest={manifest}
              ds={ds}
              codes={state.codes}
              update={updateCodes}
              t={t}
            />
          </>
        ) : (
          <div className="ctl-field">
            <p className="ctl-hint">{t('ctlHsCategoryOnly')}</p>
            <p className="ctl-hint">{t('ctlAdHocCategoryOnly')}</p>
          </div>
        )}
      </div>
    </section>
  );
}
