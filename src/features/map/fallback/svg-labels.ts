/**
 * The SVG map's place names: the names it knows (country names and capitals
 * from the first paint, the detail file's gazetteer once it arrives, the
 * dataset's sites, region markers' own names), placed for each view by
 * label-placement.ts and drawn as text nodes. Drawn names are kept and reused,
 * so panning moves nodes instead of building them.
 */
import type { Point } from 'geojson';
import type { Place } from '../../../data/schema';
import { round } from '../../../lib/numbers';
import { BASEMAP_LABELS } from '../basemap/labels';
import { siteFeatures } from '../map-groups';
import type { Cluster } from './cluster';
import { project } from './geometry';
import { placeLabels, type LabelSpec, type PlacedLabel, type PlacementView } from './label-placement';
import { svgEl } from './svg-layers';

/** Country names and the capitals beyond the detail file, as the WebGL map's first paint has them. */
function basemapSpecs(): LabelSpec[] {
  return BASEMAP_LABELS.map((l) => ({
    id: `${l.kind}:${l.en}`,
    kind: l.kind,
    base: project([l.lon, l.lat]),
    names: { en: l.en, ru: l.ru, kk: l.kk },
    rank: l.rank,
    minZoom: l.kind === 'capital' ? 3 : 0,
    maxZoom: Infinity,
  }));
}

/** Squares and buildings the dataset names, from zoom 8 as on the WebGL map. */
export function siteSpecs(places: Iterable<Place>): LabelSpec[] {
  return siteFeatures(places).features.map((f) => {
    const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
    const p = f.properties as { name_en: string; name_ru?: string; name_kk?: string };
    return {
      id: `site:${lon},${lat}`,
      kind: 'site',
      base: project([lon, lat]),
      names: { en: p.name_en, ru: p.name_ru, kk: p.name_kk },
      rank: 1,
      minZoom: 8,
      maxZoom: Infinity,
    };
  });
}

/** A region marker carries its region's name under it, as on the WebGL map. */
export function markerSpecs(clusters: readonly Cluster[]): LabelSpec[] {
  const out: LabelSpec[] = [];
  for (const c of clusters) {
    const m = c.members.length === 1 ? c.members[0]! : null;
    if (!m || m.spread !== 'region' || !m.name_en) continue;
    out.push({
      id: `marker:${m.key}`,
      kind: 'marker',
      base: m.base,
      names: { en: m.name_en, ru: m.name_ru, kk: m.name_kk },
      rank: 0,
      minZoom: 0,
      maxZoom: Infinity,
      region: m.place,
    });
  }
  return out;
}

export class LabelLayer {
  private readonly basemap = basemapSpecs();
  private detail: LabelSpec[] = [];
  private sites: LabelSpec[] = [];
  private markers: LabelSpec[] = [];
  private colors = new Map<string, string>();
  private readonly nodes = new Map<string, SVGElement>();

  constructor(private readonly group: SVGGElement) {}

  setDetail(specs: LabelSpec[]) {
    this.detail = specs;
  }

  setSites(specs: LabelSpec[]) {
    this.sites = specs;
  }

  /** The clusters drawn now: region markers name themselves, and their region's plain name steps aside. */
  setMarkers(clusters: readonly Cluster[]) {
    this.markers = markerSpecs(clusters);
    this.colors = new Map(clusters.map((c) => [`marker:${c.key}`, c.members[0]?.color ?? '#26344f']));
  }

  draw(view: PlacementView) {
    const marked = new Set(this.markers.map((s) => s.region));
    const detail = this.detail.filter((s) => !(s.kind === 'region' && marked.has(s.region)));
    const placed = placeLabels([...this.markers, ...this.basemap, ...detail, ...this.sites], view);
    const used = new Set<string>();
    const dots: SVGElement[] = [];
    const texts: SVGElement[] = [];
    for (const p of placed) {
      if (p.dot) {
        const dot = this.node(`dot:${p.spec.id}:${round(p.dot.r, 1)}`, used, () => dotNode(p));
        dot.setAttribute('transform', `translate(${round(p.dot.x, 1)},${round(p.dot.y, 1)})`);
        dots.push(dot);
      }
      const key = `${p.spec.id}|${view.lang}|${p.anchor}|${p.size}|${p.lines.join('\n')}`;
      const text = this.node(key, used, () => textNode(p, this.colors.get(p.spec.id)));
      text.setAttribute('transform', `translate(${round(p.x, 1)},${round(p.top, 1)})`);
      texts.push(text);
    }
    const children = [...dots, ...texts];
    // Moving the same names needs no new children: re-inserting them would restyle every name each frame.
    if (children.length !== this.group.children.length || children.some((c, k) => this.group.children[k] !== c))
      this.group.replaceChildren(...children);
    // Names drawn at other zooms and languages are let go once there are many.
    if (this.nodes.size > 1500) for (const k of this.nodes.keys()) if (!used.has(k)) this.nodes.delete(k);
  }

  private node(key: string, used: Set<string>, make: () => SVGElement): SVGElement {
    used.add(key);
    let n = this.nodes.get(key);
    if (!n) {
      n = make();
      this.nodes.set(key, n);
    }
    return n;
  }
}

function dotNode(p: PlacedLabel): SVGElement {
  return svgEl('circle', { r: round(p.dot!.r, 1), class: `fallback-dot ${p.spec.kind}` });
}

/** One name, its lines as tspans under the anchor point. Gazetteer text only ever becomes text nodes. */
function textNode(p: PlacedLabel, color: string | undefined): SVGElement {
  const text = svgEl('text', {
    class: `fallback-label ${p.spec.kind}`,
    'text-anchor': p.anchor,
    'font-size': p.size,
  });
  if (p.spec.kind === 'marker' && color) text.setAttribute('fill', color);
  p.lines.forEach((line, k) => {
    const span = svgEl('tspan', { x: 0, y: round(p.size * (0.95 + 1.2 * k), 1) });
    span.textContent = line;
    text.append(span);
  });
  return text;
}
