/**
 * Rough bounding boxes [west, south, east, north] used to catch swapped or
 * mistyped coordinates in the gazetteer. Countries not listed are not checked.
 */
export const COUNTRY_BOUNDS: Record<string, [number, number, number, number]> = {
  KZ: [46.4, 40.5, 87.4, 55.5],
  CN: [73.4, 18.1, 135.1, 53.6],
  RU: [19.6, 41.1, 180, 81.9],
  KG: [69.2, 39.1, 80.3, 43.3],
  UZ: [55.9, 37.1, 73.2, 45.6],
  TM: [52.4, 35.1, 66.7, 42.8],
  TJ: [67.3, 36.6, 75.2, 41.1],
  MN: [87.7, 41.5, 119.9, 52.2],
  US: [-179.2, 18.9, -66.9, 71.4],
  TR: [25.6, 35.8, 44.8, 42.1],
  VE: [-73.4, 0.6, -59.8, 12.2],
  UA: [22.1, 44.3, 40.2, 52.4],
  BY: [23.1, 51.2, 32.8, 56.2],
  AM: [43.4, 38.8, 46.6, 41.3],
  CH: [5.9, 45.8, 10.5, 47.8],
  BE: [2.5, 49.5, 6.4, 51.5],
  FR: [-5.2, 41.3, 9.6, 51.1],
  DE: [5.9, 47.3, 15.0, 55.1],
  GB: [-8.2, 49.9, 1.8, 60.9],
  MX: [-117.1, 14.5, -86.7, 32.7],
  CO: [-79.0, -4.2, -66.9, 12.5],
  GL: [-73.3, 59.8, -12.2, 83.6],
};

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
