/** The timeline's step between incidents; its window arithmetic lives in store/time-windows.ts. */
import type { DataIndex } from '../../data/data-index';
import type { TimeWindow } from '../../store/slices/time-window';

/**
 * The incident before or after the current one in date order among the
 * filtered incidents. With nothing selected, "next" is the first incident in
 * (or after) the window and "previous" the last one in (or before) it.
 */
export function stepIncident(
  ix: DataIndex,
  byDate: Uint32Array,
  currentId: string | null,
  dir: 1 | -1,
  window: TimeWindow | null,
): string | null {
  if (byDate.length === 0) return null;
  const current = currentId === null ? -1 : byDate.indexOf(ix.idToIndex.get(currentId) ?? -1);
  if (current >= 0) {
    const next = byDate[current + dir];
    return next === undefined ? null : (ix.ids[next] ?? null);
  }
  if (dir === 1) {
    for (const i of byDate) if (!window || ix.end[i]! > window.start) return ix.ids[i] ?? null;
    return null;
  }
  for (let k = byDate.length - 1; k >= 0; k--) {
    const i = byDate[k]!;
    if (!window || ix.start[i]! < window.end) return ix.ids[i] ?? null;
  }
  return null;
}
