import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { MapController } from './map-controller';
import './map.css';

/** React only mounts the map; the controller does the rest outside render. */
export function MapView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const unlocated = useAppStore((s) => selectView(s)?.unlocated ?? 0);

  useEffect(() => {
    if (!ref.current) return;
    const controller = new MapController(ref.current, appStore, {
      onReady: () => ref.current?.setAttribute('data-ready', 'true'),
    });
    return () => controller.destroy();
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
