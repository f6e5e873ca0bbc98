import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang, Manifest } from '../../src/schema/manifest.ts';
import { translate } from '../../src/i18n/messages.ts';
import {
  defaultState,
  normalizeState,
  parseState,
  serializeState,
  switchDataset,
} from '../../src/state/url-state.ts';
import { usableDatasets, type AtlasState } from '../../src/state/params.ts';
import { monthPatch, yearPatch } from '../../src/state/transitions.ts';
import { changeAvailable } from '../../src/state/calendar.ts';
import { Controls } from '../../src/ui/Controls.tsx';
import { EMPTY, EU, euDataset, manifest } from './months-fixture.ts';

const eu = (patch: Partial<AtlasState> = {}): AtlasState => ({
  ...defaultState(manifest, EU),
  ...patch,
});
const reasons = (q: string) =>
  parseState(q, manifest).notices.map((n) => `${n.param}:${n.value}:${n.reason}`);

describe('month in the URL', () => {
  it('defaults to the whole year of the latest year, and writes nothing for it', () => {
    const s = eu();
    expect(s.year).toBe(2022);
    expect(s.month).toBe(0);
    expect(serializeState(s, manifest)).toBe(`?dataset=${EU}`);
  });

  it('round-trips a month, with other parameters, and reads a leading zero', () => {
    for (const s of [
      eu({ month: 3 }),
      eu({ year: 2021, month: 12, flow: 'import', metric: 'change' }),
      eu({ year: 2020, month: 1, view: 'country', country: 'ARM', cat: 'TIER_1' }),
      eu({ month: 11, view: 'table', metric: 'share', lang: 'ru' }),
    ]) {
      const q = serializeState(s, manifest);
      expect(q).toContain(`month=${s.month}`);
      const back = parseState(q, manifest);
      expect(back.notices, q).toEqual([]);
      expect(back.state, q).toEqual(s);
    }
    expect(parseState(`?dataset=${EU}&month=03`, manifest).state.month).toBe(3);
  });

  it('an invalid month falls back to the whole year, with the notice', () => {
    for (const bad of ['13', '0', '-1', 'march', '3.5', '100']) {
      const { state, notices } = parseState(`?dataset=${EU}&month=${bad}`, manifest);
      expect(state.month, bad).toBe(0);
      expect(notices, bad).toEqual([{ param: 'month', value: bad, reason: 'invalid' }]);
      expect(serializeState(state, manifest)).toBe(`?dataset=${EU}`);
    }
    expect(parseState(`?dataset=${EU}&month=`, manifest).notices).toEqual([]);
  });

  it('a month the data lack, a yearly dataset or a single code: unavailable, dropped', () => {
    expect(reasons(`?dataset=${EU}&year=2022&month=12`)).toEqual(['month:12:unavailable']);
    expect(reasons(`?dataset=${EU}&year=2021&month=12`)).toEqual([]);
    expect(reasons('?month=3')).toEqual(['month:3:unavailable']);
    expect(parseState('?month=3', manifest).state.month).toBe(0);
    expect(reasons(`?dataset=${EU}&month=3&hs=850440`)).toEqual(['month:3:unavailable']);
    // A month kept in the state of a yearly dataset is never written.
    expect(serializeState({ ...defaultState(manifest), month: 3 }, manifest)).toBe('');
  });

  it('change needs the same month a year earlier', () => {
    expect(reasons(`?dataset=${EU}&year=2020&month=3&metric=change`)).toEqual([
      'metric:change:unavailable',
    ]);
    expect(reasons(`?dataset=${EU}&year=2021&month=3&metric=change`)).toEqual([]);
    expect(reasons(`?dataset=${EU}&metric=change`)).toEqual([]);
    expect(changeAvailable(euDataset, 2020, 3)).toBe(false);
    expect(changeAvailable(euDataset, 2022, 11)).toBe(true);
  });

  it('normalises what a change made impossible', () => {
    expect(normalizeState(eu({ month: 12 }), manifest).month).toBe(0);
    expect(normalizeState(eu({ month: 3, hs: '850440' }), manifest).month).toBe(0);
    expect(normalizeState(eu({ year: 2020, month: 3, metric: 'change' }), manifest)).toMatchObject({
      month: 3,
      metric: 'value',
    });
    const ok = eu({ year: 2021, month: 12 });
    expect(normalizeState(ok, manifest)).toBe(ok);
  });

  it('year and month patches keep the month only where it exists', () => {
    const dec = eu({ year: 2021, month: 12, metric: 'change' });
    expect(yearPatch(dec, euDataset, 2022)).toEqual({ year: 2022, month: 0 });
    expect(yearPatch(dec, euDataset, 2020)).toEqual({ year: 2020, metric: 'value' });
    expect(monthPatch(dec, euDataset, 2022, 1)).toEqual({ month: 1, year: 2022 });
    expect(monthPatch(eu({ month: 3, metric: 'change' }), euDataset, 2020, 3)).toEqual({
      month: 3,
      year: 2020,
      metric: 'value',
    });
    // Another dataset starts from the whole year.
    expect(switchDataset(eu({ month: 3 }), manifest, 'jrc-nuclear').month).toBe(0);
  });
});

