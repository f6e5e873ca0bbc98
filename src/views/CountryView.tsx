import type { ViewProps } from './types.ts';

/** STUB, to be written. */
export function CountryView(props: ViewProps) {
  return <p>{props.state.view}</p>;
}
