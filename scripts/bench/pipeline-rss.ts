/**
 * Peak-memory probe for the pipeline benchmark, used only where /usr/bin/time is missing:
 * loaded with `node --import`, it writes the process's peak resident set size in bytes to
 * $BENCH_RSS_FILE when the process exits normally (not when V8 aborts, out of memory).
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
