/**
 * Where the SVG map's place names go at a view: the basemap gazetteer's towns,
 * regions, waters and landforms, country names and the dataset's sites, each
 * from its own zoom, in the reader's language. As MapLibre does for the WebGL
 * map, names are placed by rank and a name that would overlap one already
 * placed, or an incident marker, is left out; a town's name tries below,
 * above, right and left of its dot. Text widths are estimated, not measured,
 * so placing costs no layout and stays pure (tested without a browser).
 */
import type { UiLang } from '../../../lib/langs';

export type LabelKind = 'country' | 'capital' | 'town' | 'site' | 'region' | 'water' | 'physical' | 'marker';

export interface LabelNames {
  en: string;
  ru?: string | undefined;
  kk?: string | undefined;
}

export interface LabelSpec {
  /** Stable across views, so a drawn name is reused. */
  id: string;
  kind: LabelKind;
  /** Position at zoom 0. */
  base: [number, number];
  names: LabelNames;
  /** The gazetteer's rank: 1 is the most important. */
  rank: number;
  /** Shown from this whole zoom level. */
  minZoom: number;
  /** Shown below this zoom. */
  maxZoom: number;
  /** A region's gazetteer id: its name is left to the region's marker when it has one. */
  region?: string;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  spec: LabelSpec;
  lines: string[];
  /** Where the text is anchored horizontally, and the top of its first line. */
  x: number;
  top: number;
  anchor: TextAnchor;
  size: number;
  dot: Circle | null;
}

export interface PlacementView {
  zoom: number;
  lang: UiLang;
  width: number;
  height: number;
  toScreen: (base: [number, number]) => [number, number];
  /** Incident markers as drawn: no name or dot may touch one. */
  markers: readonly Circle[];
}

type Side = 'below' | 'above' | 'right' | 'left' | 'center';

const LINE = 1.2;
/** Clear space around a name, in pixels. */
const PAD = 2;

/** Sizes follow the WebGL map's layers (basemap/detail-style.ts, basemap/style.ts). */
export function labelSize(spec: LabelSpec, zoom: number): number {
  const lerp = (z0: number, a: number, z1: number, b: number) =>
    a + (b - a) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  switch (spec.kind) {
    case 'town': {
      const from = spec.rank === 1 ? 13 : spec.rank === 2 ? 12 : 11;
      const to = spec.rank === 1 ? 17 : spec.rank === 2 ? 16 : spec.rank === 3 ? 15 : 14;
      return Math.round(lerp(3, from, 9, to));
    }
    case 'country':
      return Math.round(lerp(2, 11, 6, 16));
    case 'capital':
      return Math.round(lerp(3, 11, 8, 15));
    case 'water':
      return Math.round(lerp(3, 11, 8, 14));
    case 'physical':
      return 11;
    default:
      return 12;
  }
}

/** The radius of a town's dot: larger for the main cities as the map zooms in. */
export function dotRadius(spec: LabelSpec, zoom: number): number {
  if (spec.kind === 'site') return 4;
  if (spec.kind === 'capital') return 3;
  if (spec.kind !== 'town') return 0;
  const to = spec.rank <= 2 ? 5 : 3.5;
  return 2 + (to - 2) * Math.min(1, Math.max(0, (zoom - 3) / 6));
}

const UPPER: ReadonlySet<LabelKind> = new Set(['country', 'region', 'physical', 'marker']);
/** Longest line, in ems, as the WebGL layers' text-max-width. */
const MAX_EMS: Partial<Record<LabelKind, number>> = { town: 8, site: 10, region: 9, water: 7, physical: 8, marker: 9 };

/** Average advance of a character, in ems (wider for capitals and letter-spaced names). */
function charWidth(kind: LabelKind): number {
  return UPPER.has(kind) ? 0.82 : 0.6;
}

