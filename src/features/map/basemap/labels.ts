/**
 * Reference labels drawn with the first paint, before the detail layer
 * (public/basemap/detail.json) arrives: country names and the capitals beyond
 * that layer's extent. Towns, regions and waters are in the gazetteer
 * (./gazetteer.ts). Names in the three interface languages.
 */
export interface BasemapLabel {
  kind: 'capital' | 'country';
  en: string;
  ru: string;
  kk: string;
  lon: number;
  lat: number;
  /** Lower ranks are shown first when labels collide. */
  rank: number;
}

export const BASEMAP_LABELS: BasemapLabel[] = [
  { kind: 'capital', en: 'Moscow', ru: 'Москва', kk: 'Мәскеу', lon: 37.6173, lat: 55.7558, rank: 1 },
  { kind: 'capital', en: 'Beijing', ru: 'Пекин', kk: 'Бейжің', lon: 116.4074, lat: 39.9042, rank: 1 },
  { kind: 'capital', en: 'Ulaanbaatar', ru: 'Улан-Батор', kk: 'Ұланбатыр', lon: 106.9057, lat: 47.8864, rank: 3 },
  { kind: 'country', en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан', lon: 67.5, lat: 48.3, rank: 0 },
  { kind: 'country', en: 'Russia', ru: 'Россия', kk: 'Ресей', lon: 60.0, lat: 57.5, rank: 1 },
  { kind: 'country', en: 'China', ru: 'Китай', kk: 'Қытай', lon: 95.0, lat: 38.0, rank: 1 },
  { kind: 'country', en: 'Kyrgyzstan', ru: 'Киргизия', kk: 'Қырғызстан', lon: 74.8, lat: 41.5, rank: 2 },
  { kind: 'country', en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан', lon: 63.5, lat: 41.8, rank: 2 },
  { kind: 'country', en: 'Turkmenistan', ru: 'Туркмения', kk: 'Түрікменстан', lon: 59.0, lat: 39.3, rank: 2 },
  { kind: 'country', en: 'Mongolia', ru: 'Монголия', kk: 'Моңғолия', lon: 103.0, lat: 46.8, rank: 2 },
  { kind: 'country', en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан', lon: 71.0, lat: 38.9, rank: 3 },
];
