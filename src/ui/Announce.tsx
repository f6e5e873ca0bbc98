import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';

// Hidden from sight only: screen readers still read it. Inline so that it works in every view
// whichever style sheets that view has loaded.
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * A polite live region that speaks what a filter change did (the new title and total), since
 * the change happens away from the control that caused it. Silent on the first render: a page
 * that has just loaded is read from its heading, and announcing it too would say it twice.
 */
export function Announce({ text }: { text: string }) {
  // The first complete text, the one the page opened with; empty while data load.
  const first = useRef<string | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!text) return;
    if (first.current === null) {
      first.current = text;
      return;
    }
    if (text !== first.current || said !== '') setSaid(text);
  }, [text, said]);
  return (
    <p role="status" aria-live="polite" aria-atomic="true" style={HIDDEN} data-testid="announce">
      {said}
    </p>
  );
}
