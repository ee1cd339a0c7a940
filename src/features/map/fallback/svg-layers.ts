/**
 * SVG builders for the map drawn without WebGL: basemap paths, incident
 * markers and clusters. Dataset text only ever becomes text nodes or
 * attribute values, never markup.
 */
import { geoPath } from 'd3-geo';
import type { ZoomTransform } from 'd3-zoom';
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import { BASEMAP_COLORS } from '../../../ui/basemap-colors';
import { round } from '../../../lib/numbers';
import { clusterRadius, type Cluster } from './cluster';
import { baseProjection, markerRadius, type Marker } from './geometry';

const SVG = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

// Enough digits that coastlines stay sharp at the closest zoom the fallback allows.
const path = geoPath(baseProjection()).digits(5);

/** Land, coasts and borders, drawn once at zoom 0; the zoom transform scales the group. */
export function basemapPaths(
  countries: FeatureCollection<Geometry, { name?: string }>,
  borders: unknown,
): SVGElement[] {
  const out: SVGElement[] = [];
  for (const f of countries.features) {
    const d = path(f);
    if (!d) continue;
    const focus = f.properties?.name === 'Kazakhstan';
    out.push(
      svgEl('path', {
        d,
        class: 'fallback-land',
        fill: focus ? BASEMAP_COLORS.focus : BASEMAP_COLORS.land,
        stroke: BASEMAP_COLORS.coast,
      }),
    );
  }
  const d = path(borders as FeatureCollection);
  if (d) out.push(svgEl('path', { d, class: 'fallback-borders', stroke: BASEMAP_COLORS.border }));
  return out;
}

export function caseThreadPath(thread: FeatureCollection<LineString>): string {
  return path(thread) ?? '';
}

/** A path at zoom 0 for any GeoJSON, for the basemap group the zoom transform scales. */
export function basemapPath(shapes: FeatureCollection): string {
  return path(shapes) ?? '';
}

/** One marker: a focusable button (the circle) with its symbol or count drawn beside it, not inside its name. */
export function buildMarker(m: Marker, name: string): { wrap: SVGGElement; button: SVGGElement } {
  const coarse = m.spread !== 'point';
  const r = markerRadius(m.count);
  const wrap = svgEl('g', { class: 'fallback-marker-wrap' });
  const button = svgEl('g', {
    class: 'fallback-marker',
    role: 'button',
    tabindex: -1,
    'aria-label': name,
    'data-key': m.key,
  });
  if (m.id) button.dataset['id'] = m.id;
  button.append(
    svgEl('circle', { r: r + 5, class: 'fallback-marker-ring' }),
    svgEl('circle', {
      r,
      fill: coarse ? '#ffffff' : m.color,
      stroke: coarse ? m.color : '#ffffff',
      'stroke-width': coarse ? 3 : 1.5,
    }),
  );
  const label = svgEl('text', {
    class: 'fallback-marker-label',
    fill: coarse ? m.color : '#ffffff',
    'font-size': m.count === 1 ? 9 : 11,
    'aria-hidden': 'true',
  });
  label.textContent = m.label;
  wrap.append(button, label);
  return { wrap, button };
}

/** A cluster of several places: the WebGL map's dark disc with the summed count. */
export function buildCluster(c: Cluster, name: string): { wrap: SVGGElement; button: SVGGElement } {
  const wrap = svgEl('g', { class: 'fallback-marker-wrap' });
  const button = svgEl('g', {
    class: 'fallback-marker fallback-cluster',
    role: 'button',
    tabindex: -1,
    'aria-label': name,
    'data-key': c.key,
  });
  const r = clusterRadius(c.count);
  button.append(
    svgEl('circle', { r: r + 5, class: 'fallback-marker-ring' }),
    svgEl('circle', { r, fill: '#26344f', stroke: '#ffffff', 'stroke-width': 2 }),
  );
  const label = svgEl('text', {
    class: 'fallback-marker-label',
    fill: '#ffffff',
    'font-size': 12,
    'aria-hidden': 'true',
  });
  label.textContent = String(c.count);
  wrap.append(button, label);
  return { wrap, button };
}

/** Moves a marker or cluster to where the transform puts it. */
export function placeMarker(wrap: SVGGElement, at: [number, number], t: ZoomTransform) {
  const [x, y] = t.apply(at);
  wrap.setAttribute('transform', `translate(${round1(x)},${round1(y)})`);
}

/** Screen positions to a tenth of a pixel keep the SVG small. */
function round1(n: number) {
  return round(n, 1);
}
