/**
 * Reference labels drawn by the basemap, independent of the dataset: the main
 * cities of Kazakhstan, neighbouring capitals and country names. Names in the
 * three interface languages; the map picks the reader's language.
 */
export interface BasemapLabel {
  kind: 'capital' | 'city' | 'country';
  en: string;
  ru: string;
  kk: string;
  lon: number;
  lat: number;
  /** Lower ranks are shown first when labels collide. */
  rank: number;
}

export const BASEMAP_LABELS: BasemapLabel[] = [
  { kind: 'capital', en: 'Astana', ru: 'Астана', kk: 'Астана', lon: 71.4491, lat: 51.1694, rank: 1 },
  { kind: 'city', en: 'Almaty', ru: 'Алматы', kk: 'Алматы', lon: 76.886, lat: 43.2389, rank: 1 },
  { kind: 'city', en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', lon: 69.5901, lat: 42.3417, rank: 2 },
  { kind: 'city', en: 'Karaganda', ru: 'Караганда', kk: 'Қарағанды', lon: 73.1022, lat: 49.8047, rank: 2 },
  { kind: 'city', en: 'Aktobe', ru: 'Актобе', kk: 'Ақтөбе', lon: 57.1667, lat: 50.2839, rank: 2 },
  { kind: 'city', en: 'Taraz', ru: 'Тараз', kk: 'Тараз', lon: 71.3667, lat: 42.9, rank: 3 },
  { kind: 'city', en: 'Pavlodar', ru: 'Павлодар', kk: 'Павлодар', lon: 76.95, lat: 52.3, rank: 3 },
  { kind: 'city', en: 'Oskemen', ru: 'Усть-Каменогорск', kk: 'Өскемен', lon: 82.6286, lat: 49.9483, rank: 3 },
  { kind: 'city', en: 'Semey', ru: 'Семей', kk: 'Семей', lon: 80.2275, lat: 50.4111, rank: 3 },
  { kind: 'city', en: 'Atyrau', ru: 'Атырау', kk: 'Атырау', lon: 51.8833, lat: 47.1167, rank: 2 },
  { kind: 'city', en: 'Kostanay', ru: 'Костанай', kk: 'Қостанай', lon: 63.6246, lat: 53.2144, rank: 3 },
  { kind: 'city', en: 'Kyzylorda', ru: 'Кызылорда', kk: 'Қызылорда', lon: 65.5092, lat: 44.8528, rank: 3 },
  { kind: 'city', en: 'Uralsk', ru: 'Уральск', kk: 'Орал', lon: 51.3667, lat: 51.2333, rank: 3 },
  { kind: 'city', en: 'Aktau', ru: 'Актау', kk: 'Ақтау', lon: 51.1975, lat: 43.6481, rank: 2 },
  { kind: 'city', en: 'Zhanaozen', ru: 'Жанаозен', kk: 'Жаңаөзен', lon: 52.8019, lat: 43.3412, rank: 3 },
  { kind: 'city', en: 'Turkistan', ru: 'Туркестан', kk: 'Түркістан', lon: 68.2517, lat: 43.2973, rank: 3 },
  { kind: 'city', en: 'Petropavl', ru: 'Петропавловск', kk: 'Петропавл', lon: 69.1439, lat: 54.8753, rank: 3 },
  { kind: 'city', en: 'Taldykorgan', ru: 'Талдыкорган', kk: 'Талдықорған', lon: 78.3739, lat: 45.0156, rank: 4 },
  { kind: 'city', en: 'Kokshetau', ru: 'Кокшетау', kk: 'Көкшетау', lon: 69.3833, lat: 53.2833, rank: 4 },
  { kind: 'capital', en: 'Bishkek', ru: 'Бишкек', kk: 'Бішкек', lon: 74.5698, lat: 42.8746, rank: 2 },
  { kind: 'capital', en: 'Tashkent', ru: 'Ташкент', kk: 'Ташкент', lon: 69.2401, lat: 41.2995, rank: 2 },
  { kind: 'capital', en: 'Moscow', ru: 'Москва', kk: 'Мәскеу', lon: 37.6173, lat: 55.7558, rank: 1 },
  { kind: 'capital', en: 'Beijing', ru: 'Пекин', kk: 'Бейжің', lon: 116.4074, lat: 39.9042, rank: 1 },
  { kind: 'city', en: 'Urumqi', ru: 'Урумчи', kk: 'Үрімжі', lon: 87.6168, lat: 43.8256, rank: 2 },
  { kind: 'capital', en: 'Ashgabat', ru: 'Ашхабад', kk: 'Ашхабад', lon: 58.3261, lat: 37.9601, rank: 3 },
  { kind: 'capital', en: 'Dushanbe', ru: 'Душанбе', kk: 'Душанбе', lon: 68.7791, lat: 38.5598, rank: 3 },
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
