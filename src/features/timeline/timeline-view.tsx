import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore } from '../../store';
import { TimelineController } from './timeline-controller';
import './timeline.css';

export function TimelineView() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let controller: TimelineController | null = null;
    // The widget is built after the page's first layout, in a task of its own, not in the one that mounts every pane.
    const start = setTimeout(() => (controller = new TimelineController(container, appStore)), 0);
    return () => {
      clearTimeout(start);
      controller?.destroy();
    };
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
