import type { MapModel } from '../derive/map-model.ts';
import type { ViewProps } from './types.ts';

export interface RankingProps extends ViewProps {
  model: MapModel;
  currency: string;
  /** Beside the map: fewer rows shown at first. The table view shows all. */
  compact?: boolean;
}

/** STUB: sortable, searchable ranking of countries with the map's filters. */
export function RankingTable({ model }: RankingProps) {
  return <p>{model.reporting}</p>;
}
