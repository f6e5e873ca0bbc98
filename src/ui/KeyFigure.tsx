import { formatAmount, formatMoney } from '../format/number.ts';
import type { Lang } from '../schema/manifest.ts';

/**
 * A key figure as a reader takes it in: compact ("US$1.3bn"), with the exact amount one hover
 * away (the abbreviation's title, which screen readers also offer).
 */
export function KeyFigure({
  value,
  currency,
  lang,
}: {
  value: number;
  currency: string;
  lang: Lang;
}) {
  const exact = formatAmount(value, currency, lang);
  return (
    <span className="kf-figure">
      <abbr title={exact}>{formatMoney(value, currency, lang)}</abbr>
    </span>
  );
}
