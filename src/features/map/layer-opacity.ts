/**
 * A layer made transparent is laid out like any other but not drawn: MapLibre
 * skips a layer whose opacity is a constant 0. Giving its opacity back needs
 * no new layout, so the very next frame draws it. first-draws.ts shows layers
 * one kind per frame this way.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type OpacityName = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity' | 'text-opacity';

const OPACITY: Partial<Record<LayerSpecification['type'], OpacityName[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  // A circle is skipped only when its stroke is transparent too.
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  // The app's symbol layers are text only.
  symbol: ['text-opacity'],
};

type Paint = Partial<Record<OpacityName, unknown>>;

/** The layer, not drawn until its opacity is given back (restoreOpacity). */
export function transparent<T extends LayerSpecification>(layer: T): T {
  const paint = { ...('paint' in layer ? layer.paint : {}) } as Paint;
  for (const p of OPACITY[layer.type] ?? []) paint[p] = 0;
  return { ...layer, paint };
}

/** Gives a transparent layer the opacity of its spec at once (no fade: the next frame must draw it). */
export function restoreOpacity(map: Pick<MapLibreMap, 'getLayer' | 'setPaintProperty'>, spec: LayerSpecification) {
  if (!map.getLayer(spec.id)) return;
  const paint = ('paint' in spec ? (spec.paint ?? {}) : {}) as Paint;
  for (const p of OPACITY[spec.type] ?? []) {
    map.setPaintProperty(spec.id, `${p}-transition`, { duration: 0, delay: 0 });
    // null gives back the style specification's default.
    map.setPaintProperty(spec.id, p, (paint[p] ?? null) as never);
  }
}
