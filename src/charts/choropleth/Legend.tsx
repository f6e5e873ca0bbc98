import type { ColorScale } from '../../derive/scale.ts';
import { classBounds, ZERO_COLOR } from '../../derive/scale.ts';
import type { T } from '../../i18n/types.ts';

interface Props {
  scale: ColorScale;
  title: string;
  format: (v: number) => string;
  t: T;
  /** Shown for the change metric: countries with nothing the year before. */
  naLabel?: string;
  showZero: boolean;
}

/** A class in words: "under 7.6k", "7.6k to under 3.4m", "230m and over". */
export function classLabel(
  breaks: number[],
  i: number,
  format: (v: number) => string,
  t: T,
): string {
  const b = classBounds(breaks, i);
  switch (b.kind) {
    case 'all':
      return '';
    case 'under':
      return t('legendUnder', { hi: format(b.hi) });
    case 'from':
      return t('legendFrom', { lo: format(b.lo) });
    case 'range':
      return t('legendRange', { lo: format(b.lo), hi: format(b.hi) });
  }
}

/**
 * Classes with their bounds, then the special states: zero (a real value), "not applicable"
 * and "no data" (hatched, as on the map). Each class is worded with its bounds so that
 * neighbouring classes never share a value.
 */
export function Legend({ scale, title, format, t, naLabel, showZero }: Props) {
  const items = scale.colors.map((color, i) => ({
    color,
    label: classLabel(scale.breaks, i, format, t),
    bounds: classBounds(scale.breaks, i),
  }));
  return (
    <figure className="legend" aria-label={title} data-export-legend>
      <figcaption>{title}</figcaption>
      <ul>
        {items.map((it, i) => (
          <li
            key={i}
            data-lo={'lo' in it.bounds ? it.bounds.lo : undefined}
            data-hi={'hi' in it.bounds ? it.bounds.hi : undefined}
          >
            <span className="swatch" style={{ background: it.color }} aria-hidden="true" />
            {it.label}
          </li>
        ))}
        {showZero && (
          <li>
            <span className="swatch" style={{ background: ZERO_COLOR }} aria-hidden="true" />
            {t('legendZero')}
          </li>
        )}
        {naLabel && (
          <li>
            <span className="swatch na" aria-hidden="true" />
            {naLabel}
          </li>
        )}
        <li>
          <span className="swatch hatch" aria-hidden="true" />
          {t('covLegendNoData')}
        </li>
      </ul>
    </figure>
  );
}
