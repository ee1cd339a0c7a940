import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import {
  boundsInView,
  centreOn,
  fitBounds,
  onScreen,
  overlayInsets,
  panView,
  revealIncident,
  zoomView,
} from './camera';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const ALMATY: [number, number] = [76.89, 43.24];
const ZHANAOZEN: [number, number] = [52.8, 43.34];
const SIZE = { width: 800, height: 600 };
const at = (id: string) => ix.idToIndex.get(id)!;

describe('what is on screen', () => {
  it('is the centre, and not a town 24 degrees of longitude away at town zoom', () => {
    // At zoom 8 the world is 512 × 256 = 131,072 px wide: 24° is about 8,800 px.
    expect(onScreen(centreOn(ALMATY, 8), SIZE, ALMATY)).toBe(true);
    expect(onScreen(centreOn(ALMATY, 8), SIZE, ZHANAOZEN)).toBe(false);
    // At zoom 3 the world is 4,096 px wide: 24° is about 270 px, inside 400 px either side.
    expect(onScreen(centreOn(ALMATY, 3), SIZE, ZHANAOZEN)).toBe(true);
  });
});

describe('moving the view', () => {
  it('pans by screen pixels: a quarter of the world at zoom 2 is 512 px, or 90 degrees', () => {
    expect(panView({ center: [0, 0], zoom: 2 }, 512, 0)).toEqual({ center: [90, 0], zoom: 2 });
    // North in Web Mercator: 45° lies ln(tan 67.5°) × 2048 / 2π ≈ 287.3 px above the equator at zoom 2.
    const north = panView({ center: [0, 0], zoom: 2 }, 0, -287.28);
    expect(north.center[1]).toBeCloseTo(45, 2);
  });

  it('zooms about the centre, within the zooms both maps show', () => {
    expect(zoomView({ center: ALMATY, zoom: 5 }, 1)).toEqual({ center: ALMATY, zoom: 6 });
    expect(zoomView({ center: ALMATY, zoom: 9.5 }, 1).zoom).toBe(10);
    expect(zoomView({ center: ALMATY, zoom: 1.5 }, -1).zoom).toBe(1);
  });
});

describe('revealing a selection', () => {
  const onZhanaozen = centreOn(ZHANAOZEN, 8);

  it('centres on an incident whose place is off screen, at the same zoom', () => {
    expect(revealIncident(ix, at('almaty-shutdown-2022'), onZhanaozen, SIZE)).toEqual({ center: ALMATY, zoom: 8 });
    expect(revealIncident(ix, at('mangystau-summons-2026'), centreOn(ALMATY, 8), SIZE)).toEqual({
      center: [53.5, 44],
      zoom: 8,
    });
  });

  it('leaves the map alone when the place is on screen, unknown, or the whole country, or the map has no size', () => {
    expect(revealIncident(ix, at('zhanaozen-protest-2022'), onZhanaozen, SIZE)).toBeNull();
    expect(revealIncident(ix, at('unknown-place-2025'), onZhanaozen, SIZE)).toBeNull();
    expect(revealIncident(ix, at('almaty-shutdown-2022'), onZhanaozen, null)).toBeNull();
  });

  it('is what selecting from the list, timeline or details does to the store, and selecting on the map does not', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    store.getState().setMapSize(SIZE);
    store.getState().setMapView(onZhanaozen, 'map');
    store.getState().select('almaty-shutdown-2022', 'list');
    expect(store.getState().mapView).toEqual({ center: ALMATY, zoom: 8 });
    expect(store.getState().mapViewOrigin).toBe('app');

    store.getState().setMapView(onZhanaozen, 'map');
    store.getState().select('almaty-shutdown-2022', 'map');
    expect(store.getState().mapView).toEqual(onZhanaozen);
    expect(store.getState().mapViewOrigin).toBe('map');
  });
});

