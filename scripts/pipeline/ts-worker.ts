import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM API (its `import` entry: the `require` one cannot register ESM hooks). */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;

/**
 * A worker thread running one of the build's TypeScript modules: a worker thread gets no
 * module hooks from its parent (Node 20), so it registers tsx itself before loading it.
 */
export function tsWorker(module: URL): Worker {
  return new Worker(
    `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register();
       return import(${JSON.stringify(module.href)}); })`,
    { eval: true },
  );
}
