import type { ViewProps } from '../../views/types.ts';

/** Placeholder while it is built (issue 6). */
export function DownloadMenu(_props: ViewProps) {
  return null;
}
