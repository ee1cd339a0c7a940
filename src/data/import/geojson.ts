/**
 * A GeoJSON FeatureCollection as a table: one row per feature, one column per
 * property name (read like a CSV header, so the explorer's own GeoJSON export,
 * template names and ACLED names all work), and `latitude`/`longitude` from a
 * Point geometry. A row's line is the feature's position, 1 for the first.
 */
import { headerKey } from './columns.ts';

/** A table of text cells with the line each row has in the file, from CSV or GeoJSON alike. */
export interface Table {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** A property value as cell text: lists are joined the way the explorer's CSV export joins them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          // An actor of the explorer's export: "Name (role)".
          if (typeof o.name === 'string' && typeof o.role === 'string') return `${o.name} (${o.role})`;
          if (typeof o.title === 'string') return o.title;
          if (typeof o.name === 'string') return o.name;
          return '';
        }
        return cellText(v);
      })
      .filter((s) => s !== '')
      .join('; ');
  }
  return '';
}

export type GeojsonRead = { ok: true; table: Table } | { ok: false; reason: string };

export function geojsonTable(text: string): GeojsonRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== 'FeatureCollection') {
    return { ok: false, reason: 'its "type" is not "FeatureCollection"' };
  }
  const features = (data as { features?: unknown }).features;
  if (!Array.isArray(features)) return { ok: false, reason: 'it has no "features" list' };
  const header: string[] = [];
  const at = new Map<string, number>();
  const column = (name: string) => {
    let k = at.get(name);
    if (k === undefined) {
      k = header.length;
      header.push(name);
      at.set(name, k);
    }
    return k;
  };
  const rows: Table['rows'] = [];
  const hasOwnCoordinates = new Set<string>();
  features.forEach((feature: unknown, index) => {
    const cells: string[] = [];
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
    const props = f.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
    for (const [name, value] of Object.entries(props)) {
      const k = column(name);
      cells[k] = cellText(value);
      const key = headerKey(name);
      if (key === 'latitude' || key === 'longitude') hasOwnCoordinates.add(key);
    }
    const g = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (g && g.type === 'Point' && Array.isArray(g.coordinates)) {
      const [lon, lat] = g.coordinates as unknown[];
      // Properties that give coordinates themselves win: the geometry repeats them.
      if (!hasOwnCoordinates.has('latitude')) cells[column('latitude')] = cellText(lat);
      if (!hasOwnCoordinates.has('longitude')) cells[column('longitude')] = cellText(lon);
    }
    rows.push({ line: index + 1, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { ok: true, table: { header, rows } };
}
