import type { Coverage, Resolved } from '../derive/resolve.ts';
import { formatInteger } from '../format/number.ts';
import { linkTo } from './link-to.ts';
import type { ViewProps } from '../state/view-props.ts';
import './coverage.css';

/**
 * How much of the selection the input holds, said where its totals are shown: "2 of the 50
 * codes of this selection have data", with the codes behind a disclosure (those with data link
 * to their product pages). A selection without any covered code says "no data", never zero.
 */
export function SelectionCoverage(
  props: ViewProps & { res: Resolved; coverage: Coverage; period: string },
) {
  const { res, coverage: c, period, t, lang } = props;
  const n = (v: number) => formatInteger(v, lang);
  const vars = { k: n(c.withRows.length), n: n(c.asked.length), year: period };
  let sentence: string;
  if (res.kind === 'hs') {
    if (c.withRows.length > 0) return null;
    sentence = t('covCodeNone', { code: res.codes[0] ?? '', year: period });
  } else if (res.kind === 'codes') {
    const none = c.asked.filter((x) => !c.withRows.includes(x));
    if (none.length === 0) return null;
    sentence = t('covCodesMissing', { n: n(none.length), codes: none.join(', ') });
  } else if (c.asked.length === 0) {
    return null;
  } else if (c.unit === 'category') {
    if (c.complete) return null;
    sentence = t(c.withRows.length === 0 ? 'covCatNone' : 'covCatPartial', vars);
  } else {
    sentence = t(
      c.complete ? 'covSelComplete' : c.withRows.length === 0 ? 'covSelNone' : 'covSelPartial',
      vars,
    );
  }
  const showCodes = c.unit === 'code' && res.kind !== 'hs' && !c.complete;
  return (
    <div
      className={c.complete ? 'sel-coverage complete' : 'sel-coverage'}
      role="note"
      data-testid="selection-coverage"
      data-with={c.withRows.length}
      data-of={c.asked.length}
    >
      <p>{sentence}</p>
      {showCodes && (
        <details>
          <summary>{t('covWhich')}</summary>
          <CodeGroup
            {...props}
            label={t('covWithRows', { n: n(c.withRows.length) })}
            codes={c.withRows}
            link
          />
          <CodeGroup
            {...props}
            label={t('covWithoutRows', { n: n(c.withoutRows.length) })}
            codes={c.withoutRows}
          />
          <CodeGroup
            {...props}
            label={t('covNoCounterpart', {
              n: n(c.noCounterpart.length),
              edition: res.period.edition,
            })}
            codes={c.noCounterpart}
          />
        </details>
      )}
    </div>
  );
}

function CodeGroup(props: ViewProps & { label: string; codes: string[]; link?: boolean }) {
  const { label, codes, link } = props;
  if (codes.length === 0) return null;
  return (
    <p className="sel-coverage-codes">
      <span>{label}</span>{' '}
      {codes.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          {link ? <a {...linkTo(props, { view: 'product', hs: code, codes: [] })}>{code}</a> : code}
        </span>
      ))}
    </p>
  );
}
