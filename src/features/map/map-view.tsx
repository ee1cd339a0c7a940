import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { hasWebGL2, type MapRenderer, type MapRendererEvents } from './map-renderer';
import './map.css';

/**
 * React only mounts the map; a renderer does the rest outside render. MapLibre
 * when the browser has WebGL2, else the SVG map, whose code loads only then.
 * A failure is rethrown during render so the pane's error boundary shows it.
 */
export function MapView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const unlocated = useAppStore((s) => selectView(s)?.unlocated ?? 0);
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let renderer: MapRenderer | null = null;
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
          renderer = webgl;
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
      renderer = new SvgRenderer();
      renderer.mount(container, appStore, events);
    };
    start().catch((e: unknown) => {
      if (!cancelled) setFailure(e);
    });
    return () => {
      cancelled = true;
      renderer?.destroy();
    };
  }, []);

  return (
    <>
      <div ref={ref} className="map-canvas" data-testid="map" />
      {unlocated > 0 && (
        <p className="unlocated-badge" data-testid="unlocated">
          {t('map.unlocated', { count: unlocated })}
        </p>
      )}
    </>
  );
}
