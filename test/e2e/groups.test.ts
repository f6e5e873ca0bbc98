/**
 * Group views in Chromium: the group profile's totals, inside/outside split and members'
 * shares (Central Asia, the NSG, EU-27 and the WCO East and Southern Africa region; the WCO
 * Europe region is not shipped, for want of a source listing its members), the map's group
 * panel for the same groups, a user's own group from the URL and the regime view's shares
 * for every country, each compared with
 * figures computed here by plain parsing of the download file and the groups file (not the
 * app's code); the group chooser by pointer and keyboard; bad group links; axe.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsvText } from '../pipeline/independent.ts';
import { axeViolations, startBrowserPerFile, watchErrors } from './harness.ts';
import { DATA, totalsFromDownload } from './download-check.ts';
import { encodeTour } from '../../src/state/tour.ts';

const BACI = 'baci-hs22-v202501';
const YEAR = 2023;
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });
const search = (page: Page) => new URL(page.url()).search;

interface PlainGroup {
  id: string;
  members: { iso3: string; joined?: string }[];
}
const groupsFile = JSON.parse(readFileSync(resolve(DATA, 'groups.json'), 'utf8')) as {
  groups: PlainGroup[];
};
/** A group's members in a year: those that had joined by then (none of these has left). */
function members(id: string): string[] {
  const g = groupsFile.groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g.members
    .filter((m) => !m.joined || m.joined.slice(0, 4) <= String(YEAR))
    .map((m) => m.iso3);
}

/**
 * Exporter>importer sums of the download rows `keep` accepts (read by column name), each flow
 * counted once: a code in two lists or categories is one flow.
 */
