/**
 * The flows view's words: its title for all flows or a country's, the words of one flow, and
 * whose declarations the figures are. A translator that writes the key and its variables
 * shows which message is chosen and with what; the values are worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta, Manifest } from '../../src/schema/manifest.ts';
import { declarationNote, flowLabel, flowsTitle } from '../../src/derive/flows-text.ts';
import type { T } from '../../src/i18n/types.ts';

const t: T = (key, vars) => `${key}${vars ? ` ${JSON.stringify(vars)}` : ''}`;
const manifest = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const ds = (id: string) => {
  const d = manifest.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`no dataset ${id} in the embedded manifest`);
  return d;
};

describe('flowsTitle', () => {
  const vars = { selection: 'the CHPL', year: '2023', currency: 'USD', country: '' };
  it('all flows without a country, whatever the direction', () => {
    for (const dir of ['both', 'export', 'import'] as const)
      expect(flowsTitle(t, vars, dir)).toBe(`flTitle ${JSON.stringify(vars)}`);
  });
  it("a country's exports, imports or both", () => {
    const fr = { ...vars, country: 'France' };
    expect(flowsTitle(t, fr, 'export')).toBe(`flTitleExport ${JSON.stringify(fr)}`);
    expect(flowsTitle(t, fr, 'import')).toBe(`flTitleImport ${JSON.stringify(fr)}`);
    expect(flowsTitle(t, fr, 'both')).toBe(`flTitleBoth ${JSON.stringify(fr)}`);
  });
});

describe('flowLabel', () => {
  const name = (k: string) => `<${k}>`;
  const money = (v: number) => `$${v}`;
  const pct = (v: number) => `${v * 100}%`;
  it('names both ends, the value and its share of the total drawn', () => {
    // 25 of 200 is 12.5 %.
    expect(flowLabel(t, name, money, pct, 200)('FRA', 'USA', 25)).toBe(
      `flFlowLabel ${JSON.stringify({ from: '<FRA>', to: '<USA>', value: '$25', share: '12.5%' })}`,
    );
  });
  it('a share of 0 when the total drawn is 0 (never a division by zero)', () => {
    expect(flowLabel(t, name, money, pct, 0)('FRA', 'USA', 25)).toBe(
      `flFlowLabel ${JSON.stringify({ from: '<FRA>', to: '<USA>', value: '$25', share: '0%' })}`,
    );
  });
});

describe('declarationNote', () => {
  const note = (d: DatasetMeta) => declarationNote(d, t);
  it('reconciled (BACI), exporters (Eurostat), compiled (JRC), each with its publisher', () => {
    expect(note(ds('baci-hs22-v202501'))).toEqual({
      heading: 'flDeclHeading',
      paragraphs: [`flDeclReconciled ${JSON.stringify({ publisher: 'CEPII' })}`],
    });
    expect(note(ds('eurostat-comext'))).toEqual({
      heading: 'flDeclHeading',
      paragraphs: [`flDeclExporter ${JSON.stringify({ publisher: 'Eurostat' })}`],
    });
    const jrc = ds('jrc-nuclear');
    expect(note(jrc)).toEqual({
      heading: 'flDeclHeading',
      paragraphs: [`flDeclCompiled ${JSON.stringify({ publisher: jrc.publisher })}`],
    });
  });
  it('both declarations and the reasons they differ (mirror data)', () => {
    const mirror = { ...ds('jrc-nuclear'), mirror: true, publisher: 'UN Comtrade' };
    expect(note(mirror)).toEqual({
      heading: 'flMirrorHeading',
      paragraphs: [
        `flMirrorBoth ${JSON.stringify({ publisher: 'UN Comtrade' })}`,
        'flMirrorReasons',
      ],
    });
  });
  it("a national file: the reporting country's own figures", () => {
    const national = {
      ...ds('jrc-nuclear'),
      id: 'taiwan-customs',
      source: 'Customs Administration, Ministry of Finance',
      publisher: 'Taiwan customs',
    };
    expect(note(national)).toEqual({
      heading: 'flDeclHeading',
      paragraphs: [`flDeclReporter ${JSON.stringify({ publisher: 'Taiwan customs' })}`],
    });
  });
});
