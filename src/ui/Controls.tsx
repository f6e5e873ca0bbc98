import type { ViewProps } from '../views/types.ts';

/** STUB: dataset, year, flow, list, category, HS search, metric, ad-hoc codes. */
export function Controls(props: ViewProps) {
  return <p>{props.state.dataset}</p>;
}
