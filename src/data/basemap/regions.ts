/**
 * The 17 regions (oblasts) of Kazakhstan since the 2022 reform, with names in
 * three languages and a label point each. Part of the basemap gazetteer; kept
 * apart because the map's region markers use these points too.
 */
import type { Names } from './gazetteer';

export interface RegionEntry extends Names {
  /** The id the dataset gazetteer (data/places.json) uses, or would use, for this region. */
  id: string;
  /** Label point: Natural Earth's where the region kept its shape, else our own (see `note`). */
  at: [number, number];
  note?: string;
}

/** The 17 regions (oblasts) since 2022. Label points only: no borders are drawn. */
export const REGIONS: RegionEntry[] = [
  {
    id: 'abai-region',
    en: 'Abai Region',
    ru: 'Абайская область',
    kk: 'Абай облысы',
    at: [79.6, 48.8],
    note: 'created in 2022 from East Kazakhstan Region',
  },
  { id: 'akmola-region', en: 'Akmola Region', ru: 'Акмолинская область', kk: 'Ақмола облысы', at: [69.85, 51.93] },
  { id: 'aktobe-region', en: 'Aktobe Region', ru: 'Актюбинская область', kk: 'Ақтөбе облысы', at: [58.94, 48.03] },
  {
    id: 'almaty-region',
    en: 'Almaty Region',
    ru: 'Алматинская область',
    kk: 'Алматы облысы',
    at: [76.0, 44.6],
    note: 'its north became Jetisu Region in 2022; the old label point now lies there',
  },
  { id: 'atyrau-region', en: 'Atyrau Region', ru: 'Атырауская область', kk: 'Атырау облысы', at: [51.76, 47.77] },
  {
    id: 'east-kazakhstan-region',
    en: 'East Kazakhstan Region',
    ru: 'Восточно-Казахстанская область',
    kk: 'Шығыс Қазақстан облысы',
    at: [84.0, 48.9],
    note: 'lost its west to Abai Region in 2022',
  },
  {
    id: 'jetisu-region',
    en: 'Jetisu Region',
    ru: 'Жетысуская область',
    kk: 'Жетісу облысы',
    at: [79.0, 45.8],
    note: 'created in 2022 from Almaty Region',
  },
  {
    id: 'karaganda-region',
    en: 'Karaganda Region',
    ru: 'Карагандинская область',
    kk: 'Қарағанды облысы',
    at: [74.0, 48.5],
    note: 'lost its west to Ulytau Region in 2022',
  },
  {
    id: 'kostanay-region',
    en: 'Kostanay Region',
    ru: 'Костанайская область',
    kk: 'Қостанай облысы',
    at: [64.13, 51.29],
  },
  {
    id: 'kyzylorda-region',
    en: 'Kyzylorda Region',
    ru: 'Кызылординская область',
    kk: 'Қызылорда облысы',
    at: [63.62, 44.6],
  },
  {
    id: 'mangystau-region',
    en: 'Mangystau Region',
    ru: 'Мангистауская область',
    kk: 'Маңғыстау облысы',
    at: [53.46, 44.04],
  },
  {
    id: 'north-kazakhstan-region',
    en: 'North Kazakhstan Region',
    ru: 'Северо-Казахстанская область',
    kk: 'Солтүстік Қазақстан облысы',
    at: [70.03, 54.35],
  },
  {
    id: 'pavlodar-region',
    en: 'Pavlodar Region',
    ru: 'Павлодарская область',
    kk: 'Павлодар облысы',
    at: [76.38, 52.21],
  },
  {
    id: 'turkistan-region',
    en: 'Turkistan Region',
    ru: 'Туркестанская область',
    kk: 'Түркістан облысы',
    at: [69.2, 44.3],
    note: 'South Kazakhstan Region until 2018; the old label point sat on Turkistan city',
  },
  {
    id: 'ulytau-region',
    en: 'Ulytau Region',
    ru: 'Улытауская область',
    kk: 'Ұлытау облысы',
    at: [66.5, 48.3],
    note: 'created in 2022 from Karaganda Region',
  },
  {
    id: 'west-kazakhstan-region',
    en: 'West Kazakhstan Region',
    ru: 'Западно-Казахстанская область',
    kk: 'Батыс Қазақстан облысы',
    at: [50.51, 49.89],
  },
  { id: 'zhambyl-region', en: 'Zhambyl Region', ru: 'Жамбылская область', kk: 'Жамбыл облысы', at: [72.49, 44.32] },
];

/** Region label points by dataset id, for markers of incidents known only to a region. */
export const REGION_ANCHORS: ReadonlyMap<string, [number, number]> = new Map(REGIONS.map((r) => [r.id, r.at]));
