import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { hasWebGL2, type MapRenderer, type MapRendererEvents } from './map-renderer';
import { MapChooserPanel } from './map-chooser';
import { MapKeyboard } from './map-keyboard';
import { NationwideControl } from './nationwide-control';
import { AreaControl, AreaNote } from './area-control';
import { overlayInsets } from '../../store/camera';
import './map.css';

/**
 * React only mounts the map; a renderer does the rest outside render. MapLibre
 * when the browser has WebGL2, else the SVG map, whose code loads only then.
 * A failure is rethrown during render so the pane's error boundary shows it.
 */
/** The controls and notes drawn over either map. */
const MAP_OVERLAYS =
  '.map-top > *, .unlocated-badge, .area-note:not(:empty), .legend-toggle, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right, .fallback-controls';

export function MapView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  // The WebGL map is one tab stop driven by MapKeyboard; the SVG map's markers take focus themselves.
  const [keyboard, setKeyboard] = useState(false);
  const unlocated = useAppStore((s) => selectView(s)?.unlocated ?? 0);
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let cancelled = false;
    const events: MapRendererEvents = {
      onReady: () => container.setAttribute('data-ready', 'true'),
      onError: (f) => {
        if (!cancelled) setFailure(f);
      },
    };
    const start = async () => {
      if (hasWebGL2()) {
        const { MapLibreRenderer } = await import('./maplibre-renderer');
        if (cancelled) return;
        const webgl = new MapLibreRenderer();
        try {
          webgl.mount(container, appStore, events);
          renderer.current = webgl;
          setKeyboard(true);
          return;
        } catch (e) {
          // WebGL2 can exist and still fail to start (GPUInitializationError, a blocked GPU): draw without it.
          console.warn('WebGL map could not start; drawing the map without WebGL.', e);
          webgl.destroy();
          container.replaceChildren();
          container.classList.remove('maplibregl-map');
        }
      }
      const { SvgRenderer } = await import('./fallback/svg-renderer');
      if (cancelled) return;
      const svg = new SvgRenderer();
      renderer.current = svg;
      svg.mount(container, appStore, events);
    };
    start().catch((e: unknown) => {
      if (!cancelled) setFailure(e);
    });
    return () => {
      cancelled = true;
      renderer.current?.destroy();
      renderer.current = null;
    };
  }, []);

  // What a fitted view must keep clear of: the controls and notes over the map, as large as this language makes them.
  const lang = useAppStore((s) => s.lang);
  const areaOn = useAppStore((s) => s.filters.area !== null);
  useEffect(() => {
    const container = ref.current;
    const region = container?.closest<HTMLElement>('.map-region');
    if (!container || !region) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (container.clientWidth === 0 || container.clientHeight === 0) return;
        const overlays = [...region.querySelectorAll<HTMLElement>(MAP_OVERLAYS)].map((e) => e.getBoundingClientRect());
        appStore.getState().setMapInsets(overlayInsets(container.getBoundingClientRect(), overlays));
      });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    for (const e of region.querySelectorAll<HTMLElement>(MAP_OVERLAYS)) observer.observe(e);
    measure();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [lang, unlocated, keyboard, areaOn]);

  return (
    <>
      <MapKeyboard enabled={keyboard} host={() => renderer.current?.markerHost?.() ?? null}>
        <div ref={ref} className="map-canvas" data-testid="map" />
      </MapKeyboard>
      <div className="map-top">
        <AreaControl />
        <NationwideControl />
      </div>
      <AreaNote />
      {unlocated > 0 && !areaOn && (
        <p className="unlocated-badge" data-testid="unlocated">
          {t('map.unlocated', { count: unlocated })}
        </p>
      )}
      <MapChooserPanel />
    </>
  );
}