describe('datasets without rows', () => {
  it('are never the default and are refused in a link, with the notice', () => {
    expect(manifest.datasets[0]?.id).toBe(EMPTY);
    expect(usableDatasets(manifest).map((d) => d.id)).not.toContain(EMPTY);
    expect(defaultState(manifest).dataset).toBe('baci-hs22-v202501');
    expect(reasons(`?dataset=${EMPTY}`)).toEqual([`dataset:${EMPTY}:unavailable`]);
    expect(reasons('?dataset=nope')).toEqual(['dataset:nope:invalid']);
  });
});

function render(state: AtlasState, lang: Lang = 'en', m: Manifest = manifest): string {
  return renderToStaticMarkup(
    createElement(Controls, {
      manifest: m,
      state: { ...state, lang },
      update: () => undefined,
      t: (key, vars) => translate(lang, key, vars),
      lang,
      nameOf: (iso3: string) => iso3,
    }),
  );
}

describe('month control markup', () => {
  it('appears for monthly datasets only, labelled, with the months of the year', () => {
    expect(render(defaultState(manifest))).not.toContain('>Month</label>');
    const html = render(eu({ month: 3 }));
    const id = html.match(/<label for="([^"]+)">Month<\/label>/)?.[1];
    expect(id).toBeTruthy();
    const select = html.match(new RegExp(`<select[^>]*id="${id}"[^>]*>(.*?)</select>`))?.[1] ?? '';
    const options = [...select.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]);
    expect(options).toHaveLength(12);
    expect(options[0]).toBe('Whole year');
    expect(options[11]).toBe('November');
    expect(select).toContain('<option value="3" selected="">March</option>');
    expect(html).toContain('2022: January–November only (the year is partial).');
    expect(html).toContain('aria-label="Previous month"');
    expect(html).toContain('Change from the same month a year earlier');
  });

  it('a full year has twelve months and no partial note; a code disables the month', () => {
    const html = render(eu({ year: 2021 }));
    expect(html).not.toContain('the year is partial');
    expect(html).toContain('Change from the previous year');
    expect(render(eu({ hs: '850440' }))).toMatch(/<select[^>]*disabled=""[^>]*aria-describedby/);
    expect(render(eu({ hs: '850440' }))).toContain('Monthly values exist for lists');
  });

  it('speaks the interface language', () => {
    const html = render(eu({ month: 3 }), 'ru');
    expect(html).toContain('>Месяц</label>');
    expect(html).toContain('>Март</option>');
    expect(html).toContain('2022: только январь–ноябрь');
  });

  it('offers a dataset without rows disabled, saying why', () => {
    const html = render(defaultState(manifest));
    expect(html).toContain(`<option value="${EMPTY}" disabled="">Format sample (no data)</option>`);
  });
});
