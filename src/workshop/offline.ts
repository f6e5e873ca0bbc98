import { dataUrl } from '../data/loader.ts';
import type { Manifest } from '../schema/manifest.ts';

/** The service worker's runtime cache of data files (vite.config.ts uses the same name). */
export const DATA_CACHE = 'atlas-data';

/**
 * The data files a workshop on one dataset needs: the manifest, the world map, every list,
 * and the dataset's map, month, flows, country and product shards (not the bulk downloads).
 */
export function workshopFiles(manifest: Manifest, dataset: string): string[] {
  const s = manifest.shards;
  const mine = (group: Record<string, { path: string }> | undefined) =>
    Object.entries(group ?? {})
      .filter(([key]) => key.startsWith(`${dataset}/`))
      .map(([, ref]) => ref.path);
  const all = (group: Record<string, { path: string }> | undefined) =>
    Object.values(group ?? {}).map((ref) => ref.path);
  return [
    ...new Set([
      'manifest.json',
      manifest.geo.world.path,
      ...all(s.list),
      ...all(s.conversion),
      ...mine(s.map),
      ...mine(s.month),
      ...mine(s.flows),
      ...mine(s.country),
      ...mine(s.product),
    ]),
  ];
}

/** Whether files stored now will be served offline: a service worker controls the page. */
export function offlinePossible(): boolean {
  return (
    typeof caches !== 'undefined' &&
    'serviceWorker' in navigator &&
    navigator.serviceWorker.controller !== null
  );
}

/**
 * Fetches the files (fresh from the network, so they match the current manifest) into the data
 * cache, a few at a time, reporting progress. Returns how many could not be stored.
 */
export async function storeOffline(
  paths: string[],
  progress: (done: number, total: number) => void,
): Promise<{ failed: number }> {
  const cache = await caches.open(DATA_CACHE);
  let done = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const url = dataUrl(paths[next++] as string);
      try {
        const res = await fetch(url, { cache: 'no-cache' });
        if (res.ok) await cache.put(url, res);
        else failed++;
      } catch {
        failed++;
      }
      progress(++done, paths.length);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return { failed };
}
