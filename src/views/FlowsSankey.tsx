import { Sankey } from '../charts/sankey/Sankey.tsx';
import type { T } from '../i18n/types.ts';

interface Props {
  left: readonly string[];
  right: readonly string[];
  cells: readonly (readonly number[])[];
  other: string;
  title: string;
  name: (key: string) => string;
  money: (v: number) => string;
  pct: (v: number) => string;
  t: T;
  /** The words of one band, as the view's table and matrix say them. */
  flowLine: (source: string, target: string, value: number) => string;
}

/**
 * Exporters to importers as the flows view draws them, between countries or between groups:
 * at full size in a scroller where the column is narrower, so its labels stay readable (never
 * under 11 px) instead of shrinking with the screen.
 */
export function FlowsSankey({
  left,
  right,
  cells,
  other,
  title,
  name,
  money,
  pct,
  t,
  flowLine,
}: Props) {
  return (
    <div className="chart-scroll" role="region" aria-labelledby="fl-caption" tabIndex={0}>
      <Sankey
        left={left}
        right={right}
        cells={cells}
        other={other}
        title={title}
        name={name}
        money={money}
        share={pct}
        sideLabels={{ left: t('flExporters'), right: t('flImporters') }}
        nodeLabel={(n) =>
          t(n.side === 'left' ? 'flNodeExports' : 'flNodeImports', {
            name: name(n.key),
            value: money(n.value),
            share: pct(n.share),
          })
        }
        linkLabel={(s, tg, v) => flowLine(s, tg, v)}
      />
    </div>
  );
}