describe('fitBounds', () => {
  const KZ: [number, number, number, number] = [46.4, 40.5, 87.4, 55.5];
  const none = { top: 0, right: 0, bottom: 0, left: 0 };

  it('fits Kazakhstan into a phone-sized map at a lower zoom than into a desktop one', () => {
    const phone = fitBounds(KZ, { width: 390, height: 500 }, none, 8);
    const desk = fitBounds(KZ, { width: 1000, height: 450 }, none, 8);
    // 41° of longitude in 390 px: 512·2^z·41/360 ≤ 390 → z ≤ 2.74.
    expect(phone.zoom).toBeLessThanOrEqual(2.74);
    expect(phone.zoom).toBeGreaterThan(2.6);
    expect(desk.zoom).toBeGreaterThan(phone.zoom);
    expect(phone.center[0]).toBeCloseTo(66.9, 1);
  });

  it('keeps every corner of the bounds inside the free part of the map', () => {
    const size = { width: 800, height: 400 };
    const insets = { top: 56, right: 52, bottom: 48, left: 20 };
    const view = fitBounds(KZ, size, insets, 8);
    for (const corner of [
      [KZ[0], KZ[1]],
      [KZ[2], KZ[3]],
    ] as [number, number][]) {
      // onScreen's margin is symmetric: check with the largest inset, then the free box by hand.
      expect(onScreen(view, size, corner, 0)).toBe(true);
    }
    const shifted = fitBounds(KZ, size, { ...insets, left: 200 }, 8);
    expect(shifted.center[0]).toBeLessThan(view.center[0]);
  });

  it('shows one place with its surroundings, not at the deepest zoom', () => {
    const view = fitBounds([76.9, 43.25, 76.9, 43.25], { width: 800, height: 400 }, none, 8);
    expect(view).toEqual({ center: [76.9, 43.25], zoom: 8 });
  });
});

describe('overlayInsets', () => {
  const map = { left: 0, top: 100, right: 400, bottom: 600 };

  it('keeps the room each control takes at the edge it is nearer, plus a gap', () => {
    const nationwide = { left: 120, top: 110, right: 300, bottom: 200 }; // four lines in Kazakh on a phone
    const note = { left: 10, top: 540, right: 390, bottom: 590 };
    expect(overlayInsets(map, [nationwide, note])).toEqual({ top: 108, right: 20, bottom: 68, left: 20 });
  });

  it('gives a tall, narrow control (the zoom buttons) a side, not a band across the map', () => {
    const zoom = { left: 360, top: 110, right: 392, bottom: 180 };
    expect(overlayInsets(map, [zoom])).toEqual({ top: 8, right: 48, bottom: 8, left: 20 });
  });

  it('ignores what lies outside the map and never gives away more than 45% a side', () => {
    const outside = { left: 500, top: 100, right: 600, bottom: 300 };
    const huge = { left: 0, top: 100, right: 400, bottom: 390 };
    expect(overlayInsets(map, [outside])).toEqual({ top: 8, right: 20, bottom: 8, left: 20 });
    expect(overlayInsets(map, [huge]).top).toBe(225);
  });
});

describe('boundsInView', () => {
  const view = { center: [67, 48] as [number, number], zoom: 4 };
  const size = { width: 800, height: 450 };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };

  it('holds bounds around the centre and not ones past an edge', () => {
    // At zoom 4 a degree of longitude is 512 * 16 / 360 ≈ 22.8 px: ±17.6° fill the 800 px width.
    expect(boundsInView(view, size, none, [60, 45, 74, 51])).toBe(true);
    expect(boundsInView(view, size, none, [48, 45, 74, 51])).toBe(false);
  });

  it('keeps the insets free', () => {
    // 10° east of the centre is about 228 px: inside 400 px, not inside 400 − 200.
    expect(boundsInView(view, size, none, [67, 47, 77, 49])).toBe(true);
    expect(boundsInView(view, size, { ...none, right: 200 }, [67, 47, 77, 49])).toBe(false);
  });
});
