/**
 * The MapLibre map itself, made accessible (one tab stop, one "Map" region),
 * and its hover tooltip. The SVG map has its own, without MapLibre.
 */
import { Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type LngLat } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { UiLang } from '../../lib/langs';
import type { MapView } from '../../store/slices/map-view';
import { basemapStyle } from './basemap/style';
import { SOFTWARE_PIXEL_RATIO, softwareRendered } from './software-webgl';

// MapLibre locates its worker through import.meta.url, which bundling breaks;
// serve it as a same-origin file instead (no blob: worker, CSP-friendly).
setWorkerUrl(workerUrl);

export function createMapLibre(container: HTMLElement, view: MapView, lang: UiLang, maxZoom: number): MapLibreMap {
  const map = new MapLibreMap({
    container,
    // A remote basemap is an explicit, build-time opt-in (see README: it tells the tile host who looks where).
    style: import.meta.env['VITE_REMOTE_BASEMAP_STYLE'] || basemapStyle(document.baseURI, lang),
    center: view.center,
    zoom: view.zoom,
    minZoom: 1,
    maxZoom,
    // GeoNames' licence asks for the credit; its villages are in the detail file (see README, Basemap).
    attributionControl: { compact: true, customAttribution: ['Natural Earth', 'GeoNames (CC BY 3.0)'] },
    // The keyboard is handled around the map (map-keyboard.tsx): arrows move between markers.
    keyboard: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  if (softwareRendered(map.getCanvas())) map.setPixelRatio((window.devicePixelRatio || 1) * SOFTWARE_PIXEL_RATIO);
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const canvas = map.getCanvas();
  // One tab stop for the map: the frame around it, which reads markers aloud.
  canvas.setAttribute('tabindex', '-1');
  canvas.setAttribute('aria-hidden', 'true');
  // MapLibre names its canvas a "Map" region; the frame carries the name, so there is one Map region.
  canvas.removeAttribute('role');
  canvas.removeAttribute('aria-label');
  return map;
}

/** One hover tooltip per map, made when first needed. */
export class MapTooltip {
  private popup: Popup | null = null;

  constructor(private readonly map: MapLibreMap) {}

  show(at: LngLat, content: HTMLElement) {
    this.popup ??= new Popup({ closeButton: false, closeOnClick: false, className: 'map-tooltip', offset: 12 });
    this.popup.setLngLat(at).setDOMContent(content).addTo(this.map);
  }

  hide() {
    this.popup?.remove();
  }
}
