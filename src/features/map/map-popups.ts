/**
 * DOM for the map's hover tooltip. Built with textContent only: dataset
 * text is never parsed as HTML.
 */
import type { DataIndex } from '../../data/data-index';
import { formatIncidentDate } from '../../lib/format';
import i18n from '../../lib/i18n';
import { CATEGORY_STYLE } from '../../ui/categories';
import { pick, placeName } from '../../data/localized';
import type { UiLang } from '../../lib/langs';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildTooltip(ix: DataIndex, i: number, lang: UiLang): HTMLElement {
  const inc = ix.incident(i);
  const date = ix.date(i);
  const root = el('div', 'map-tooltip-body');
  if (!inc || !date) return root;
  root.append(
    el('strong', 'map-tooltip-title', pick(inc.title, lang)),
    el('span', 'map-tooltip-date', formatIncidentDate(date, lang)),
    // The symbol on the marker, named in the reader's language.
    el(
      'span',
      'map-tooltip-date',
      `${CATEGORY_STYLE[inc.category].symbol} ${i18n.t(`category.${inc.category}`, { lng: lang })}`,
    ),
  );
  return root;
}

export function buildGroupTooltip(ix: DataIndex, placeId: string, count: number, lang: UiLang): HTMLElement {
  const t = i18n.getFixedT(lang);
  const root = el('div', 'map-tooltip-body');
  const place = ix.dataset.places.get(placeId);
  root.append(
    el('strong', 'map-tooltip-title', placeName(place, lang) || placeId),
    el('span', 'map-tooltip-date', t('map.groupTooltip', { count })),
  );
  return root;
}

/** The tooltip for a hovered marker (either map's): one incident, or the group at a place. */
export function pointTooltip(ix: DataIndex, group: { count: unknown; i: unknown; place: unknown }, lang: UiLang) {
  const count = Number(group.count);
  return count === 1
    ? buildTooltip(ix, Number(group.i), lang)
    : buildGroupTooltip(ix, String(group.place), count, lang);
}
