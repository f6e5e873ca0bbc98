import type { DatasetMeta } from '../schema/manifest.ts';
import type { T } from '../views/types.ts';

/**
 * For data that is not world trade (Eurostat's EU-27 exports to seven partners, one
 * administration's exports): says what it covers, so "world" totals and shares are not read
 * as world trade.
 */
export function CoverageNote({ ds, t }: { ds: DatasetMeta | undefined; t: T }) {
  if (!ds?.coverage) return null;
  return (
    <p className="coverage-note" role="note">
      {t('coverageNote', { coverage: ds.coverage })}
    </p>
  );
}
