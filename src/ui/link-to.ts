import type { MouseEvent } from 'react';
import { normalizeState, serializeState } from '../state/url-state.ts';
import { type AtlasState } from '../state/params.ts';
import type { ViewProps } from '../state/view-props.ts';

/**
 * A real link (so it opens in a new tab, can be copied, and works without script) that
 * changes the state in place on a plain click, as the shell's navigation does.
 */
export function linkTo(
  { manifest, state, update }: Pick<ViewProps, 'manifest' | 'state' | 'update'>,
  patch: Partial<AtlasState>,
): { href: string; onClick: (e: MouseEvent<HTMLAnchorElement>) => void } {
  return {
    // Normalised as update() will do, so the link's address is the state a click gives.
    href: serializeState(normalizeState({ ...state, ...patch }, manifest), manifest) || '?',
    onClick: (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      update(patch);
    },
  };
}