/** Breaks a name into lines of about `max` characters at spaces; a longer word keeps its own line. */
export function wrapName(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function sidesFor(kind: LabelKind): Side[] {
  if (kind === 'town' || kind === 'site') return ['below', 'above', 'right', 'left'];
  if (kind === 'capital') return ['below', 'above'];
  if (kind === 'marker') return ['below'];
  return ['center'];
}

function overlaps(a: Box, b: Box) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function touchesCircle(b: Box, c: Circle) {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  return dx * dx + dy * dy < c.r * c.r;
}

/** The names to draw at this view, most important first. */
export function placeLabels(specs: readonly LabelSpec[], view: PlacementView): PlacedLabel[] {
  const { zoom, width, height } = view;
  const level = Math.floor(zoom + 1e-9);
  const markers = view.markers
    .filter((m) => m.x + m.r >= 0 && m.y + m.r >= 0 && m.x - m.r <= width && m.y - m.r <= height)
    .map((m) => ({ ...m, r: m.r + PAD }));
  const taken: Box[] = [];
  const free = (b: Box) =>
    b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height && !taken.some((t) => overlaps(t, b));
  const clearOfMarkers = (b: Box, own?: Circle) => !markers.some((m) => m !== own && touchesCircle(b, m));
  const out: PlacedLabel[] = [];
  const named = new Set<Circle>();

  const candidates = specs
    .filter((s) => level >= s.minZoom && zoom < s.maxZoom)
    .map((s) => ({ s, p: view.toScreen(s.base) }))
    .filter(({ p: [x, y] }) => x >= 0 && y >= 0 && x <= width && y <= height)
    .sort((a, b) => priority(a.s) - priority(b.s));

  for (const { s, p } of candidates) {
    const [px, py] = p;
    const size = labelSize(s, zoom);
    const text = s.names[view.lang] || s.names.en;
    if (!text) continue;
    const cw = charWidth(s.kind);
    const lines = wrapName(text, Math.max(6, Math.round((MAX_EMS[s.kind] ?? 99) / cw)));
    const w = Math.max(...lines.map((l) => l.length)) * size * cw;
    const h = lines.length * size * LINE;
    const r = dotRadius(s, zoom);
    let dot: Circle | null = r > 0 ? { x: px, y: py, r } : null;
    let [ax, ay] = p;
    let gap = r + 3;
    // A name keeps clear of every marker but the one it is put beside: a region marker's own, or the marker on a
    // town's dot (the town is then named beside the marker, with no dot on it: the name says where the marker is).
    const under = (dot || s.kind === 'marker') && markers.find((m) => (m.x - px) ** 2 + (m.y - py) ** 2 < m.r ** 2);
    if (under) {
      // One name per marker, and only a town's: a site under its city's cluster would name the whole cluster.
      if (named.has(under) || s.kind === 'site' || s.kind === 'capital') continue;
      dot = null;
      [ax, ay, gap] = [under.x, under.y, under.r + 1];
    }
    const dotBox = dot && { x0: px - r - 1, y0: py - r - 1, x1: px + r + 1, y1: py + r + 1 };
    if (dotBox && (!clearOfMarkers(dotBox) || taken.some((t) => overlaps(t, dotBox)))) continue;
    for (const side of sidesFor(s.kind)) {
      const box = boxAt(side, ax, ay, w, h, gap);
      const padded = { x0: box.x0 - PAD, y0: box.y0 - PAD, x1: box.x1 + PAD, y1: box.y1 + PAD };
      if (!free(padded) || !clearOfMarkers(padded, under || undefined)) continue;
      taken.push(padded);
      if (dotBox) taken.push(dotBox);
      if (under) named.add(under);
      const anchor: TextAnchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
      const x = side === 'right' ? box.x0 : side === 'left' ? box.x1 : ax;
      out.push({ spec: s, lines, x, top: box.y0, anchor, size, dot });
      break;
    }
  }
  return out;
}

function boxAt(side: Side, x: number, y: number, w: number, h: number, gap: number): Box {
  switch (side) {
    case 'below':
      return { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h };
    case 'above':
      return { x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap };
    case 'right':
      return { x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 };
    case 'center':
      return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
  }
}

/**
 * Which names win a place: a region marker's own name, then towns by rank
 * with the country and capitals among them, then waters, regions and landforms.
 */
export function priority(s: LabelSpec): number {
  switch (s.kind) {
    case 'marker':
      return 0;
    case 'town':
      return s.rank;
    case 'country':
      return s.rank === 0 ? 1.5 : s.rank + 2;
    case 'capital':
      return s.rank + 1;
    case 'site':
      return 2.5;
    case 'water':
      return s.rank + 2.5;
    case 'region':
      return 4.5;
    case 'physical':
      return 6;
  }
}
