import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../data/data-index';
import { fixtureRaw } from '../../../data/test-fixture';
import { validateDataset } from '../../../data/validate';
import { DEFAULT_MAP_VIEW } from '../../../store/slices/map-view';
import { mapGroups } from '../map-groups';
import {
  fitTransform,
  markerRadius,
  markersFor,
  nextInDirection,
  project,
  transformToView,
  viewToTransform,
  type Size,
} from './geometry';

const raw = fixtureRaw();
const incidents = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
incidents.push({ ...incidents[1], id: 'almaty-second', category: 'detention', date: '2022-01-06' });
const ix = buildIndex(validateDataset(raw).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const size: Size = [800, 500];
const almaty: [number, number] = [76.89, 43.24];
const astana: [number, number] = [71.45, 51.17];

describe('projection of places', () => {
  it('puts the centre of a map view in the middle of the box', () => {
    const t = viewToTransform({ center: almaty, zoom: 6 }, size);
    const [x, y] = t.apply(project(almaty));
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(250, 6);
  });

  it('uses MapLibre zoom levels: one level doubles distances, north is up, east is right', () => {
    const at = (zoom: number) => viewToTransform({ center: almaty, zoom }, size);
    const dx = (zoom: number) => at(zoom).apply(project(astana))[0] - 400;
    expect(dx(5) / dx(4)).toBeCloseTo(2, 6);
    const [ax, ay] = at(5).apply(project(astana));
    expect(ax).toBeLessThan(400); // Astana lies west of Almaty
    expect(ay).toBeLessThan(250); // and north of it
    // The world is 512 px wide at zoom 0, as in MapLibre, so 1024 px at zoom 1.
    const world = at(1).apply(project([180, 0]))[0] - at(1).apply(project([-180, 0]))[0];
    expect(world).toBeCloseTo(1024, 3);
  });

  it('reads back the view it was given (links round-trip through the map)', () => {
    const view = transformToView(viewToTransform(DEFAULT_MAP_VIEW, size), size);
    expect(view.zoom).toBeCloseTo(DEFAULT_MAP_VIEW.zoom, 2);
    expect(view.center[0]).toBeCloseTo(DEFAULT_MAP_VIEW.center[0], 3);
    expect(view.center[1]).toBeCloseTo(DEFAULT_MAP_VIEW.center[1], 3);
  });

  it('keeps zoom within what both maps show (the WebGL map stops at 10)', () => {
    expect(transformToView(viewToTransform({ center: almaty, zoom: 14 }, size), size).zoom).toBe(10);
    expect(transformToView(viewToTransform({ center: almaty, zoom: 0 }, size), size).zoom).toBe(1);
  });
});

describe('fitting to incidents', () => {
  it('shows every place inside the box with a margin', () => {
    const points: [number, number][] = [almaty, astana, [51.2, 43.65]];
    const t = fitTransform(points, size)!;
    for (const p of points) {
      const [x, y] = t.apply(project(p));
      expect(x).toBeGreaterThanOrEqual(39.9);
      expect(x).toBeLessThanOrEqual(760.1);
      expect(y).toBeGreaterThanOrEqual(39.9);
      expect(y).toBeLessThanOrEqual(460.1);
    }
  });

  it('centres a single place at a readable zoom, and fits nothing when nothing is shown', () => {
    const t = fitTransform([almaty], size)!;
    expect(transformToView(t, size)).toMatchObject({ zoom: 7 });
    expect(t.apply(project(almaty))[0]).toBeCloseTo(400, 6);
    expect(fitTransform([], size)).toBeNull();
  });
});

describe('markers share the WebGL map grouping', () => {
  it('draws one marker per group the WebGL map draws, with the same counts, and none for country-level incidents', () => {
    const raw = fixtureRaw();
    const records = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
    records.push({ ...records[1], id: 'somewhere-in-kazakhstan', place: 'kazakhstan', locationPrecision: 'country' });
    records[1] = { ...records[1], cases: [] };
    const wide = buildIndex(validateDataset(raw).dataset);
    const everything = Uint32Array.from({ length: wide.n }, (_, i) => i);
    const markers = markersFor(wide, everything);
    const groups = mapGroups(wide, everything);
    expect(markers.map((m) => m.key).sort()).toEqual(groups.mapped.features.map((f) => f.properties.key).sort());
    expect(markers.reduce((n, m) => n + m.count, 0)).toBe(groups.total - groups.countryTotal);
    expect(groups.countryTotal).toBe(1);
    expect(markers.some((m) => m.spread === 'country')).toBe(false);
    const almatyMarker = markersFor(ix, all).find((m) => m.place === 'almaty')!;
    expect(almatyMarker).toMatchObject({ count: 2, label: '2' });
    expect(almatyMarker.base).toEqual(project(almaty));
  });

  it('lists larger groups first, so they seed the clusters', () => {
    const counts = markersFor(ix, all).map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('sizes markers as the WebGL layers do', () => {
    expect(markerRadius(1)).toBe(9);
    expect(markerRadius(2)).toBe(12);
    expect(markerRadius(150)).toBe(19);
  });
});

describe('arrow keys between markers', () => {
  //   0 . 1
  //   . 2 .
  const points: [number, number][] = [
    [0, 0],
    [100, 0],
    [50, 50],
    [100, 0],
  ];
  it('moves to the nearest marker on that side', () => {
    expect(nextInDirection(points, 0, 'right')).toBe(1);
    expect(nextInDirection(points, 0, 'down')).toBe(2);
    expect(nextInDirection(points, 2, 'up')).toBe(0);
    expect(nextInDirection(points, 1, 'left')).toBe(0);
  });
  it('stops at the edge and steps through markers at one spot', () => {
    expect(nextInDirection(points, 0, 'left')).toBeNull();
    expect(nextInDirection(points, 1, 'right')).toBe(3);
    expect(nextInDirection(points, 3, 'right')).toBeNull();
  });
});
