/** Small helpers the timeline controller uses to keep vis-timeline in step with the store. */
import type { Timeline } from 'vis-timeline/esnext';
import type { DataIndex } from '../../data/data-index';
import { monthName } from '../../lib/format';
import type { UiLang as Lang } from '../../lib/langs';
import type { ItemSpec } from './items';

export function itemKey(spec: ItemSpec): string {
  return `${spec.start}|${spec.end ?? ''}|${spec.group ?? ''}|${spec.label}|${spec.category}`;
}

/** Ids of the other incidents that share a case with the selected one. */
export function caseMates(data: DataIndex, selectedId: string | null): Set<string> {
  const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
  const out = new Set<string>();
  if (i === undefined) return out;
  for (const m of data.caseMatesOf(i)) if (m !== i) out.add(data.ids[m]!);
  return out;
}

type AxisDate = { valueOf(): number };

/**
 * Axis labels at every zoom, in the interface language: day numbers with the
 * month and year above them, month names with the year above, years alone for
 * decades. Functions rather than moment formats, so the month names do not
 * depend on which locales moment happens to have loaded.
 */
export function axisFormat(lang: Lang) {
  const at = (d: AxisDate) => new Date(d.valueOf());
  const minor = (d: AxisDate, scale: string) => {
    const date = at(d);
    if (scale === 'year') return String(date.getFullYear());
    if (scale === 'month') return monthName(date.getMonth(), lang);
    return String(date.getDate());
  };
  const major = (d: AxisDate, scale: string) => {
    const date = at(d);
    if (scale === 'year') return '';
    if (scale === 'month') return String(date.getFullYear());
    const month = monthName(date.getMonth(), lang, false);
    return lang === 'kk' ? `${date.getFullYear()} ж. ${month}` : `${month} ${date.getFullYear()}`;
  };
  return { minorLabels: minor, majorLabels: major };
}

/**
 * On touch screens the browser sends a click after the tap, to whatever is
 * under the finger by then: the panel the tap just opened. Swallow that one
 * click, so a tap opens the incident and nothing else.
 */
export function swallowGhostClick(ms = 700) {
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    stop();
  };
  const stop = () => {
    window.clearTimeout(timer);
    document.removeEventListener('click', swallow, true);
  };
  document.addEventListener('click', swallow, true);
  const timer = window.setTimeout(stop, ms);
}

/**
 * The rows scroll through vis-timeline's side panel, whose native scrollbar
 * timeline.css hides: TimelineScrollbar draws one every reader can see. Tell
 * vis-timeline the panel needs no room for a native one.
 */
export function hideNativeScrollbar(timeline: Timeline) {
  // vis-timeline measures the width in its first draw and after each resize; correct it after those.
  const tl = timeline as unknown as { props?: { scrollbarWidth?: number }; initialDrawDone?: boolean };
  const props = tl.props;
  if (!tl.initialDrawDone || !props || props.scrollbarWidth === 0) return;
  props.scrollbarWidth = 0;
  timeline.redraw();
}

/**
 * vis-timeline counts the draws it attempts while its pane is hidden (and
 * skips them) and stops re-measuring after five draws in a row that changed a
 * size, so a timeline shown after a hidden phase kept its rows under the axis.
 * Start the count afresh when the pane shows.
 */
export function redrawShown(timeline: Timeline) {
  (timeline as unknown as { redrawCount?: number }).redrawCount = 0;
  timeline.redraw();
}
