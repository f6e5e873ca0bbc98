/**
 * Memory probe for the pipeline benchmark, loaded with `node --import`:
 * - $BENCH_RSS_FILE: writes the process's peak resident set size in bytes there when the
 *   process exits normally (not when V8 aborts, out of memory). Used where /usr/bin/time is
 *   missing.
 * - $BENCH_MEM_TRACE=<ms>: prints `memtrace {...}` lines on stderr every <ms> ms (seconds
 *   since start, RSS, V8 heap used and total, external and array buffers, in MiB), to see
 *   whether a peak is JavaScript heap or native memory (DuckDB).
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}

const every = Number(process.env.BENCH_MEM_TRACE ?? 0);
if (every > 0) {
  const t0 = performance.now();
  const mib = (b: number) => Math.round(b / 1048576);
  setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(
      `memtrace ${JSON.stringify({
        s: Math.round((performance.now() - t0) / 100) / 10,
        rss: mib(m.rss),
        heapUsed: mib(m.heapUsed),
        heapTotal: mib(m.heapTotal),
        external: mib(m.external),
        arrayBuffers: mib(m.arrayBuffers),
      })}\n`,
    );
  }, every).unref();
}
