/**
 * Screenshots of every main view at the five rooms the atlas is designed for, from the
 * production build, as a reviewer would see them. Run with `npm run screenshots`.
 *
 *   --dist <dir>    the build to shoot (default dist/)
 *   --out <dir>     where the PNGs go (default docs/screenshots)
 *   --only a,b      only these shots (names as in SHOTS: map, country, present-1...)
 *   --suffix <s>    appended to each file name ("-before" for the state before a change)
 *
 * Each file is <shot>-<viewport><suffix>.png at device scale 1, so the folder stays small.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, serveDist } from '../test/e2e/harness.ts';
import { ROOMS, SHOTS, openIn } from '../test/e2e/rooms.ts';

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string', default: 'docs/screenshots' },
      only: { type: 'string' },
      suffix: { type: 'string', default: '' },
    },
  });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const only = values.only?.split(',');
  const server = await serveDist(values.dist ? resolve(values.dist) : undefined);
  const browser = await launch();
  const failed: string[] = [];
  try {
    for (const [name, shot] of Object.entries(SHOTS)) {
      if (only && !only.includes(name)) continue;
      for (const room of ROOMS) {
        const file = resolve(out, `${name}-${room.name}${values.suffix}.png`);
        // A busy machine can miss a view's first draw: one more try before giving up on it.
        for (let attempt = 1; ; attempt++) {
          try {
            const page = await openIn(browser, server.url, room, shot.q, shot.ready);
            await page.screenshot({ path: file, fullPage: false });
            await page.context().close();
            console.log(file);
            break;
          } catch (e) {
            if (attempt >= 2) {
              failed.push(`${file}: ${String(e).split('\n')[0]}`);
              break;
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed.length > 0) {
    console.error(`not written:\n${failed.join('\n')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
