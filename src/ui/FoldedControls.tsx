import type { ReactNode } from 'react';
import { useNarrow } from './use-narrow.ts';

/**
 * A view's filters: beside or above the chart on a laptop; on a phone folded into one line
 * above it, so the chart leads the screen while the filters stay first in reading and tab
 * order (a phone that showed them after the chart would tab through the chart to reach them).
 */
export function FoldedControls({ summary, children }: { summary: string; children: ReactNode }) {
  const narrow = useNarrow();
  if (!narrow) return <>{children}</>;
  return (
    <details className="ctl-fold" data-testid="controls-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
