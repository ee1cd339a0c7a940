import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_TOWNS, TOWNS } from '../basemap/gazetteer';
import { placeKey, standardLookup } from './gazetteer';
import { PLACE_ALIASES } from './place-aliases';
import { TOWN_POINTS } from './town-points';

const lookup = standardLookup();
const idOf = (name: string) => lookup.find(name)?.id;

describe('place lookup', () => {
  it.each([
    ['Almaty', 'almaty'],
    ['ALMATY', 'almaty'],
    ['г. Алматы', 'almaty'],
    ['Алма-Ата', 'almaty'],
    ['Alma-Ata', 'almaty'],
    ['Nur-Sultan', 'astana'],
    ['Tselinograd', 'astana'],
    ['Akmolinsk', 'astana'],
    ['Акмола', 'astana'],
    ['Guryev', 'atyrau'],
    ['Гурьев', 'atyrau'],
    ['Semipalatinsk', 'semey'],
    ['Ust-Kamenogorsk', 'oskemen'],
    ['Өскемен', 'oskemen'],
    ['Chimkent', 'shymkent'],
    ['Dzhambul', 'taraz'],
    ['Zhambyl city', 'taraz'],
    ['Kapchagay', 'konaev'],
    ['Leninsk', 'baikonur'],
    ['Oral', 'uralsk'],
    ['Уральск', 'uralsk'],
    ['Aktyubinsk', 'aktobe'],
    ['Petropavlovsk', 'petropavl'],
    ['Kzyl-Orda', 'kyzylorda'],
    ['Жаңаөзен', 'zhanaozen'],
    ['Zhanaozen', 'zhanaozen'],
    ['South Kazakhstan Region', 'turkistan-region'],
    ['Южно-Казахстанская область', 'turkistan-region'],
    ['Mangystau oblast', 'mangystau-region'],
    ['Маңғыстау облысы', 'mangystau-region'],
    ['Almaty, Kazakhstan', 'almaty'],
    ['Казахстан', 'kazakhstan'],
  ])('finds %s as %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it('does not guess', () => {
    expect(idOf('Atlantis')).toBeUndefined();
    expect(idOf('Zhambyl')).toBeUndefined();
  });

  it('reads ACLED admin1 names as regions', () => {
    expect(lookup.findRegion('Qaraghandy')?.id).toBe('karaganda-region');
    expect(lookup.findRegion('Mangystau')?.id).toBe('mangystau-region');
    expect(lookup.findRegion('Soltustik Qazaqstan')?.id).toBe('north-kazakhstan-region');
    expect(lookup.findRegion('Astana')).toBeUndefined();
  });

  it('keeps published ids and regions', () => {
    expect(lookup.byId('talgar-district')).toMatchObject({
      kind: 'district',
      region: 'almaty-region',
      published: true,
    });
    expect(lookup.byId('semey')).toMatchObject({
      kind: 'city',
      country: 'KZ',
      published: false,
      lat: 50.435,
      lon: 80.275,
    });
  });

  it('normalises the words for town and region', () => {
    expect(placeKey('Алматинская обл.')).toBe(placeKey('Алматинская область'));
    expect(placeKey('city of Almaty')).toBe('almaty');
  });
});

describe('the alias table', () => {
  it('points every name at a place the lookup holds, with a note', () => {
    for (const a of PLACE_ALIASES) {
      expect(lookup.byId(a.id), a.name).toBeDefined();
      expect(a.note.length).toBeGreaterThan(5);
      expect(idOf(a.name), a.name).toBe(a.id);
    }
  });
});

describe('town points', () => {
  it('are the basemap’s town points, for every gazetteer town', () => {
    const detail = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../public/basemap/detail.json'), 'utf8'),
    ) as {
      features: { properties: { k: string; name_en: string }; geometry: { coordinates: [number, number] } }[];
    };
    const towns = detail.features
      .filter((f) => f.properties.k === 'town')
      .map((f) => [f.properties.name_en, ...f.geometry.coordinates]);
    expect(TOWN_POINTS).toEqual(towns);
    const names = new Set(TOWN_POINTS.map(([n]) => n));
    for (const t of [...TOWNS, ...EXTRA_TOWNS]) expect(names.has(t.en), t.en).toBe(true);
  });
});
