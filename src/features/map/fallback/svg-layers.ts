/**
 * SVG builders for the map drawn without WebGL: basemap paths, reference
 * labels and incident markers. Dataset text only ever becomes text nodes or
 * attribute values, never markup.
 */
import { geoPath } from 'd3-geo';
import type { ZoomTransform } from 'd3-zoom';
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import { BASEMAP_LABELS } from '../../map/basemap/labels';
import { BASEMAP_COLORS } from '../../../ui/basemap-colors';
import type { UiLang } from '../../../lib/langs';
import { round } from '../../../lib/numbers';
import { baseProjection, labelRankLimit, markerRadius, type Marker } from './geometry';

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

/** Reference labels in the reader's language, fewer when zoomed out. */
export function drawLabels(group: SVGGElement, t: ZoomTransform, lang: UiLang) {
  const zoom = Math.log2(t.k);
  const limit = labelRankLimit(zoom);
  const nodes: SVGElement[] = [];
  for (const l of BASEMAP_LABELS) {
    const isCountry = l.kind === 'country';
    if (l.rank > limit + (isCountry ? 1 : 0) || (!isCountry && zoom < 2.5)) continue;
    const [x, y] = t.apply(baseProjection()([l.lon, l.lat]) ?? [0, 0]);
    const text = svgEl('text', {
      x: round1(x),
      y: round1(y + (isCountry ? 0 : 14)),
      class: isCountry ? 'fallback-label country' : 'fallback-label',
    });
    text.textContent = l[lang] || l.en;
    nodes.push(text);
    if (!isCountry) nodes.push(svgEl('circle', { cx: round1(x), cy: round1(y), r: 2, class: 'fallback-city-dot' }));
  }
  group.replaceChildren(...nodes);
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

/** Moves a marker to where the transform puts its place. */
export function placeMarker(wrap: SVGGElement, m: Marker, t: ZoomTransform) {
  const [x, y] = t.apply(m.base);
  wrap.setAttribute('transform', `translate(${round1(x)},${round1(y)})`);
}

/** Screen positions to a tenth of a pixel keep the SVG small. */
function round1(n: number) {
  return round(n, 1);
}
