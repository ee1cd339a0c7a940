import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { project } from './geometry';
import { detailLabelSpecs, rewound } from './svg-detail';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('names from the basemap detail file', () => {
  it('reads towns, regions, waters and landforms with their rank and zoom', () => {
    const specs = detailLabelSpecs({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { k: 'town', name_en: 'Zhanaozen', name_ru: 'Жанаозен', name_kk: 'Жаңаөзен', r: 5, z: 7 },
          geometry: point(52.8619, 43.3412),
        },
        {
          type: 'Feature',
          properties: { k: 'region', id: 'mangystau-region', name_en: 'Mangystau Region', r: 2, z: 5 },
          geometry: point(54, 44),
        },
        {
          type: 'Feature',
          properties: { k: 'physical', name_en: 'Ustyurt Plateau', r: 4, z: 4 },
          geometry: point(56, 44),
        },
      ],
    });
    expect(specs.map((s) => [s.id, s.kind, s.names.kk ?? null, s.rank, s.minZoom, s.maxZoom])).toEqual([
      ['town:Zhanaozen@52.8619,43.3412', 'town', 'Жаңаөзен', 5, 7, Infinity],
      ['region:mangystau-region', 'region', null, 2, 5, 9],
      ['physical:Ustyurt Plateau@56,44', 'physical', null, 4, 4, 8],
    ]);
    expect(specs[0]!.base).toEqual(project([52.8619, 43.3412]));
    expect(specs[1]!.region).toBe('mangystau-region');
  });

  it('skips what it cannot use and keeps names as plain text', () => {
    const specs = detailLabelSpecs({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { k: 'town', r: 3, z: 5 }, geometry: point(50, 45) },
        { type: 'Feature', properties: { k: 'town', name_en: 'Nowhere', r: 3, z: 5 }, geometry: point(Number.NaN, 45) },
        { type: 'Feature', properties: { k: 'lake', name_en: 'Lake' }, geometry: point(50, 45) },
        { type: 'Feature', properties: null, geometry: point(50, 45) },
        null,
        {
          type: 'Feature',
          properties: { k: 'town', name_en: '<img src=x onerror=alert(1)>' },
          geometry: point(50, 45),
        },
      ],
    });
    expect(specs.map((s) => [s.names.en, s.minZoom, s.rank])).toEqual([['<img src=x onerror=alert(1)>', 0, 9]]);
    expect(detailLabelSpecs(null)).toEqual([]);
    expect(detailLabelSpecs({ features: 'none' })).toEqual([]);
  });

  it('reads every named place of the shipped file', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../public/basemap/detail.json'), 'utf8'),
    ) as {
      features: { properties: { k: string; name_en?: string }; geometry: { type: string } }[];
    };
    const named = file.features.filter(
      (f) => ['town', 'region', 'water', 'physical'].includes(f.properties.k) && f.geometry.type === 'Point',
    );
    const specs = detailLabelSpecs(file);
    expect(specs).toHaveLength(named.length);
    expect(specs.find((s) => s.names.en === 'Almaty')).toMatchObject({ kind: 'town', rank: 1 });
  });
});

describe('lake outlines for d3-geo', () => {
  // A small square lake, its ring wound as MapLibre accepts it but d3-geo reads as the rest of the world.
  const lake: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [74, 45],
        [75, 45],
        [75, 46],
        [74, 46],
        [74, 45],
      ],
    ],
  };

  it('turns a ring that would cover the world into the lake it outlines', () => {
    expect(geoArea(lake)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewound(lake) as Polygon;
    expect(geoArea(fixed)).toBeLessThan(0.001);
    expect(fixed.coordinates[0]![1]).toEqual([74, 46]);
  });

  it('leaves a ring that is already right as it is', () => {
    const right = rewound(lake) as Polygon;
    expect(rewound(right)).toEqual(right);
  });
});
