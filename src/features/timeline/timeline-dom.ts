/**
 * DOM builders for what vis-timeline draws: items, bins, row labels, story
 * step marks and the tooltip. Everything is built with textContent, so
 * dataset text is never parsed as HTML, and the interface language is a
 * parameter, never read from a global.
 */
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { formatIncidentDate } from '../../lib/format';
import i18n from '../../lib/i18n';
import { pick, placeName } from '../../data/localized';
import type { UiLang as Lang } from '../../lib/langs';
import type { BinUnit, ItemSpec } from './items';

export interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  content: HTMLElement;
  className: string;
  group?: string;
  key: string;
}

export interface VisGroup {
  id: string;
  content: HTMLElement;
  order: number;
}

const DAY = 86_400_000;

const tr = (lang: Lang) => i18n.getFixedT(lang);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a reader needs to place an incident: its date with precision and where it happened. */
export function incidentFacts(data: DataIndex, i: number, lang: Lang): { title: string; date: string; place: string } {
  const t = tr(lang);
  const inc = data.incident(i);
  const d = data.date(i);
  const precision =
    d.precision === 'day'
      ? ''
      : ` (${t(d.precision === 'month' ? 'precision.date.month' : d.precision === 'year' ? 'precision.date.year' : 'precision.date.range')})`;
  const place = inc.place ? placeName(data.dataset.places.get(inc.place), lang) : '';
  return {
    title: pick(inc.title, lang),
    date: `${formatIncidentDate(d, lang)}${precision}`,
    place: place || t('list.noPlace'),
  };
}

/**
 * An incident's label: category badge and title. It is the item's keyboard
 * stop too: its accessible name starts with the visible title and goes on
 * with the date and place, which are visually hidden.
 */
export function itemNode(data: DataIndex, i: number, spec: ItemSpec, lang: Lang): HTMLElement {
  const facts = incidentFacts(data, i, lang);
  const node = el('span', 'tl-item-label');
  node.dataset['id'] = spec.id;
  node.tabIndex = -1;
  node.setAttribute('role', 'button');
  const badge = el('span', 'tl-item-symbol');
  badge.setAttribute('aria-hidden', 'true');
  const style = CATEGORY_STYLE[spec.category as keyof typeof CATEGORY_STYLE];
  badge.textContent = style?.symbol ?? '';
  // CSSOM, not a style attribute string: allowed under a strict CSP.
  if (style) badge.style.backgroundColor = style.color;
  const title = el('span', 'tl-item-title', spec.label);
  const more = el('span', 'visually-hidden', `, ${facts.date}, ${facts.place}`);
  node.append(badge, title, more);
  return node;
}

/** A band marking a selected incident behind bins, labelled like an item. */
export function bandNode(label: string, category: string): HTMLElement {
  const node = el('span', 'tl-item-label');
  const badge = el('span', 'tl-item-symbol', CATEGORY_STYLE[category as keyof typeof CATEGORY_STYLE]?.symbol ?? '');
  badge.setAttribute('aria-hidden', 'true');
  node.append(badge, el('span', 'tl-item-title', label));
  return node;
}

const BIN_FORMAT: Record<BinUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  week: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  quarter: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
  lustrum: { year: 'numeric', timeZone: 'UTC' },
  decade: { year: 'numeric', timeZone: 'UTC' },
};

/** A bar whose height is the bin's share of the largest bin, with its count. */
export function binNode(count: number, max: number, start: number, unit: BinUnit, lang: Lang): HTMLElement {
  const box = el('span', 'tl-bin-box');
  const bar = el('span', 'tl-bin-bar');
  bar.style.height = `${Math.max(4, Math.round((count / max) * 100))}%`;
  box.title = tr(lang)('timeline.binTitle', {
    count,
    period: new Intl.DateTimeFormat(lang, BIN_FORMAT[unit]).format(start),
  });
  box.append(el('span', 'tl-bin-count', String(count)), bar);
  return box;
}

/** A row label; long names are cut to keep the time axis wide, the whole name one hover away. */
export function groupNode(label: string): HTMLElement {
  const node = el('span', 'group-label', label);
  node.title = label;
  return node;
}

/**
 * One mark per date where steps of the open story fall: steps on the same
 * date share a mark that lists them all ("1, 2, 5"), so numbers never print
 * over each other.
 */
/**
 * The mark over a compressed quiet stretch (quiet-stretches.ts): a hatched
 * band whose title names the years, so the axis jump is never silent.
 */
export function quietMark(from: number, to: number, lang: Lang): VisItem {
  // The stretch ends on 1 January of the next busy year: name the last quiet one.
  const years = { from: new Date(from).getUTCFullYear(), to: new Date(to).getUTCFullYear() - 1 };
  const text = tr(lang)('timeline.quiet', years);
  const label = el('span', 'tl-quiet-label', '≈');
  label.title = text;
  label.append(el('span', 'visually-hidden', text));
  return {
    id: `quiet:${from}`,
    start: new Date(from),
    end: new Date(to),
    type: 'background',
    content: label,
    className: 'tl-quiet',
    key: `quiet|${from}|${to}|${lang}`,
  };
}

export function storyMarks(data: DataIndex, story: { id: string; step: number } | null, lang: Lang): VisItem[] {
  const narrative = story ? data.narrativeById.get(story.id) : undefined;
  if (!story || !narrative) return [];
  const byDate = new Map<string, { start: number; end: number; steps: number[] }>();
  narrative.steps.forEach((step, k) => {
    const i = data.idToIndex.get(step.incidents[0] ?? '');
    if (i === undefined) return;
    const start = data.start[i]!;
    const end = Math.max(data.end[i]!, start + DAY);
    const key = `${start}|${end}`;
    const mark = byDate.get(key) ?? { start, end, steps: [] };
    mark.steps.push(k);
    byDate.set(key, mark);
  });
  const t = tr(lang);
  return [...byDate.values()].map((mark) => {
    const current = mark.steps.includes(story.step);
    const numbers = mark.steps.map((k) => String(k + 1)).join(', ');
    const label = el('span', 'tl-step-label', numbers);
    label.title = t('timeline.steps', { count: mark.steps.length, steps: numbers });
    return {
      id: `step:${mark.steps[0]}`,
      start: new Date(mark.start),
      end: new Date(mark.end),
      type: 'background' as const,
      content: label,
      className: `tl-step${current ? ' tl-step-current' : ''}`,
      key: `step|${story.id}|${numbers}|${current}|${lang}`,
    };
  });
}

/** Fills the tooltip with an incident's full title, date with precision, place and category (symbol and name). */
export function fillTooltip(tip: HTMLElement, data: DataIndex, i: number, lang: Lang) {
  const facts = incidentFacts(data, i, lang);
  const category = CATEGORY_IDS[data.category[i]!]!;
  const style = CATEGORY_STYLE[category as keyof typeof CATEGORY_STYLE];
  tip.replaceChildren(
    el('strong', 'tl-tip-title', facts.title),
    el('span', 'tl-tip-line', facts.date),
    el('span', 'tl-tip-line', facts.place),
    el('span', 'tl-tip-line', `${style?.symbol ?? ''} ${tr(lang)(`category.${category}`)}`.trim()),
  );
}