function pairsWhere(
  dataset: string,
  keep: (at: (c: string) => string) => boolean,
): Map<string, number> {
  const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${dataset}.csv.gz`))).toString(
    'utf8',
  );
  const [header = [], ...records] = parseCsvText(csv);
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const f of records) {
    const at = (c: string) => f[header.indexOf(c)] ?? '';
    if (!keep(at)) continue;
    const key = [at('period'), at('exporter_iso3'), at('importer_iso3'), at('hs6')].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const pair = `${at('exporter_iso3')}>${at('importer_iso3')}`;
    out.set(pair, (out.get(pair) ?? 0) + Number(at('value')));
  }
  return out;
}

/** Exporter>importer sums of a list (or one category) in a year, each flow counted once. */
function plainPairs(list: string, category?: string): Map<string, number> {
  return pairsWhere(
    BACI,
    (at) =>
      at('list') === list &&
      Number(at('year')) === YEAR &&
      (!category || at('category') === category),
  );
}

/** A group's totals by member, and its inside and outside trade, for exports and imports. */
function plainGroup(pairs: Map<string, number>, group: string[]) {
  const set = new Set(group);
  const out = {
    export: { byMember: new Map<string, number>(), inside: 0, outside: 0 },
    import: { byMember: new Map<string, number>(), inside: 0, outside: 0 },
  };
  for (const [pair, v] of pairs) {
    const [ex = '', im = ''] = pair.split('>');
    if (ex === im) continue;
    for (const [flow, self, other] of [
      ['export', ex, im],
      ['import', im, ex],
    ] as const) {
      if (!set.has(self)) continue;
      const side = out[flow];
      side.byMember.set(self, (side.byMember.get(self) ?? 0) + v);
      if (set.has(other)) side.inside += v;
      else side.outside += v;
    }
  }
  return out;
}

const num = async (page: Page, selector: string) =>
  Number(await page.locator(selector).first().getAttribute('data-value'));

/** The group page's figures against the plain ones (the CHPL by default, or a category). */
async function checkGroupPage(page: Page, group: string[], list = 'chpl', category?: string) {
  return checkGroupFigures(page, group, plainPairs(list, category), true);
}

/**
 * The group page's totals and members against plain pairs; the inside/outside split too when
 * the pairs are the split's period (a month's totals sit beside a whole year's split).
 */
async function checkGroupFigures(
  page: Page,
  group: string[],
  pairs: Map<string, number>,
  withSplit: boolean,
  reach?: { export: Set<string>; import: Set<string> },
) {
  const plain = plainGroup(pairs, group);
  await page.waitForSelector('[data-testid="group-members"]');
  for (const flow of ['export', 'import'] as const) {
    const p = plain[flow];
    const total = [...p.byMember.values()].reduce((s, v) => s + v, 0);
    if (p.byMember.size === 0 && reach && !group.some((c) => reach[flow].has(c))) {
      // No member within the data's reach on this side: "no data", never 0.
      await page.getByTestId(`group-${flow}-no-data`).waitFor();
    } else {
      expect(await num(page, `[data-testid="group-${flow}"]`), flow).toBe(total);
    }
    // Every flow of a member is either inside or outside: the split adds up to the total.
    expect(p.inside + p.outside).toBe(total);
    if (withSplit) {
      const row = `[data-testid="group-inside-outside"] tr[data-key="${flow}"] td`;
      const cells = page.locator(row);
      expect(Number(await cells.nth(0).getAttribute('data-value')), `${flow} inside`).toBe(
        p.inside,
      );
      expect(Number(await cells.nth(2).getAttribute('data-value')), `${flow} outside`).toBe(
        p.outside,
      );
    }
    // Each member's value and share of the group (members without a flow read "no data").
    const col = flow === 'export' ? 0 : 2;
    for (const iso3 of group) {
      const tds = page.locator(`[data-testid="group-members"] tr[data-key="${iso3}"] td`);
      const v = p.byMember.get(iso3);
      const shown = await tds.nth(col).getAttribute('data-value');
      if (reach && !reach[flow].has(iso3)) {
        // Outside the data's reach on this side: "no data", not 0.
        expect(shown, `${iso3} ${flow} outside the reach`).toBeNull();
        expect(await tds.nth(col).textContent()).toBe('no data');
        continue;
      }
      if (reach && v === undefined) {
        // Within the reach without a flow: a true 0, as on the map.
        expect(Number(shown), `${iso3} ${flow}`).toBe(0);
        continue;
      }
      if (v === undefined || v === 0) {
        // No flow in the download: the map shard has no row (no data) or a row of 0.
        if (shown !== null) expect(Number(shown), `${iso3} ${flow}`).toBe(0);
        continue;
      }
      expect(Number(shown), `${iso3} ${flow}`).toBe(v);
      const share = Number(await tds.nth(col + 1).getAttribute('data-value'));
      expect(share, `${iso3} ${flow} share`).toBeCloseTo(v / total, 12);
    }
  }
  return plain;
}

/** The map's group panel against the plain figures: total, each member's value and share. */
async function checkMapPanel(
  page: Page,
  group: string[],
  pairs = plainPairs('chpl'),
  flow: 'export' | 'import' = 'export',
) {
  const plain = plainGroup(pairs, group)[flow];
  const total = [...plain.byMember.values()].reduce((s, v) => s + v, 0);
  await page.waitForSelector('[data-testid="map-group-members"]');
  expect(await num(page, '[data-testid="map-group-total"]')).toBe(total);
  for (const iso3 of group) {
    const tds = page.locator(`[data-testid="map-group-members"] tr[data-key="${iso3}"] td`);
    const v = plain.byMember.get(iso3);
    if (v === undefined) {
      // No flow in the download: a member the data speak for reads 0, as on the map.
      const shown = await tds.nth(0).getAttribute('data-value');
      if (shown !== null) expect(Number(shown), iso3).toBe(0);
      continue;
    }
    expect(Number(await tds.nth(0).getAttribute('data-value')), iso3).toBe(v);
    expect(Number(await tds.nth(1).getAttribute('data-value')), iso3).toBeCloseTo(v / total, 12);
  }
  return total;
}

describe('group views in Chromium', () => {
  for (const id of ['central-asia', 'nsg', 'eu-27', 'wco-east-southern-africa']) {
    it(`${id}: totals, inside/outside split and members' shares equal the download's`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      const errors = watchErrors(page);
      await page.goto(`${server().url}?view=group&group=${id}`);
      const plain = await checkGroupPage(page, members(id));
      if (id === 'central-asia') {
        // Kazakhstan leads Central Asia's exports of the CHPL codes in 2023.
        const first = await page.locator('[data-testid="group-members"] tbody tr').first();
        expect(await first.getAttribute('data-key')).toBe('KAZ');
        expect(plain.export.inside).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it("Central Asia on a category: the profile's figures equal the download's (indicative, nuclear)", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=group&group=central-asia&list=indicative&cat=nuclear`);
    const plain = await checkGroupPage(page, members('central-asia'), 'indicative', 'nuclear');
    expect(plain.export.byMember.size + plain.import.byMember.size).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  for (const id of ['nsg', 'wco-east-southern-africa', 'central-asia']) {
    it(`${id} on the map: the panel's total and shares equal the download's and the profile's`, async () => {
      const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
      const errors = watchErrors(page);
      await page.goto(`${server().url}?group=${id}`);
      const total = await checkMapPanel(page, members(id));
      // The same group's profile shows the same total: one derivation.
      await page.locator('[data-testid="map-group-total"] a').click();
      await expect.poll(() => search(page)).toBe(`?view=group&group=${id}`);
      await page.waitForSelector('[data-testid="group-export"]');
      expect(await num(page, '[data-testid="group-export"]')).toBe(total);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it("one HS code (hs=): the group profile and the map's panel equal the download's", async () => {
    const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as {
      shards: { product: Record<string, unknown> };
    };
    const held = new Set(
      Object.keys(manifest.shards.product)
        .filter((k) => k.startsWith(`${BACI}/`))
        .map((k) => k.slice(BACI.length + 1)),
    );
    // The code with a product file that the download holds most rows of in the year.
    const rows = new Map<string, number>();
    pairsWhere(BACI, (at) => {
      if (Number(at('year')) === YEAR && held.has(at('hs6')))
        rows.set(at('hs6'), (rows.get(at('hs6')) ?? 0) + 1);
      return false;
    });
    const code = [...rows].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const pairs = pairsWhere(BACI, (at) => at('hs6') === code && Number(at('year')) === YEAR);
    const nsg = members('nsg');
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=group&group=nsg&hs=${code}`);
    const plain = await checkGroupFigures(page, nsg, pairs, true);
    expect(plain.export.byMember.size).toBeGreaterThan(3);
    // No "not built" note: the figures are the code's.
    expect(await page.locator('[data-testid="group-codes-na"]').count()).toBe(0);
    await page.goto(`${server().url}?group=nsg&hs=${code}`);
    expect(await checkMapPanel(page, nsg, pairs)).toBe(
      [...plain.export.byMember.values()].reduce((a, v) => a + v, 0),
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("a month of a monthly dataset: Central Asia's imports in March 2021 (Eurostat) equal the download's", async () => {
    const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as {
      datasets: { id: string; inputCoverage: { exporters: string[]; importers: string[] } }[];
    };
    const ds = manifest.datasets.find((d) => d.id === 'eurostat-comext');
    if (!ds) throw new Error('no Eurostat dataset');
    const reach = {
      export: new Set(ds.inputCoverage.exporters),
      import: new Set(ds.inputCoverage.importers),
    };
    const ca = members('central-asia');
    // Some members are within the importers' reach, some outside it (no data, not 0).
    expect(ca.filter((c) => reach.import.has(c)).length).toBeGreaterThan(0);
    expect(ca.filter((c) => !reach.import.has(c)).length).toBeGreaterThan(0);
    const pairs = pairsWhere(
      'eurostat-comext',
      (at) => at('period') === '2021-03' && at('list') === 'chpl',
    );
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const q = 'group=central-asia&dataset=eurostat-comext&list=chpl&year=2021&month=3';
    await page.goto(`${server().url}?view=group&${q}`);
    const plain = await checkGroupFigures(page, ca, pairs, false, reach);
    expect(plain.import.byMember.size).toBeGreaterThan(0);
    await expect(page.getByTestId('group-months-note').textContent()).resolves.toMatch(
      /for March 2021;.*whole of 2021/,
    );
    // The chart of the group's months: each month of 2021 as the download gives it, March the
    // figure above. Exports are not covered (EU reporters' partners), so imports are the series.
    const chart = page.getByTestId('group-monthly');
    await chart.getByText('Show the values as a table').click();
    for (let m = 1; m <= 12; m++) {
      const month = `2021-${String(m).padStart(2, '0')}`;
      const plainMonth = plainGroup(
        pairsWhere('eurostat-comext', (at) => at('period') === month && at('list') === 'chpl'),
        ca,
      );
      const want = [...plainMonth.import.byMember]
        .filter(([c]) => reach.import.has(c))
        .reduce((a, [, v]) => a + v, 0);
      const row = chart.locator(`tr[data-month="${month}"] td[data-value]`);
      expect(await row.count(), `${month}: one series`).toBe(1);
      expect(Number(await row.getAttribute('data-value')), month).toBe(want);
      if (m === 3)
        expect(want).toBe([...plain.import.byMember.values()].reduce((a, v) => a + v, 0));
    }
    await page.goto(`${server().url}?${q}&flow=import`);
    expect(
      await checkMapPanel(
        page,
        ca.filter((c) => reach.import.has(c)),
        pairs,
        'import',
      ),
    ).toBe([...plain.import.byMember.values()].reduce((a, v) => a + v, 0));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('EU-27 on the JRC data: its exports in every year, the United Kingdom counted until it left', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=group&group=eu-27&dataset=jrc-nuclear`);
    const chart = page.getByTestId('group-trend');
    await chart.waitFor();
    const eu = groupsFile.groups.find((g) => g.id === 'eu-27') as PlainGroup & {
      formerMembers: { iso3: string; left?: string }[];
    };
    for (const year of [2017, 2018, 2019, 2020, 2021]) {
      const members = new Set(eu.members.map((m) => m.iso3));
      for (const m of eu.formerMembers)
        if (m.left && Number(m.left.slice(0, 4)) > year) members.add(m.iso3);
      // A category-level dataset: one row per flow and category; the list total counts the
      // categories the JRC counts ('ignore' is outside it).
      let sum = 0;
      for (const category of [
        'mining',
        'enrichment',
        'fuel-fabrication',
        'power-plant',
        'spent-fuel-hlw',
      ]) {
        const totals = totalsFromDownload('jrc-nuclear', {
          list: 'jrc-nuclear',
          year,
          flow: 'export',
          category,
        });
        for (const [k, v] of totals) if (members.has(k)) sum += v;
      }
      const cell = chart.locator(`tr[data-year="${year}"] td`).first();
      expect(Number(await cell.getAttribute('data-value')), String(year)).toBe(sum);
      if (year === 2019) expect(members.has('GBR')).toBe(true);
      if (year === 2020) expect(members.has('GBR')).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("the group profile's data shown: the members' rows, named in the file's README", async () => {
    const page = await browser().newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=group&group=central-asia&list=indicative&cat=nuclear`);
    await page.waitForSelector('[data-testid="group-members"]');
    const toggle = page.getByRole('button', { name: 'Download data' });
    await toggle.click();
    const count = page.locator('[data-choice="shown"] .dl-count');
    await expect.poll(() => count.getAttribute('data-rows'), { timeout: 20_000 }).toMatch(/^\d+$/);
    // Plain count: rows of the category in 2023 where a member exports or imports.
    const ca = new Set(members('central-asia'));
    const csv = gunzipSync(readFileSync(resolve(DATA, `downloads/${BACI}.csv.gz`))).toString(
      'utf8',
    );
    const [header = [], ...records] = parseCsvText(csv);
    const at = (f: string[], c: string) => f[header.indexOf(c)] ?? '';
    const rows = records.filter(
      (f) =>
        at(f, 'list') === 'indicative' &&
        at(f, 'category') === 'nuclear' &&
        at(f, 'year') === String(YEAR) &&
        (ca.has(at(f, 'exporter_iso3')) || ca.has(at(f, 'importer_iso3'))),
    );
    expect(Number(await count.getAttribute('data-rows'))).toBe(rows.length);
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('[data-choice="shown"] button[data-format="zip"]').click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/_group_2023_indicative_nuclear_central-asia\.zip$/);
    const files = unzipSync(readFileSync(await dl.path()));
    const readme = strFromU8(files['README.txt'] ?? new Uint8Array());
    expect(readme).toContain(
      'Group: Central Asia (central-asia); rows where a member is the exporter or the importer (members: KAZ, KGZ, TJK, TKM, UZB)',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("a user's own group from the URL gives Central Asia's figures", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=group&members=uzb;kaz,KGZ TJK,TKM,KAZ`);
    await checkGroupPage(page, members('central-asia'));
    expect(await page.locator('#pg-group-h').textContent()).toMatch(
      /Your own group \(5 countries\)/,
    );
    // Repeated codes are kept once and the address says so in its canonical form.
    expect(search(page)).toBe('?view=group&members=UZB,KAZ,KGZ,TJK,TKM');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the group chooser works by pointer and by keyboard', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server().url}?view=group`);
    const select = page.getByLabel('Group', { exact: true });
    await select.selectOption('central-asia');
    await expect.poll(() => search(page)).toBe('?view=group&group=central-asia');
    await page.waitForSelector('[data-testid="group-members"] tr[data-key="KAZ"]');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?view=group&group=nsg');
    await page.waitForSelector('[data-testid="group-members"] tr[data-key="USA"]');
    expect(await page.locator('#pg-group-h').textContent()).toBe('Nuclear Suppliers Group');
    await page.close();
  }, 60_000);

  it('on the map: a group chosen by pointer is outlined, its total and shares beside the ranking', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    // Not part of the first view: the groups file waits until a reader asks for groups.
    expect(asked.filter((p) => p.endsWith('groups.json'))).toEqual([]);
    await page.getByRole('button', { name: 'Show a group of countries' }).click();
    await page.getByLabel('Group', { exact: true }).selectOption('central-asia');
    await expect.poll(() => search(page)).toBe('?group=central-asia');
    await page.waitForSelector('[data-testid="map-group-members"]');
    const outlined = await page
      .locator('[data-testid="group-outline"] path')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-id')).sort());
    expect(outlined).toEqual([...members('central-asia')].sort());
    const plain = plainGroup(plainPairs('chpl'), members('central-asia')).export;
    const total = [...plain.byMember.values()].reduce((s, v) => s + v, 0);
    expect(await num(page, '[data-testid="map-group-total"]')).toBe(total);
    for (const [iso3, v] of plain.byMember) {
      const tds = page.locator(`[data-testid="map-group-members"] tr[data-key="${iso3}"] td`);
      expect(Number(await tds.nth(0).getAttribute('data-value')), iso3).toBe(v);
      expect(Number(await tds.nth(1).getAttribute('data-value')), iso3).toBeCloseTo(v / total, 12);
    }
    // The groups ranked: Central Asia's row holds the same total.
    await page.getByLabel('Rank the groups too').check();
    const row = page.locator('[data-testid="map-group-ranking"] tr[data-key="central-asia"] td');
    expect(Number(await row.first().getAttribute('data-value'))).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('on the map: a group chosen by keyboard alone', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server().url);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    await page.getByRole('button', { name: 'Show a group of countries' }).focus();
    await page.keyboard.press('Enter');
    const select = page.getByLabel('Group', { exact: true });
    await select.waitFor();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?group=central-asia');
    await expect
      .poll(() => page.locator('[data-testid="group-outline"] path').count())
      .toBe(members('central-asia').length);
    await page.close();
  }, 60_000);

  it("a country's profile lists its groups with its standing among their members", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=country&country=KAZ`);
    await page.waitForSelector('[data-testid="country-groups-table"]');
    const keys = await page
      .locator('[data-testid="country-groups-table"] tbody tr')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-key')));
    const holding = groupsFile.groups.filter((g) => members(g.id).includes('KAZ')).map((g) => g.id);
    expect(keys).toEqual(holding);
    const plain = plainGroup(plainPairs('chpl'), members('central-asia')).export.byMember;
    const values = [...plain.values()].sort((a, b) => b - a);
    const kaz = plain.get('KAZ') ?? 0;
    const total = values.reduce((s, v) => s + v, 0);
    const peers = [...plain]
      .filter(([k]) => k !== 'KAZ')
      .map(([, v]) => v)
      .sort((a, b) => a - b);
    const median =
      peers.length % 2
        ? (peers[peers.length >> 1] ?? 0)
        : ((peers[peers.length / 2 - 1] ?? 0) + (peers[peers.length / 2] ?? 0)) / 2;
    const tds = page.locator('[data-testid="country-groups-table"] tr[data-key="central-asia"] td');
    expect(Number(await tds.nth(0).getAttribute('data-value'))).toBe(values.indexOf(kaz) + 1);
    expect(await tds.nth(0).textContent()).toBe(`${values.indexOf(kaz) + 1} of ${values.length}`);
    expect(Number(await tds.nth(1).getAttribute('data-value'))).toBeCloseTo(kaz / total, 12);
    expect(Number(await tds.nth(2).getAttribute('data-value'))).toBe(median);
    await page
      .locator('[data-testid="country-groups-table"] a', { hasText: 'Central Asia' })
      .click();
    await expect.poll(() => search(page)).toBe('?view=group&country=KAZ&group=central-asia');
    await page.waitForSelector('[data-testid="group-members"]');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('flows between groups: a Sankey and matrix, a member expanded, equal to the download', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=flows&chart=groups`);
    await page.waitForSelector('[data-testid="group-flows"] [data-testid="matrix"]');
    const ca = new Set(members('central-asia'));
    const pairs = plainPairs('chpl');
    // Central Asia comes before every regime, so its members all count in its node.
    let caOut = 0;
    const kazTo = new Map<string, number>();
    for (const [pair, v] of pairs) {
      const [ex = '', im = ''] = pair.split('>');
      if (ex === im) continue;
      if (ca.has(ex)) caOut += v;
      if (ex === 'KAZ') kazTo.set(im, (kazTo.get(im) ?? 0) + v);
    }
    const sankeyNode = page.locator(
      '[data-testid="group-flows"] .sk-node[data-side="left"][data-key="central-asia"]',
    );
    expect(Number(await sankeyNode.getAttribute('data-value'))).toBe(caOut);
    // Open Central Asia: its members become nodes of their own.
    await page.getByRole('button', { name: 'Central Asia' }).click();
    await expect.poll(() => search(page)).toBe('?view=flows&chart=groups&group=central-asia');
    const kaz = page.locator(
      '[data-testid="group-flows"] .sk-node[data-side="left"][data-key="KAZ"]',
    );
    await kaz.waitFor({ state: 'attached' });
    const kazTotal = [...kazTo.values()].reduce((s, v) => s + v, 0);
    expect(Number(await kaz.getAttribute('data-value'))).toBe(kazTotal);
    const row = page.locator(
      '[data-testid="group-flows"] [data-testid="matrix"] tr[data-key="KAZ"] td',
    );
    expect(Number(await row.last().getAttribute('data-value'))).toBe(kazTotal);
    expect(
      await page.getByRole('button', { name: 'Central Asia' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a tour step on a group, presented with the network cut', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server().url);
    await page.waitForSelector('[data-testid="ranking-table"] tbody tr');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Workshop tour' }).click();
    await page.getByRole('button', { name: 'Make available offline' }).click();
    await expect
      .poll(() => page.getByTestId('ws-offline').textContent(), { timeout: 60_000 })
      .toMatch(/Available offline: \d+ files/);
    // The groups file is stored the first time a group view reads it.
    await page.goto(`${server().url}?view=group&group=central-asia`);
    await page.waitForSelector('[data-testid="group-members"]');
    await context.setOffline(true);
    const tour = encodeTour({
      steps: [
        { q: '', title: 'The map', note: '' },
        { q: 'view=group&group=central-asia', title: 'Central Asia', note: 'Our region' },
      ],
    });
    await page.goto(`${server().url}?present=1&step=2&tour=${tour.param}`);
    expect(await page.locator('.ws-present-title').textContent()).toBe('Central Asia');
    const total = page.locator('.ws-present [data-testid="group-export"]');
    await expect.poll(() => total.count()).toBe(1);
    const plain = plainGroup(plainPairs('chpl'), members('central-asia')).export;
    expect(Number(await total.getAttribute('data-value'))).toBe(
      [...plain.byMember.values()].reduce((s, v) => s + v, 0),
    );
    expect(await page.locator('.ws-present [role="alert"]').count()).toBe(0);
    await context.setOffline(false);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it("the regime view's NSG shares equal the download's (indicative list, nuclear)", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server().url}?view=regime&list=indicative`);
    await page.waitForSelector('[data-testid="regime-shares"]');
    // The category shown is written to the address, so downloads and tours carry it.
    await expect.poll(() => search(page)).toBe('?view=regime&list=indicative&cat=nuclear');
    await expect(page.getByTestId('regime-caveat').textContent()).resolves.toMatch(
      /legal and common.*risk profiling, not a finding/,
    );
    const nsg = new Set(members('nsg'));
    expect(await page.getByTestId('regime-participants').textContent()).toContain('Kazakhstan');
    const plain = new Map<string, { total: number; outside: number }>();
    for (const [pair, v] of plainPairs('indicative', 'nuclear')) {
      const [ex = '', im = ''] = pair.split('>');
      if (ex === im) continue;
      const r = plain.get(ex) ?? { total: 0, outside: 0 };
      r.total += v;
      if (!nsg.has(im)) r.outside += v;
      plain.set(ex, r);
    }
    const rows = page.locator('[data-testid="regime-shares"] tbody tr');
    expect(await rows.count()).toBe(plain.size);
    // Every country's row, participants and non-participants alike.
    const n = await rows.count();
    let outsideRows = 0;
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const iso3 = (await row.getAttribute('data-key')) ?? '';
      const p = plain.get(iso3);
      expect(p, iso3).toBeDefined();
      const tds = row.locator('td');
      expect(await tds.nth(0).textContent(), iso3).toBe(nsg.has(iso3) ? 'yes' : 'no');
      expect(Number(await tds.nth(1).getAttribute('data-value')), iso3).toBe(p?.total);
      expect(Number(await tds.nth(2).getAttribute('data-value')), iso3).toBe(p?.outside);
      expect(Number(await tds.nth(3).getAttribute('data-value')), iso3).toBeCloseTo(
        (p?.outside ?? 0) / (p?.total ?? 1),
        12,
      );
      if (!nsg.has(iso3)) outsideRows++;
    }
    expect(outsideRows).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('bad group links give a notice and change nothing else', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    // A well-formed id the groups file does not hold: said once the file is in.
    await page.goto(`${server().url}?view=group&group=wco-europe&year=2023`);
    const notice = page.getByTestId('group-notices');
    await expect(notice.textContent()).resolves.toContain('wco-europe');
    expect(await page.locator('[data-testid="group-members"]').count()).toBe(0);
    expect(search(page)).toBe('?view=group&group=wco-europe');
    // Malformed ids and unknown codes: dropped from the address, named in the link notice.
    await page.goto(`${server().url}?view=group&list=indicative&group=%3Cb%3Ex&members=KAZ,ZZZ`);
    const link = page.locator('.notices').first();
    await expect(link.textContent()).resolves.toMatch(/<b>x.*ZZZ|ZZZ.*<b>x/s);
    await expect.poll(() => search(page)).toBe('?view=group&list=indicative&members=KAZ');
    expect(await page.locator('b', { hasText: 'x' }).count()).toBe(0);
    // On the map the same bad parameters leave the map as it was.
    await page.goto(`${server().url}?group=!!&members=ZZZ`);
    await page.waitForSelector('svg.map-svg path.country', { state: 'attached' });
    expect(search(page)).toBe('');
    expect(await page.locator('.notices li').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  for (const view of [
    '?view=group&group=central-asia',
    '?view=regime&list=indicative&cat=nuclear',
    '?view=flows&chart=groups&group=eu-27',
  ]) {
    it(`axe finds no serious or critical violation on ${view}`, async () => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server().url + view);
      await page.waitForSelector(
        '[data-testid="group-members"], [data-testid="regime-shares"], [data-testid="group-flows"] [data-testid="matrix"]',
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
