/**
 * DOM for the map's tooltip and chooser. Built with textContent only: dataset
 * text is never parsed as HTML.
 */
import type { DataIndex } from '../../data/data-index';
import { formatIncidentDate } from '../../lib/format';
import i18n from '../../lib/i18n';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildTooltip(ix: DataIndex, i: number, countHere: number): HTMLElement {
  const inc = ix.dataset.incidents[i];
  const date = ix.dataset.dates[i];
  const root = el('div', 'map-tooltip-body');
  if (!inc || !date) return root;
  root.append(
    el('strong', 'map-tooltip-title', inc.title.en),
    el('span', 'map-tooltip-date', formatIncidentDate(date, i18n.language)),
  );
  if (countHere > 1) root.append(el('span', 'map-tooltip-more', i18n.t('map.moreHere', { count: countHere - 1 })));
  return root;
}

export function buildChooser(ix: DataIndex, indices: number[], onPick: (id: string) => void): HTMLElement {
  const root = el('div', 'map-chooser-body');
  root.append(el('p', 'map-chooser-heading', i18n.t('map.chooser', { count: indices.length })));
  const list = el('ul', 'map-chooser-list');
  const sorted = [...indices].sort((a, b) => ix.start[a]! - ix.start[b]!);
  for (const i of sorted) {
    const inc = ix.dataset.incidents[i];
    const date = ix.dataset.dates[i];
    if (!inc || !date) continue;
    const item = el('li', '');
    const button = el('button', 'map-chooser-item');
    button.type = 'button';
    button.append(
      el('span', 'map-chooser-date', formatIncidentDate(date, i18n.language)),
      el('span', 'map-chooser-title', inc.title.en),
    );
    button.addEventListener('click', () => onPick(inc.id));
    item.append(button);
    list.append(item);
  }
  root.append(list);
  return root;
}
