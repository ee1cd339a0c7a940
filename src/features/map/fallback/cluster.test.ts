import { describe, expect, it } from 'vitest';
import { clusterClick, ClusterLevels, clusterRadius, drawnRadius } from './cluster';
import { project, type Marker } from './geometry';

function marker(key: number, place: string, lonLat: [number, number], count: number): Marker {
  return {
    key,
    place,
    count,
    i: count === 1 ? key : -1,
    id: count === 1 ? `incident-${key}` : '',
    color: '#26344f',
    label: String(count),
    spread: 'point',
    lonLat,
    base: project(lonLat),
  };
}

const almaty = marker(3, 'almaty', [76.9285, 43.2565], 14);
const talgar = marker(6, 'talgar-district', [77.2397, 43.3035], 2);
const astana = marker(9, 'astana', [71.4278, 51.1811], 2);

describe('clusters by zoom', () => {
  const levels = new ClusterLevels([talgar, almaty, astana], 1, 10);

  it('merges markers that would overlap into one cluster with the summed count, named by its largest member', () => {
    const at5 = levels.at(5);
    expect(at5.map((c) => [c.key, c.count, c.members.map((m) => m.place)])).toEqual([
      [9, 2, ['astana']],
      [3, 16, ['almaty', 'talgar-district']],
    ]);
  });

  it('parts them where their circles no longer touch (Talgar is 26 km from Almaty: at zoom 7)', () => {
    expect(levels.at(6).map((c) => c.count)).toEqual([2, 16]);
    expect(levels.at(6)[1]!.splitZoom).toBe(7);
    expect(levels.at(7).map((c) => c.count)).toEqual([2, 2, 14]);
    expect(levels.at(10).map((c) => c.count)).toEqual([2, 2, 14]);
  });

  it('draws larger counts last, on top', () => {
    for (const z of [1, 3, 5, 7, 10]) {
      const counts = levels.at(z).map((c) => c.count);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
    }
  });

  it('uses the whole zoom level, and keeps to the levels built', () => {
    expect(levels.at(6.99)).toBe(levels.at(6));
    expect(levels.at(0)).toBe(levels.at(1));
    expect(levels.at(14)).toBe(levels.at(10));
  });

  it('sizes a lone group as its marker and a cluster as the WebGL map does', () => {
    expect(clusterRadius(16)).toBe(17);
    expect(clusterRadius(9)).toBe(13);
    expect(drawnRadius(levels.at(5)[1]!)).toBe(17);
    expect(drawnRadius(levels.at(7)[2]!)).toBe(15);
  });

  it('leaves no two circles overlapping at any level, and loses no incident', () => {
    // A deterministic scatter of 400 places over Kazakhstan, 1 to 200 incidents each.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const many = Array.from({ length: 400 }, (_, k) =>
      marker(k * 3, `p${k}`, [50 + next() * 35, 41 + next() * 13], 1 + Math.floor(next() * 200)),
    );
    const total = many.reduce((n, m) => n + m.count, 0);
    const all = new ClusterLevels(many, 1, 10);
    for (let z = 1; z <= 10; z++) {
      const drawn = all.at(z);
      expect(drawn.reduce((n, c) => n + c.count, 0)).toBe(total);
      const scale = 2 ** z;
      let overlaps = 0;
      for (let a = 0; a < drawn.length; a++) {
        for (let b = a + 1; b < drawn.length; b++) {
          const [ca, cb] = [drawn[a]!, drawn[b]!];
          const d = Math.hypot(ca.base[0] - cb.base[0], ca.base[1] - cb.base[1]) * scale;
          if (d < drawnRadius(ca) + drawnRadius(cb)) overlaps++;
        }
      }
      expect(overlaps).toBe(0);
    }
    expect(all.at(1).length).toBeLessThan(40);
  });
});

describe('what a click on a cluster does', () => {
  const levels = new ClusterLevels([talgar, almaty, astana], 1, 10);

  it('zooms in to where the cluster parts, centred on it', () => {
    const action = clusterClick(levels.at(5)[1]!, 10);
    expect(action.kind).toBe('zoom');
    if (action.kind !== 'zoom') return;
    expect(action.zoom).toBe(7);
    // The members' positions weighted by their counts: (14 × 76.9285 + 2 × 77.2397) / 16.
    expect(action.center[0]).toBeCloseTo(76.9674, 4);
    expect(action.center[1]).toBeCloseTo(43.2624, 3);
  });

  it('opens one incident, or the chooser for a group at one place', () => {
    const single = marker(12, 'aktobe', [57.17, 50.28], 1);
    const alone = new ClusterLevels([single, astana], 1, 10).at(10);
    expect(
      clusterClick(
        alone.find((c) => c.key === 12)!,
        10,
      ),
    ).toEqual({ kind: 'select', id: 'incident-12' });
    expect(
      clusterClick(
        alone.find((c) => c.key === 9)!,
        10,
      ),
    ).toEqual({ kind: 'chooser', keys: [9] });
  });

  it('offers the chooser when the members share one spot: no zoom separates them', () => {
    const sameSpot = marker(4, 'almaty', [76.9285, 43.2565], 3);
    const levels = new ClusterLevels([almaty, sameSpot], 1, 10);
    const c = levels.at(10)[0]!;
    expect(levels.at(10)).toHaveLength(1);
    expect(c.splitZoom).toBe(Infinity);
    expect(clusterClick(levels.at(4)[0]!, 10)).toEqual({ kind: 'chooser', keys: [3, 4] });
  });

  it('offers the chooser when places still touch at the closest zoom', () => {
    // Republic Square-like: 150 m from the centre, so even at zoom 10 the circles touch.
    const square = marker(30, 'square', [76.93, 43.2555], 2);
    const c = new ClusterLevels([almaty, square], 1, 10).at(10)[0]!;
    expect(c.splitZoom).toBe(11);
    expect(clusterClick(c, 10)).toEqual({ kind: 'chooser', keys: [3, 30] });
  });
});
