/**
 * The summary line as words: which dates and which filters decide what every
 * view shows, phrased so it can be quoted ("Filters: categories (any of):
 * Protest or Detention."). Pure apart from the translate function it is given.
 */
import type { DataIndex } from '../data/data-index';
import { formatWindow } from '../lib/format';
import { pick, placeName } from '../data/localized';
import type { UiLang as Lang } from '../lib/langs';
import type { Filters } from '../store/slices/filters';
import type { Bounds } from '../store/camera';
import type { TimeWindow } from '../store/slices/time-window';
import { yearRunsText } from '../store/year-runs';
import { yearsWindow } from '../store/time-windows';
import { shownSetIds, type IncidentSet } from '../store/incident-set';

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Protest or Detention", in the reader's language. */
export function anyOf(values: string[], lang: Lang): string {
  if (typeof Intl.ListFormat !== 'function') return values.join(' / ');
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(values);
}

/** The dates the views show: the chosen years when the window fits them, else the window, else all dates. */
export function rangeText(filters: Filters, w: TimeWindow | null, lang: Lang, t: T): string {
  const fit = yearsWindow(filters.years);
  if (filters.years.length > 0 && (w === null || (fit && w.start === fit.start && w.end === fit.end))) {
    return yearRunsText(filters.years);
  }
  return w ? formatWindow(w.start, w.end, lang) : t('summary.allDates');
}

/** The set shown alone, by its name if it has one: "the set “Zhanaozen” (4 incidents)"; null when it is not shown. */
export function setClause(set: IncidentSet, t: T): string | null {
  const ids = shownSetIds({ incidentSet: set });
  if (!ids) return null;
  const name = set.name.trim();
  return name
    ? t('incidentSet.clause', { name, count: ids.length })
    : t('incidentSet.clauseUnnamed', { count: ids.length });
}

/** One clause per active filter other than years (which the range names), the set shown alone first. */
export function filterClauses(
  filters: Filters,
  data: DataIndex,
  lang: Lang,
  t: T,
  set: IncidentSet | null = null,
): string[] {
  const out: string[] = [];
  const shown = set ? setClause(set, t) : null;
  if (shown) out.push(shown);
  const facet = (label: string, values: string[]) => {
    if (values.length > 0) out.push(t('summary.clause', { facet: label, values: anyOf(values, lang) }));
  };
  facet(
    t('filters.categories'),
    filters.categories.map((c) => t(`category.${c}`)),
  );
  facet(
    t('filters.actors'),
    filters.actors.map((a) => pick(data.dataset.actors.get(a)?.name, lang) || a),
  );
  facet(
    t('filters.places'),
    filters.places.map((p) => placeName(data.dataset.places.get(p), lang) || p),
  );
  const text = filters.text.trim();
  if (text) out.push(t('summary.search', { text }));
  if (filters.contestedOnly) out.push(t('filters.contestedOnly'));
  if (filters.area) out.push(t('area.clause', { box: areaText(filters.area, lang, t) }));
  return out;
}

/** The map area's box in words: "76.8–77.05° E, 43.1–43.35° N" (with the reader's decimal sign). */
export function areaText(area: Bounds, lang: Lang, t: T): string {
  const n = (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 3, useGrouping: false }).format(v);
  return t('area.box', { west: n(area[0]), south: n(area[1]), east: n(area[2]), north: n(area[3]) });
}
