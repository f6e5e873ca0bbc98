import type { ViewProps } from './types.ts';

/** STUB, to be written. */
export function CompareView(props: ViewProps) {
  return <p>{props.state.view}</p>;
}
