/**
 * DOM for the map's tooltip and chooser. Built with textContent only: dataset
 * text is never parsed as HTML.
 */
import type { DataIndex } from '../../data/data-index';
import { formatIncidentDate } from '../../lib/format';
import i18n from '../../lib/i18n';
import { pick, placeName } from '../../data/localized';
import type { UiLang } from '../../lib/langs';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildTooltip(ix: DataIndex, i: number, lang: UiLang): HTMLElement {
  const inc = ix.dataset.incidents[i];
  const date = ix.dataset.dates[i];
  const root = el('div', 'map-tooltip-body');
  if (!inc || !date) return root;
  root.append(
    el('strong', 'map-tooltip-title', pick(inc.title, lang)),
    el('span', 'map-tooltip-date', formatIncidentDate(date, lang)),
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

/** Most a chooser lists; the rest are reached by filtering to the place. */
export const CHOOSER_LIMIT = 100;

export function buildChooser(
  ix: DataIndex,
  indices: number[],
  lang: UiLang,
  onPick: (id: string) => void,
): HTMLElement {
  const t = i18n.getFixedT(lang);
  const root = el('div', 'map-chooser-body');
  root.append(el('p', 'map-chooser-heading', t('map.chooser', { count: indices.length })));
  const list = el('ul', 'map-chooser-list');
  for (const i of indices.slice(0, CHOOSER_LIMIT)) {
    const inc = ix.dataset.incidents[i];
    const date = ix.dataset.dates[i];
    if (!inc || !date) continue;
    const item = el('li', '');
    const button = el('button', 'map-chooser-item');
    button.type = 'button';
    button.append(
      el('span', 'map-chooser-date', formatIncidentDate(date, lang)),
      el('span', 'map-chooser-title', pick(inc.title, lang)),
    );
    button.addEventListener('click', () => onPick(inc.id));
    item.append(button);
    list.append(item);
  }
  root.append(list);
  if (indices.length > CHOOSER_LIMIT) {
    root.append(el('p', 'map-chooser-more', t('map.chooserMore', { count: indices.length - CHOOSER_LIMIT })));
  }
  return root;
}
