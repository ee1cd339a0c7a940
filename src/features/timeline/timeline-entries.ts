/**
 * What the timeline draws for the shown incidents: one item per incident up
 * to ITEM_LIMIT, else counts per calendar bin with the selected incident as a
 * band behind them. Built as vis-timeline items (DOM content from
 * timeline-dom.ts) with a key that changes exactly when an item must be redrawn.
 */
import type { DataIndex } from '../../data/data-index';
import { pick } from '../../data/localized';
import type { AppState } from '../../store';
import type { ViewResult } from '../../store/selectors';
import { fitWindow } from '../../store/time-windows';
import { binSpecs, ITEM_LIMIT, itemSpecs } from './items';
import { bandNode, binNode, itemNode, type VisItem } from './timeline-dom';
import { caseMates, itemKey } from './timeline-sync';

const DAY = 86_400_000;

export interface TimelineEntries {
  /** True when the shown incidents are counted in bins rather than drawn one by one. */
  aggregate: boolean;
  entries: VisItem[];
  /** How many incidents the entries stand for. */
  represented: number;
}

export function timelineEntries(state: AppState, view: ViewResult, data: DataIndex): TimelineEntries {
  const lang = state.lang;
  const aggregate = view.visible.length > ITEM_LIMIT;
  const entries: VisItem[] = [];
  let represented = 0;
  if (!aggregate) {
    // Case highlights are drawn on individual items only; bins have none.
    const thread = caseMates(data, state.selectedId);
    const specs = itemSpecs(data, view.visible, state.groupBy, lang);
    specs.forEach((spec, k) => {
      const inCase = thread.has(spec.id);
      const item: VisItem = {
        id: spec.id,
        start: new Date(spec.start),
        type: spec.type,
        content: itemNode(data, view.visible[k]!, spec, lang),
        className: `tl-cat-${spec.category}${inCase ? ' tl-case' : ''}`,
        key: `${itemKey(spec)}|${inCase}|${lang}`,
      };
      if (spec.end !== undefined) item.end = new Date(spec.end);
      if (spec.group !== undefined) item.group = spec.group;
      entries.push(item);
    });
    represented = entries.length;
  } else {
    const w = state.timeWindow ?? fitWindow(view.extent, data);
    const { unit, bins } = binSpecs(data, view.visible, w, state.groupBy);
    let max = 1;
    for (const b of bins) max = Math.max(max, b.count);
    for (const b of bins) {
      const item: VisItem = {
        id: b.id,
        start: new Date(b.start),
        end: new Date(b.end),
        type: 'range',
        content: binNode(b.count, max, b.start, unit, lang),
        className: 'tl-bin',
        key: `${b.count}|${max}|${unit}|${lang}`,
      };
      if (b.group !== undefined) item.group = b.group;
      entries.push(item);
      represented += b.count;
    }
    const selected = state.selectedId === null ? undefined : data.idToIndex.get(state.selectedId);
    if (selected !== undefined && view.visible.includes(selected)) {
      const inc = data.incident(selected);
      const d = data.date(selected);
      entries.push({
        id: `selected:${inc.id}`,
        start: new Date(d.start),
        end: new Date(Math.max(d.end, d.start + DAY)),
        type: 'background',
        content: bandNode(pick(inc.title, lang), inc.category),
        className: 'tl-selected-band',
        key: `sel|${inc.id}|${state.groupBy}|${lang}`,
      });
    }
  }
  return { aggregate, entries, represented };
}
