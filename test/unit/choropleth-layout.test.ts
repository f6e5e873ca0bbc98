import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutWorld, neighbour, type CountryShape } from '../../src/charts/choropleth/layout.ts';
import type { WorldPaths } from '../../src/schema/manifest.ts';
import { toRelative } from '../../scripts/geo/world.ts';

const topo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/geo/world.json'), 'utf8'),
) as WorldPaths;

describe('world layout', () => {
  const layout = layoutWorld(topo);
  it('draws every place of world-atlas 50m but Antarctica, with ISO3 or pseudo ids', () => {
    const ids = layout.shapes.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(235);
    for (const id of ['SGP', 'HKG', 'MLT', 'BHR', 'XKX', 'XNC', 'XSL', 'FRA', 'USA', 'TWN'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('ATA');
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('is projected at build time into a 1000-unit-wide space, Equal Earth proportions', () => {
    expect(layout.width).toBe(1000);
    expect(layout.height / layout.width).toBeGreaterThan(0.4);
    expect(layout.height / layout.width).toBeLessThan(0.5);
    const deu = layout.shapes.find((s) => s.id === 'DEU');
    const aus = layout.shapes.find((s) => s.id === 'AUS');
    // Germany sits north-west of Australia, and is much smaller.
    expect(deu?.centroid[0]).toBeLessThan(aus?.centroid[0] ?? 0);
    expect(deu?.centroid[1]).toBeLessThan(aus?.centroid[1] ?? 0);
    expect(deu?.area).toBeLessThan((aus?.area ?? 0) / 10);
  });
  it('relative path data keeps the absolute coordinates exactly', () => {
    expect(toRelative('M10,20L15.5,20L15.5,30ZM100,100L101,101Z')).toBe(
      'm10,20l5.5,0l0,10zm90,80l1,1z',
    );
  });
  it('names places without data in four languages', () => {
    const kosovo = layout.shapes.find((s) => s.id === 'XKX');
    expect(kosovo?.names).toEqual({ en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', ru: 'Косово' });
    expect(layout.shapes.find((s) => s.id === 'DEU')?.names.fr).toBe('Allemagne');
  });
});

describe('neighbour', () => {
  const at = (id: string, x: number, y: number): CountryShape => ({
    id,
    names: { en: id, fr: id, es: id, ru: id },
    d: '',
    centroid: [x, y],
    area: 1,
  });
  const shapes = [
    at('C', 0, 0),
    at('E', 10, 1),
    at('FARE', 30, 0),
    at('N', 0, -10),
    at('S', 1, 12),
    at('W', -8, 0),
  ];
  it('moves to the nearest place in the arrow direction', () => {
    expect(neighbour(shapes, 'C', 'right')).toBe('E');
    expect(neighbour(shapes, 'C', 'left')).toBe('W');
    expect(neighbour(shapes, 'C', 'up')).toBe('N');
    expect(neighbour(shapes, 'C', 'down')).toBe('S');
    expect(neighbour(shapes, 'FARE', 'right')).toBeNull();
  });
});
