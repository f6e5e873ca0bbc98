import type { HsEdition, ShardRef } from '../../src/schema/manifest.ts';
import { DOWNLOAD_COLUMNS } from '../../src/schema/manifest.ts';
import { csvRow } from '../lib/csv-write.ts';
import type { StrategicList } from '../lists/load-lists.ts';
import type { CountryRegistry } from '../normalize/countries.ts';
import { kgToTonnesText } from '../normalize/numbers.ts';
import type { ReferenceData } from '../readers/types.ts';
import type { OutputDir } from './output-dir.ts';
import { num, type Stage } from './stage.ts';

/**
 * downloads/<dataset>.csv.gz: the full strategic-goods table in the download contract's
 * columns, one row per flow and list category, streamed from DuckDB through gzip.
 */
export async function writeDownload(
  stage: Stage,
  out: OutputDir,
  ds: { id: string; hsEdition: HsEdition; currency: string; mirror: boolean },
  ref: ReferenceData,
  lists: StrategicList[],
  countries: CountryRegistry,
): Promise<ShardRef> {
  // Descriptions and list items in the row's own edition (a source may change edition by
  // year): a code of another edition may mean something else.
  const descriptions = (edition: string) => ref.products.get(edition as HsEdition);
  const itemsByEdition = new Map<string, Map<string, string>>();
  const items = (edition: string) => {
    let m = itemsByEdition.get(edition);
    if (!m) {
      m = new Map(
        lists
          .filter((l) => l.hsEdition === edition)
          .flatMap((l) => l.codes.map((c) => [c.hs6, c.item] as const)),
      );
      itemsByEdition.set(edition, m);
    }
    return m;
  };
  let count = 0;
  async function* text(): AsyncGenerator<string> {
    // Sources with both declarations add a last column saying whose each row is.
    yield [...DOWNLOAD_COLUMNS, ...(ds.mirror ? ['reported_by'] : [])].join(',') + '\n';
    for await (const rows of stage.streamRows<DownloadRow>(
      `SELECT year, period, exporter, importer, hs6, list, category, value, qty_kg, reported_by,
              edition
       FROM classified WHERE dataset = '${ds.id}'
       ORDER BY year, period, exporter, importer, hs6, list, category, reported_by`,
    )) {
      count += rows.length;
      let chunk = '';
      for (const r of rows) {
        chunk +=
          csvRow([
            r.year,
            r.period,
            r.exporter,
            countries.name(r.exporter),
            r.importer,
            countries.name(r.importer),
            r.hs6 ?? '',
            r.hs6 ? (descriptions(r.edition)?.get(r.hs6) ?? items(r.edition).get(r.hs6) ?? '') : '',
            r.list,
            r.category,
            num(r.value),
            ds.currency,
            r.qty_kg === null ? null : kgToTonnesText(num(r.qty_kg)),
            ...(ds.mirror ? [r.reported_by] : []),
          ]) + '\n';
      }
      yield chunk;
    }
  }
  return out.writeGzipStream(`downloads/${ds.id}.csv.gz`, text(), () => count);
}

interface DownloadRow {
  year: number;
  period: string;
  exporter: string;
  importer: string;
  hs6: string | null;
  list: string;
  category: string;
  value: bigint;
  qty_kg: bigint | null;
  reported_by: string | null;
  edition: string;
}
