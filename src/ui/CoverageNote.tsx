import type { DatasetMeta, Lang } from '../schema/manifest.ts';
import { editionOf, reachLimited } from '../derive/resolve.ts';
import { formatInteger } from '../format/number.ts';
import { datasetReach } from '../i18n/notes.ts';
import type { T } from '../i18n/types.ts';

/**
 * What a dataset covers, in one box under the titles that say "total" or "world": a product
 * subset (the 32-code BACI extract) in the reader's language from the manifest's record of the
 * input, and for data that speak for only some places (Eurostat's EU-27 exports to seven
 * partners, one administration's exports) the source's own description of its reach.
 */
export function CoverageNote({
  ds,
  t,
  lang,
  year,
}: {
  ds: DatasetMeta | undefined;
  t: T;
  lang: Lang;
  /** The year shown: only its HS edition's count is given (Eurostat: HS2017 to 2021). */
  year?: number;
}) {
  if (!ds) return null;
  const cov = ds.inputCoverage;
  const edition = year === undefined ? null : editionOf(ds, year);
  const subset = cov.productSubset
    ? cov.hsCodes
        .filter((h) => edition === null || h.edition === edition)
        .map((h) =>
          t(h.nomenclature > 0 ? 'covSubset' : 'covSubsetUnknown', {
            k: formatInteger(h.input, lang),
            n: formatInteger(h.nomenclature, lang),
            edition: h.edition,
          }),
        )
    : [];
  // The dataset's reach in the reader's language; quoted in English if the atlas cannot word it.
  const own = reachLimited(ds) ? datasetReach(ds, lang) : null;
  const [before, after] =
    reachLimited(ds) && (own || ds.coverage)
      ? t('coverageNote', { coverage: '\u0000' }).split('\u0000')
      : [];
  const reach = before !== undefined && (own || ds.coverage);
  if (subset.length === 0 && !reach) return null;
  return (
    <div className="coverage-note" role="note" data-testid="dataset-coverage">
      {subset.map((s) => (
        <p key={s} data-testid="subset-note">
          {s}
        </p>
      ))}
      {reach && (
        <p data-testid="reach-note">
          {before}
          {own ?? <span lang="en">{ds.coverage}</span>}
          {after}
        </p>
      )}
    </div>
  );
}
