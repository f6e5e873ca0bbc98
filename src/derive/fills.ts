import type { Metric } from '../state/params.ts';
import type { MapModel } from './map-model.ts';
import { NA_COLOR, ZERO_COLOR, type ColorScale } from './scale.ts';

/**
 * The fill of every place on the map. Three states stay distinct: a class colour for a
 * value, a neutral grey for a true zero, and null ("no data", drawn hatched) for places the
 * dataset does not cover at all.
 */
export function countryFills(
  ids: readonly string[],
  model: MapModel,
  metric: Metric,
  scale: ColorScale,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const id of ids) {
    const v = model.values.get(id);
    if (!v) out.set(id, null);
    else if (metric === 'change') {
      if (v.change !== null) out.set(id, scale.color(v.change));
      else out.set(id, v.value === 0 ? ZERO_COLOR : NA_COLOR);
    } else if (v.value === 0) out.set(id, ZERO_COLOR);
    else out.set(id, scale.color(metric === 'share' ? v.share : v.value));
  }
  return out;
}
