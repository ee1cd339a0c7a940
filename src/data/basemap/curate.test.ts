import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { curateTowns, nameShapes, regionLabels, townRank } from './curate';
import { LAKES, PHYSICAL, RIVERS, TOWNS } from './gazetteer';
import { REGION_ANCHORS, REGIONS } from './regions';

type NePlace = { NAME: string; ADM0NAME: string; POP_MAX: number; NAME_RU?: string };
const point = (props: NePlace, lon = 70, lat = 48) => ({
  type: 'Feature' as const,
  properties: props,
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
});

// Source points as Natural Earth has them, outdated names included.
const source: FeatureCollection<Point, NePlace> = {
  type: 'FeatureCollection',
  features: TOWNS.map((t) => point({ NAME: t.ne, ADM0NAME: t.country, POP_MAX: 50_000 })),
};
source.features.find((f) => f.properties.NAME === 'Oostanay')!.properties.NAME_RU = 'Костанай';
source.features.find((f) => f.properties.NAME === 'Almaty')!.properties.NAME_RU = 'Алма-Ата';
source.features.find((f) => f.properties.NAME === 'Osakarovka')!.properties.NAME_RU = 'Осакаровский район';

const byEn = (en: string) => curateTowns(source).features.find((f) => f.properties.name_en === en)?.properties;

describe('the gazetteer', () => {
  it('names every town, region, water and physical region in all three languages', () => {
    const cyrillic = /^[\p{Script=Cyrillic}\s\-().,’0-9]+$/u;
    for (const n of [...TOWNS, ...REGIONS, ...LAKES, ...RIVERS, ...PHYSICAL]) {
      expect(n.en, n.en).toMatch(/^[A-Za-z]/);
      expect(n.ru, n.en).toMatch(cyrillic);
      expect(n.kk, n.en).toMatch(cyrillic);
    }
  });

  it('uses current names, not the source’s outdated or wrong ones', () => {
    expect(byEn('Kostanay')).toMatchObject({ name_ru: 'Костанай', name_kk: 'Қостанай' });
    expect(byEn('Almaty')).toMatchObject({ name_ru: 'Алматы', name_kk: 'Алматы' });
    expect(byEn('Zhanaozen')).toMatchObject({ name_kk: 'Жаңаөзен' });
    expect(byEn('Aktau')).toMatchObject({ name_ru: 'Актау', name_kk: 'Ақтау' });
    expect(byEn('Osakarovka')?.name_ru).toBe('Осакаровка');
    expect(byEn('Konaev')?.name_kk).toBe('Қонаев');
    const all = curateTowns(source).features.flatMap((f) => [f.properties.name_en, f.properties.name_ru]);
    for (const outdated of ['Oostanay', 'Mangyshlak', 'Zhangaozen', 'Алма-Ата', 'Kapchagay', 'Zyryanovsk']) {
      expect(all).not.toContain(outdated);
    }
    expect(all.some((n) => / район$/.test(n ?? ''))).toBe(false);
  });

  it('reports an entry the source no longer has instead of dropping it silently', () => {
    const partial = { ...source, features: source.features.filter((f) => f.properties.NAME !== 'Oostanay') };
    expect(curateTowns(partial).problems).toEqual(['town "Oostanay" (Kazakhstan) is not in the source']);
  });

  it('labels the 17 regions that exist today and none that do not', () => {
    const names = regionLabels().map((f) => f.properties.name_en);
    expect(names).toHaveLength(17);
    expect(names).toEqual(
      expect.arrayContaining(['Abai Region', 'Jetisu Region', 'Ulytau Region', 'Turkistan Region']),
    );
    expect(names).not.toContain('South Kazakhstan Region');
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(17);
  });

  it('keeps the Turkistan Region label point off Turkistan city', () => {
    const [lon = 0, lat = 0] = REGION_ANCHORS.get('turkistan-region') ?? [];
    expect(Math.hypot(lon - 68.25, lat - 43.3)).toBeGreaterThan(0.8);
  });
});

describe('townRank', () => {
  it('shows the capital and cities of a million first, small towns last and later', () => {
    expect(townRank(350_000, true, false)).toEqual({ r: 1, z: 2 });
    expect(townRank(1_200_000, false, false)).toEqual({ r: 1, z: 2 });
    expect(townRank(450_000, false, false).r).toBe(2);
    expect(townRank(20_000, false, false)).toEqual({ r: 5, z: 7 });
  });

  it('puts towns abroad after Kazakh towns of the same size', () => {
    expect(townRank(450_000, false, true).r).toBeGreaterThan(townRank(450_000, false, false).r);
  });
});

describe('nameShapes', () => {
  const lakes = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: { name: 'Alakol' },
        geometry: { type: 'Point' as const, coordinates: [0, 0] },
      },
      {
        type: 'Feature' as const,
        properties: { name: 'Kli' },
        geometry: { type: 'Point' as const, coordinates: [0, 0] },
      },
    ],
  };

  it('names shapes from the gazetteer and keeps unnamed ones without a name', () => {
    const { features } = nameShapes(lakes, 'lake', LAKES, true);
    expect(features.map((f) => f.properties)).toEqual([
      { k: 'lake', name_en: 'Lake Alakol', name_ru: 'озеро Алаколь', name_kk: 'Алакөл' },
      { k: 'lake' },
    ]);
  });

  it('drops unnamed shapes on request and reports missing names', () => {
    const { features, problems } = nameShapes(lakes, 'lake', LAKES, false);
    expect(features).toHaveLength(1);
    expect(problems).toContain('lake "Lake Balkhash" is not in the source');
  });
});
