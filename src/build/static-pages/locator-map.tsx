/**
 * A small locator map for pages without JavaScript: the app's own basemap
 * (the same Natural Earth shapes the live map draws) projected once per view
 * into a shared SVG file, and on each page an inline SVG that places the
 * incident on it. Markers follow the live map: a town or an exact place is a
 * solid dot, a region or a country a hollow ring over a faint halo as wide as
 * the live map draws it at the same scale, and an incident without a place is
 * not drawn at all but said in words.
 */
import { geoMercator, geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Incident, Place } from '../../data/schema.ts';
import { CATEGORY_STYLE } from '../../ui/categories.ts';
import { BASEMAP_COLORS } from '../../ui/basemap-colors.ts';
import { placeName } from '../../data/localized.ts';
import type { PageLang } from '../../lib/permanent-path.ts';

export type LocatorView = 'region' | 'world';

const WIDTH = 640;
const VIEWS: Record<LocatorView, { height: number; bbox: [number, number, number, number] }> = {
  // Kazakhstan with its neighbours and Xinjiang.
  region: { height: 400, bbox: [44, 36, 90, 56] },
  world: { height: 400, bbox: [-170, -56, 180, 78] },
};

export const LOCATOR_FILES: Record<LocatorView, string> = {
  region: 'static/locator-region.svg',
  world: 'static/locator-world.svg',
};

const projections = new Map<LocatorView, GeoProjection>();

function projection(view: LocatorView): GeoProjection {
  let p = projections.get(view);
  if (!p) {
    const { height, bbox } = VIEWS[view];
    const [w, s, e, n] = bbox;
    p = geoMercator().fitExtent(
      [
        [0, 0],
        [WIDTH, height],
      ],
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [w, s],
            [e, n],
          ],
        },
      },
    );
    p.clipExtent([
      [0, 0],
      [WIDTH, height],
    ]);
    projections.set(view, p);
  }
  return p;
}

/** The view a place is shown in: the region around Kazakhstan when it lies there, else the world. */
export function viewFor(place: Place): LocatorView {
  const [w, s, e, n] = VIEWS.region.bbox;
  return place.lon >= w && place.lon <= e && place.lat >= s && place.lat <= n ? 'region' : 'world';
}

/**
 * The projection, dropping each point that lies within half a pixel of the
 * last one kept: at this size the 1:50m shapes carry far more detail than a
 * locator can show, and the file would weigh half a megabyte.
 */
function coarsened(view: LocatorView): GeoStreamWrapper {
  const p = projection(view);
  return {
    stream(output: GeoStream) {
      let last: [number, number] | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (last && Math.abs(x - last[0]) < 0.5 && Math.abs(y - last[1]) < 0.5) return;
          last = [x, y];
          output.point(x, y);
        },
        lineStart() {
          last = null;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return p.stream(thin);
    },
  };
}

/** The basemap of one view as a standalone SVG file. Colours follow the live basemap. */
export function locatorBasemap(view: LocatorView, countries: FeatureCollection): string {
  const path = geoPath(coarsened(view)).digits(1);
  const { height } = VIEWS[view];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <rect width={WIDTH} height={height} fill={BASEMAP_COLORS.water} />
      {countries.features.map((f, k) => {
        const d = path(f);
        if (!d) return null;
        const home = (f.properties as { name?: string } | null)?.name === 'Kazakhstan';
        return (
          <path
            key={k}
            d={d}
            fill={home ? BASEMAP_COLORS.focus : BASEMAP_COLORS.land}
            stroke={BASEMAP_COLORS.border}
            strokeWidth={home ? 1.2 : 0.5}
          />
        );
      })}
    </svg>,
  )}\n`;
}

/** Web-mercator zoom of the live map that has this view's scale (MapLibre uses 512 px tiles). */
function equivalentZoom(view: LocatorView): number {
  return Math.log2((projection(view).scale() * 2 * Math.PI) / 512);
}

/** The halo radius the live map draws at zoom z (exponential base 2 from zoom 2 to 8). */
function haloRadius(spread: 'region' | 'country', view: LocatorView): number {
  const atTwo = spread === 'country' ? 40 : 12;
  const z = Math.min(8, Math.max(2, equivalentZoom(view)));
  return Math.min(WIDTH, atTwo * 2 ** (z - 2));
}

export interface LocatorProps {
  incident: Incident;
  place: Place | undefined;
  lang: PageLang;
  /** Link from this page to the basemap file of the view. */
  basemapHref: (file: string) => string;
  label: string;
}

/** The inline map, or null when the incident has no place (the page says so in words). */
export function LocatorMap({ incident, place, lang, basemapHref, label }: LocatorProps) {
  if (!place || incident.locationPrecision === 'unknown') return null;
  const view = viewFor(place);
  const { height } = VIEWS[view];
  const xy = projection(view)([place.lon, place.lat]);
  if (!xy) return null;
  const [x, y] = xy.map((v) => Math.round(v * 10) / 10) as [number, number];
  const style = CATEGORY_STYLE[incident.category];
  const spread =
    incident.locationPrecision === 'country' ? 'country' : incident.locationPrecision === 'region' ? 'region' : null;
  const name = placeName(place, lang);
  const labelLeft = x > WIDTH * 0.7;
  return (
    <svg
      className={`locator cat-${incident.category}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      data-spread={spread ?? 'point'}
    >
      <image href={basemapHref(LOCATOR_FILES[view])} x={0} y={0} width={WIDTH} height={height} />
      {spread && <circle className="locator-halo" cx={x} cy={y} r={Math.round(haloRadius(spread, view))} />}
      <circle className={spread ? 'locator-ring' : 'locator-dot'} cx={x} cy={y} r={9} />
      <text className={spread ? 'locator-symbol coarse' : 'locator-symbol'} x={x} y={y} dy="0.35em">
        {style.symbol}
      </text>
      <text
        className="locator-label"
        x={labelLeft ? x - 14 : x + 14}
        y={y}
        dy="0.35em"
        textAnchor={labelLeft ? 'end' : 'start'}
      >
        {name}
      </text>
    </svg>
  );
}
