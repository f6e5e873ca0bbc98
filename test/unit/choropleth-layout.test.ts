import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  layoutWorld,
  neighbour,
  type CountryShape,
  type WorldTopology,
} from '../../src/charts/choropleth/layout.ts';

const topo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/geo/world.json'), 'utf8'),
) as WorldTopology;

describe('world layout', () => {
  const layout = layoutWorld(topo, 960);
  it('draws every place of world-atlas 50m but Antarctica, with ISO3 or pseudo ids', () => {
    const ids = layout.shapes.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(235);
    for (const id of ['SGP', 'HKG', 'MLT', 'BHR', 'XKX', 'XNC', 'XSL', 'FRA', 'USA', 'TWN'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('ATA');
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('derives its height from the width and the projection', () => {
    expect(layout.height).toBeGreaterThan(300);
    expect(layout.height).toBeLessThan(600);
    expect(layoutWorld(topo, 480).height).toBeCloseTo(layout.height / 2, -1);
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
