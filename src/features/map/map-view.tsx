import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { MapController } from './map-controller';
import { MapChooserPanel } from './map-chooser';
import { MapKeyboard } from './map-keyboard';
import { NationwideControl } from './nationwide-control';
import './map.css';

/** React only mounts the map; the controller does the rest outside render. */
export function MapView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const unlocated = useAppStore((s) => selectView(s)?.unlocated ?? 0);

  useEffect(() => {
    if (!ref.current) return;
    const c = new MapController(ref.current, appStore, {
      onReady: () => ref.current?.setAttribute('data-ready', 'true'),
    });
    controller.current = c;
    return () => {
      controller.current = null;
      c.destroy();
    };
  }, []);

  return (
    <>
      <MapKeyboard host={() => controller.current}>
        <div ref={ref} className="map-canvas" data-testid="map" />
      </MapKeyboard>
      <div className="map-top">
        <NationwideControl />
      </div>
      {unlocated > 0 && (
        <p className="unlocated-badge" data-testid="unlocated">
          {t('map.unlocated', { count: unlocated })}
        </p>
      )}
      <MapChooserPanel />
    </>
  );
}
