import type { ViewProps } from '../../views/types.ts';

/** Placeholder while it is built (issue 6). */
export function ExportMenu(_props: ViewProps) {
  return null;
}
