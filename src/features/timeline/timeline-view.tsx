import { useEffect, useRef } from 'react';
import { appStore } from '../../store';
import { TimelineController } from './timeline-controller';
import './timeline.css';

export function TimelineView() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const controller = new TimelineController(ref.current, appStore);
    return () => controller.destroy();
  }, []);
  return <div ref={ref} className="timeline-canvas" data-testid="timeline" />;
}
