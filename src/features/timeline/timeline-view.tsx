import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore } from '../../store';
import { TimelineController } from './timeline-controller';
import './timeline.css';

export function TimelineView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const controller = new TimelineController(ref.current, appStore);
    return () => controller.destroy();
  }, []);
  return (
    <div
      ref={ref}
      className="timeline-canvas"
      data-testid="timeline"
      role="group"
      aria-label={t('timeline.canvas')}
      aria-roledescription={t('timeline.canvasRole')}
    />
  );
}
