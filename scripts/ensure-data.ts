import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm start` serves the committed atlas data. If public/data is missing (a partial
 * checkout, or a user deleted it), rebuild it from ../shared/data when that is present;
 * otherwise say what to do instead of serving an empty atlas.
 */
const root = resolve(import.meta.dirname, '..');
const manifest = resolve(root, 'public/data/manifest.json');
const shared = resolve(root, '../shared/data');

if (!existsSync(manifest)) {
  if (!existsSync(shared)) {
    console.error(
      'public/data/manifest.json is missing and ../shared/data is not there to rebuild it.\n' +
        'Restore it with "git checkout public/data", or build it from a BACI release:\n' +
        '  npm run data:build -- --input <folder with BACI files> --out public/data',
    );
    process.exit(1);
  }
  console.error('public/data is missing: building it from ../shared/data …');
  // The embedded datasets are named once, in package.json's data:embedded script.
  const r = spawnSync('npm', ['run', 'data:embedded', '--', '--input', shared], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
