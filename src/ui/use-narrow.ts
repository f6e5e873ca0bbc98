import { useSyncExternalStore } from 'react';

/**
 * The phone layout's width, shared with layout.css. Where the phone shows a block elsewhere
 * than the laptop (the toolbar after the view, the filters folded above the chart), the block
 * is rendered where it is seen rather than moved by CSS, so that the keyboard and a screen
 * reader meet it in the order the eye does.
 */
export const NARROW = '(max-width: 40rem)';

const subscribe = (onChange: () => void) => {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};

/** True on a phone-width screen; follows the window as it is resized or turned. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
