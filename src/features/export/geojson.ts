/**
 * The incidents of the current view as RFC 7946 GeoJSON for GIS tools. The
 * properties are the CSV columns, with lists kept as arrays instead of joined
 * text. Only incidents placed at a site, settlement or district have a Point;
 * the rest keep their place in the properties (incident-record.ts).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { DataIndex } from '../../data/data-index';
import { incidentRecord, type ExportMeta, type IncidentRecord } from './incident-record';

export const GENERATOR = 'Kazakhstan Incident Explorer';

export const GEOMETRY_NOTE =
  'geometry is null when location_precision is region or country (the incident is known only to that area; ' +
  'join it by place_id, region or country) and when it is unknown (no place)';

/** Coordinates live in the geometry only, so the two can never disagree. */
export type IncidentProperties = Omit<IncidentRecord, 'latitude' | 'longitude'>;

export type IncidentFeature = Feature<Point | null, IncidentProperties> & { id: string };

export interface ExportMetadata {
  dataset_version: string;
  /** Said in the file itself, because a GIS tool that drops null geometries drops those incidents silently. */
  geometry_note: typeof GEOMETRY_NOTE;
  /** The language of the dataset text in the properties, where translated (see `translation_status`). */
  lang: string;
  view_link: string;
  accessed: string;
  count: number;
  generator: typeof GENERATOR;
}

/** `metadata` is a foreign member (RFC 7946 §6.1): readers that do not know it ignore it. */
export type IncidentCollection = FeatureCollection<Point | null, IncidentProperties> & {
  features: IncidentFeature[];
  metadata: ExportMetadata;
};

function feature(ix: DataIndex, i: number, meta: ExportMeta): IncidentFeature {
  const { latitude, longitude, ...properties } = incidentRecord(ix, i, meta.link, meta.lang);
  return {
    type: 'Feature',
    id: properties.id,
    // Unlocated and area-only incidents stay in the file with a null geometry (RFC 7946 §3.2), so counts match the view.
    geometry: latitude === null || longitude === null ? null : { type: 'Point', coordinates: [longitude, latitude] },
    properties,
  };
}

/** WGS 84, longitude first; no `crs` member, which RFC 7946 removed. */
export function toGeoJson(ix: DataIndex, visible: ArrayLike<number>, meta: ExportMeta): IncidentCollection {
  const features: IncidentFeature[] = [];
  for (let k = 0; k < visible.length; k++) features.push(feature(ix, visible[k]!, meta));
  return {
    type: 'FeatureCollection',
    metadata: {
      dataset_version: ix.dataset.version,
      geometry_note: GEOMETRY_NOTE,
      lang: meta.lang ?? 'en',
      view_link: meta.link,
      accessed: meta.accessed,
      count: features.length,
      generator: GENERATOR,
    },
    features,
  };
}
