/**
 * The controls around the SVG map: zoom and fit buttons, the notice that says
 * why this simpler map is shown, and the tooltip. Plain DOM, relabelled when
 * the interface language changes. A group's chooser is the one the WebGL map
 * uses too, beside the map (map-chooser), not a panel of this renderer.
 *
 * The map is drawn in `stage`; the notice and the attribution are a line under
 * it, not over it, so they never cover a marker (nor does the unlocated badge
 * above that line cover them), and hiding the notice leaves only the
 * attribution there.
 */
import type { TFunction } from 'i18next';

interface Actions {
  zoomBy: (factor: number) => void;
  fit: () => void;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

export class FallbackChrome {
  /** Where the map is drawn, above the notice. */
  readonly stage = document.createElement('div');
  private readonly zoomIn: HTMLButtonElement;
  private readonly zoomOut: HTMLButtonElement;
  private readonly fitButton: HTMLButtonElement;
  private readonly notice = document.createElement('p');
  private readonly noticeBox = document.createElement('div');
  private readonly hideNotice: HTMLButtonElement;
  private readonly tooltip = document.createElement('div');

  constructor(root: HTMLElement, actions: Actions) {
    const controls = document.createElement('div');
    controls.className = 'fallback-controls';
    // Visible "+" and "−" are symbols; the names carry the words (and contain no visible text to mismatch).
    this.zoomIn = button('fallback-button', '', () => actions.zoomBy(2));
    this.zoomOut = button('fallback-button', '', () => actions.zoomBy(0.5));
    this.zoomIn.append(symbol('+'));
    this.zoomOut.append(symbol('−'));
    // An icon, so the column of controls stays as narrow as the zoom buttons and the chooser can dock beside it.
    this.fitButton = button('fallback-button fallback-fit', '', actions.fit);
    this.fitButton.append(fitIcon());
    controls.append(this.zoomIn, this.zoomOut, this.fitButton);

    // One line under the map; the reader can hide it (and read it whole by opening it, on a narrow map).
    this.noticeBox.className = 'fallback-notice';
    this.notice.dataset['testid'] = 'map-fallback-notice';
    this.notice.addEventListener('click', () => this.noticeBox.classList.toggle('open'));
    this.hideNotice = button('fallback-notice-hide', '', () => (this.noticeBox.hidden = true));
    this.hideNotice.append(symbol('×'));
    this.noticeBox.append(this.notice, this.hideNotice);
    this.tooltip.className = 'fallback-tooltip';
    this.tooltip.hidden = true;
    const attribution = document.createElement('p');
    attribution.className = 'fallback-attribution';
    attribution.textContent = 'Natural Earth';
    this.stage.className = 'fallback-stage';
    this.stage.append(controls, this.tooltip);
    const footer = document.createElement('div');
    footer.className = 'fallback-footer';
    footer.append(this.noticeBox, attribution);
    root.append(this.stage, footer);
  }

  relabel(t: TFunction) {
    this.zoomIn.setAttribute('aria-label', t('map.fallback.zoomIn'));
    this.zoomOut.setAttribute('aria-label', t('map.fallback.zoomOut'));
    this.zoomIn.title = t('map.fallback.zoomIn');
    this.zoomOut.title = t('map.fallback.zoomOut');
    this.fitButton.setAttribute('aria-label', t('map.fallback.fit'));
    this.fitButton.title = t('map.fallback.fit');
    this.notice.textContent = t('map.fallback.notice');
    this.notice.title = t('map.fallback.notice');
    this.hideNotice.setAttribute('aria-label', t('map.fallback.hideNotice'));
    this.hideNotice.title = t('map.fallback.hideNotice');
  }

  setZoomLimits(atMin: boolean, atMax: boolean) {
    this.zoomOut.disabled = atMin;
    this.zoomIn.disabled = atMax;
  }

  showTooltip(body: HTMLElement, [x, y]: [number, number]) {
    this.tooltip.replaceChildren(body);
    this.tooltip.hidden = false;
    this.place(this.tooltip, x, y);
  }

  hideTooltip() {
    this.tooltip.hidden = true;
  }

  /** Next to the marker, kept inside the map. */
  private place(panel: HTMLElement, x: number, y: number) {
    const w = this.stage.clientWidth;
    const h = this.stage.clientHeight;
    const pw = panel.offsetWidth;
    const ph = panel.offsetHeight;
    const left = Math.max(4, Math.min(w - pw - 4, x + 14));
    const top = y + 14 + ph < h ? y + 14 : Math.max(4, y - ph - 14);
    panel.style.left = `${Math.round(left)}px`;
    panel.style.top = `${Math.round(top)}px`;
  }
}

function symbol(text: string) {
  const s = document.createElement('span');
  s.setAttribute('aria-hidden', 'true');
  s.textContent = text;
  return s;
}

/** Four corners of a frame: "fit the view to the incidents". */
function fitIcon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}
