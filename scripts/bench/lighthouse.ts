import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../test/e2e/harness.ts';

export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export interface LighthouseResult {
  /** Why Lighthouse gave no scores; when set, the scores are null and were not measured. */
  error: string | null;
  version: string | null;
  formFactor: string | null;
  throttlingMethod: string | null;
  /** 0-100, null when Lighthouse could not score the category. */
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, string>;
  /** Requests the page made to anything but the local server (there should be none). */
  offHostRequests: string[];
  /** Titles of the accessibility audits that did not pass. */
  accessibilityFailures: string[];
  warnings: string[];
}

const empty = (error: string): LighthouseResult => ({
  error,
  version: null,
  formFactor: null,
  throttlingMethod: null,
  performance: null,
  accessibility: null,
  metrics: {},
  offHostRequests: [],
  accessibilityFailures: [],
  warnings: [],
});

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/**
 * Lighthouse's default config (mobile, simulated throttling), performance and accessibility only,
 * against `url` in Chromium at CHROMIUM. Never throws: a run that could not happen says why.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  if (!existsSync(CHROMIUM)) return empty(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  let launcher: typeof import('chrome-launcher');
  let lighthouse: typeof import('lighthouse').default;
  try {
    launcher = await import('chrome-launcher');
    lighthouse = (await import('lighthouse')).default;
  } catch (e) {
    return empty(`could not load Lighthouse: ${message(e)}`);
  }
  let chrome: Awaited<ReturnType<typeof launcher.launch>>;
  try {
    chrome = await launcher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
  } catch (e) {
    return empty(`could not launch ${CHROMIUM} for Lighthouse: ${message(e)}`);
  }
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!run) return empty('Lighthouse returned no result');
    const lhr = run.lhr;
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      return typeof s === 'number' ? Math.round(s * 100) : null;
    };
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
    const failures = a11yRefs
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && a.scoreDisplayMode === 'binary' && a.score !== 1)
      .map((a) => `${a?.id}: ${a?.title}`);
    const metrics: Record<string, string> = {};
    for (const id of METRICS) {
      const a = lhr.audits[id];
      if (a?.displayValue) metrics[id] = a.displayValue;
    }
    const requests = lhr.audits['network-requests']?.details;
    const items = requests?.type === 'table' ? requests.items : [];
    const host = new URL(url).host;
    const offHostRequests = items
      .map((i) => String(i.url ?? ''))
      .filter((u) => /^https?:/.test(u) && new URL(u).host !== host);
    return {
      error: lhr.runtimeError
        ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
        : score('performance') === null || score('accessibility') === null
          ? 'Lighthouse could not score a category (see warnings)'
          : null,
      version: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics,
      offHostRequests,
      accessibilityFailures: failures,
      warnings: lhr.runWarnings,
    };
  } catch (e) {
    return empty(`Lighthouse failed: ${message(e)}`);
  } finally {
    chrome.kill();
  }
}
