import type { ReactNode } from 'react';
import type { ListCode } from '../../derive/compare.ts';
import type { ProfileFigures } from '../../derive/profile-figures.ts';
import type { Resolved } from '../../derive/resolve.ts';
import type {
  ColumnarShard,
  CountryColumns,
  ProductColumns,
  WorldPaths,
} from '../../schema/manifest.ts';
import type { useTopology } from '../../data/use-data.ts';
import type { ViewProps } from '../../state/view-props.ts';

/**
 * What the country page hands its sections (the profile, its comparison and its indicators);
 * in a module of its own so the sections do not import the page that imports them.
 */
export interface CountryProfileProps extends ViewProps {
  res: Resolved;
  figures: ProfileFigures;
  /** The shard keys the selection counts in a year (its codes in that year's HS edition). */
  keys: (year: number) => ReadonlySet<string>;
  shard: ColumnarShard<CountryColumns>;
  /** The list's codes, for descriptions. */
  entries: ReadonlyMap<string, ListCode>;
  products: { code: string; shard: ColumnarShard<ProductColumns> }[];
  /** World geometry for the partners map (loads beside the shards). */
  topo: ReturnType<typeof useTopology<WorldPaths>>;
  /** The monthly section, for monthly datasets (placed after the totals). */
  monthly: ReactNode;
}
