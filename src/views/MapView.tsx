import type { ViewProps } from './types.ts';
import { Overview } from './Overview.tsx';

/** Until the map lands: the dataset overview. */
export function MapView(props: ViewProps) {
  return <Overview manifest={props.manifest} lang={props.lang} t={props.t} />;
}
