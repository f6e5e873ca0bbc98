import type { ViewProps } from './types.ts';

/** STUB, to be written. */
export function SourcesView(props: ViewProps) {
  return <p>{props.state.view}</p>;
}
