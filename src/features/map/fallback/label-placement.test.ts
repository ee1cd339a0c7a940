import { describe, expect, it } from 'vitest';
import { placeLabels, wrapName, type Circle, type LabelSpec, type PlacementView } from './label-placement';

/** Specs positioned straight in screen pixels: the view's transform is the identity. */
function town(en: string, at: [number, number], rank = 1, minZoom = 2): LabelSpec {
  return { id: `town:${en}`, kind: 'town', base: at, names: { en }, rank, minZoom, maxZoom: Infinity };
}

function view(markers: Circle[] = [], zoom = 5, lang: PlacementView['lang'] = 'en'): PlacementView {
  return { zoom, lang, width: 400, height: 300, toScreen: (p) => p, markers };
}

const names = (placed: ReturnType<typeof placeLabels>) => placed.map((p) => p.lines.join(' '));

describe('placing town names', () => {
  it('puts a name under its dot, offset from it', () => {
    const [almaty] = placeLabels([town('Almaty', [200, 150])], view());
    // Zoom 5: a rank-1 town's name is 14 px and its dot 3 px; the name starts 6 px under the point.
    expect(almaty).toMatchObject({ lines: ['Almaty'], x: 200, top: 156, anchor: 'middle', size: 14 });
    expect(almaty!.dot).toEqual({ x: 200, y: 150, r: 3 });
  });

  it('moves a name off a marker: above the dot when a marker sits under it', () => {
    const [almaty] = placeLabels([town('Almaty', [200, 150])], view([{ x: 200, y: 175, r: 10 }]));
    expect(almaty!.anchor).toBe('middle');
    expect(almaty!.top).toBeCloseTo(127.2, 5);
  });

  it('names a marker that covers a town beside the marker, without a dot, and only once', () => {
    const placed = placeLabels(
      [
        town('Almaty', [200, 150]),
        town('Talgar', [205, 152], 4),
        { ...town('Republic Square', [198, 151]), kind: 'site', id: 'site:square' },
      ],
      view([{ x: 200, y: 150, r: 15 }]),
    );
    expect(names(placed)).toEqual(['Almaty']);
    // Under the marker: its radius 15, 2 px clear of it, 1 more.
    expect(placed[0]).toMatchObject({ x: 200, top: 168, dot: null });
  });

  it('leaves out a lower-ranked name that would overlap a higher one, whatever the input order', () => {
    const placed = placeLabels([town('Konaev', [200, 160], 4), town('Almaty', [200, 150], 1)], view());
    expect(names(placed)).toEqual(['Almaty']);
  });

  it('keeps names inside the map: one at the right edge goes left of its dot', () => {
    const [name] = placeLabels([town('Oskemen', [395, 150], 2)], view());
    expect(name).toMatchObject({ anchor: 'end' });
    // Zoom 5: a rank-2 dot is 3 px, the name ends 6 px left of the point.
    expect(name!.x).toBe(389);
    expect(placeLabels([town('Beyond', [420, 150])], view())).toEqual([]);
  });

  it('shows a town from its own zoom (`z`), and a region name only below zoom 9', () => {
    const zhanaozen = town('Zhanaozen', [200, 150], 5, 7);
    expect(placeLabels([zhanaozen], view([], 6.99))).toEqual([]);
    expect(names(placeLabels([zhanaozen], view([], 7)))).toEqual(['Zhanaozen']);
    const region: LabelSpec = { ...town('Mangystau Region', [100, 100]), kind: 'region', minZoom: 5, maxZoom: 9 };
    expect(names(placeLabels([region], view([], 8.9)))).toEqual(['Mangystau Region']);
    expect(placeLabels([region], view([], 9))).toEqual([]);
  });

  it("writes the reader's language, and English where a name has no translation", () => {
    const oral: LabelSpec = { ...town('Oral', [200, 150]), names: { en: 'Oral', ru: 'Уральск', kk: 'Орал' } };
    const aksay: LabelSpec = { ...town('Aksay', [100, 60]), names: { en: 'Aksay' } };
    expect(names(placeLabels([oral, aksay], view([], 5, 'kk')))).toEqual(['Орал', 'Aksay']);
    expect(names(placeLabels([oral], view([], 5, 'ru')))).toEqual(['Уральск']);
  });

  it('puts a region marker’s own name under it', () => {
    const ring: LabelSpec = {
      ...town('Turkistan Region', [200, 150]),
      kind: 'marker',
      minZoom: 0,
    };
    const [name] = placeLabels([ring], view([{ x: 200, y: 150, r: 14 }]));
    expect(name).toMatchObject({ lines: ['Turkistan', 'Region'], x: 200, top: 167, dot: null });
  });
});

describe('breaking long names', () => {
  it('breaks at spaces and keeps a long word whole', () => {
    expect(wrapName('North Kazakhstan Region', 13)).toEqual(['North', 'Kazakhstan', 'Region']);
    expect(wrapName('Saryarka (Kazakh Uplands)', 14)).toEqual(['Saryarka', '(Kazakh', 'Uplands)']);
    expect(wrapName('Ust-Kamenogorsk', 8)).toEqual(['Ust-Kamenogorsk']);
    expect(wrapName('Lake Balkhash', 14)).toEqual(['Lake Balkhash']);
  });
});
