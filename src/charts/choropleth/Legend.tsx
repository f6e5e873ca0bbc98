import type { ColorScale } from '../../derive/scale.ts';
import { ZERO_COLOR } from '../../derive/scale.ts';
import type { T } from '../../views/types.ts';

interface Props {
  scale: ColorScale;
  title: string;
  format: (v: number) => string;
  t: T;
  /** Shown for the change metric: countries with nothing the year before. */
  naLabel?: string;
  showZero: boolean;
}

/**
 * Classes with their bounds, then the special states: zero (a real value), "not applicable"
 * and "no data" (hatched, as on the map). Ranges read "a – b" so the breaks are explicit.
 */
export function Legend({ scale, title, format, t, naLabel, showZero }: Props) {
  const items = scale.colors.map((color, i) => {
    const lo = i === 0 ? null : scale.breaks[i - 1];
    const hi = scale.breaks[i];
    const label =
      lo === undefined || lo === null
        ? `≤ ${hi === undefined ? '' : format(hi)}`
        : hi === undefined
          ? `> ${format(lo)}`
          : `${format(lo)} – ${format(hi)}`;
    return { color, label: scale.breaks.length === 0 ? '' : label };
  });
  return (
    <figure className="legend" aria-label={title} data-export-legend>
      <figcaption>{title}</figcaption>
      <ul>
        {items.map((it, i) => (
          <li key={i}>
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
