import { describe, expect, it } from 'vitest';
import { describeMarker, step, type ScreenMarker } from './marker-nav';

const m = (key: string, x: number, y: number, extra: Partial<ScreenMarker> = {}): ScreenMarker => ({
  key,
  x,
  y,
  radius: 9,
  count: 1,
  places: ['almaty'],
  spread: 'point',
  id: '',
  ...extra,
});

const markers = [m('west', 100, 200), m('centre', 300, 210), m('east', 500, 190), m('north', 310, 50)];
const centre = { x: 300, y: 200 };

describe('step', () => {
  it('starts at the marker nearest the middle of the map', () => {
    expect(step(markers, null, 'right', centre)?.key).toBe('centre');
  });

  it('moves to the nearest marker in the arrow’s direction, preferring ones in line', () => {
    const from = markers[1]!;
    expect(step(markers, from, 'right', centre)?.key).toBe('east');
    expect(step(markers, from, 'left', centre)?.key).toBe('west');
    expect(step(markers, from, 'up', centre)?.key).toBe('north');
  });

  it('stays put at the edge and finds nothing on an empty map', () => {
    expect(step(markers, markers[2]!, 'right', centre)?.key).toBe('east');
    expect(step([], null, 'down', centre)).toBeNull();
  });
});

describe('describeMarker', () => {
  const names: Record<string, string> = {
    almaty: 'Almaty',
    'republic-square': 'Republic Square',
    talgar: 'Talgar District',
    astana: 'Astana',
    'mangystau-region': 'Mangystau Region',
  };
  const text = {
    count: (n: number) => `${n} incident${n === 1 ? '' : 's'}`,
    more: (n: number) => `and ${n} more`,
    region: 'somewhere in the region',
  };
  const name = (id: string) => names[id] ?? id;

  it('says the place and how many incidents it holds', () => {
    expect(describeMarker(m('a', 0, 0, { count: 13 }), name, text)).toBe('Almaty: 13 incidents');
  });

  it('adds the title of a single incident', () => {
    expect(describeMarker(m('a', 0, 0), name, text, 'Banner on marathon route')).toBe(
      'Almaty: 1 incident, Banner on marathon route',
    );
  });

  it('names up to three places of a cluster and counts the rest', () => {
    const places = ['almaty', 'republic-square', 'almaty', 'talgar', 'astana', 'mangystau-region'];
    expect(describeMarker(m('c', 0, 0, { count: 20, places }), name, text)).toBe(
      'Almaty, Republic Square, Talgar District and 2 more: 20 incidents',
    );
  });

  it('says when the place is only a region', () => {
    const region = m('r', 0, 0, { places: ['mangystau-region'], spread: 'region' });
    expect(describeMarker(region, name, text)).toBe('Mangystau Region (somewhere in the region): 1 incident');
  });
});
