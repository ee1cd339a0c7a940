/**
 * What the timeline shows, as plain data. Day-precise incidents are points;
 * month, year and range dates are spans covering their whole uncertainty.
 */
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import type { GroupBy } from '../../store/slices/ui';

export interface ItemSpec {
  id: string;
  start: number;
  /** Only for spans. */
  end?: number;
  type: 'point' | 'range';
  category: string;
  group?: string;
  label: string;
}

export const NO_REGION_GROUP = 'no-place';

export function groupKey(ix: DataIndex, i: number, groupBy: GroupBy): string | undefined {
  if (groupBy === 'none') return undefined;
  if (groupBy === 'category') return CATEGORY_IDS[ix.category[i]!];
  const r = ix.region[i]!;
  const p = ix.place[i]!;
  if (r >= 0) return ix.placeIds[r];
  if (p >= 0) return ix.placeIds[p];
  return NO_REGION_GROUP;
}

export function itemSpecs(ix: DataIndex, visible: Uint32Array, groupBy: GroupBy): ItemSpec[] {
  const out: ItemSpec[] = [];
  for (const i of visible) {
    const inc = ix.dataset.incidents[i];
    const d = ix.dataset.dates[i];
    if (!inc || !d) continue;
    const point = d.precision === 'day';
    const spec: ItemSpec = {
      id: inc.id,
      start: d.start,
      type: point ? 'point' : 'range',
      category: inc.category,
      label: inc.title.en,
    };
    if (!point) spec.end = d.end;
    const group = groupKey(ix, i, groupBy);
    if (group !== undefined) spec.group = group;
    out.push(spec);
  }
  return out;
}
