/**
 * The map as one tab stop for keyboard readers, whatever renders it: arrow
 * keys move between the markers in view (a ring shows which), the marker is
 * announced ("Almaty: 13 incidents"), Enter or Space opens it, Shift with the
 * arrows pans, plus and minus zoom, Escape leaves the markers.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick, placeName } from '../../data/localized';
import { useAppStore } from '../../store';
import { describeMarker, step, type Direction, type MarkerHost, type ScreenMarker } from './marker-nav';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_PX = 120;

export function MapKeyboard({
  host,
  enabled,
  children,
}: {
  host: () => MarkerHost | null;
  /** Off for a renderer whose markers take focus themselves. */
  enabled: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const frame = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<ScreenMarker | null>(null);
  const [message, setMessage] = useState('');
  const unsubscribe = useRef<(() => void) | null>(null);

  const describe = (m: ScreenMarker) => {
    const i = m.count === 1 && data ? data.idToIndex.get(m.id) : undefined;
    const title = i === undefined || !data ? undefined : pick(data.title(i), lang);
    return describeMarker(
      m,
      (id) => placeName(data?.dataset.places.get(id), lang) || id,
      {
        count: (n) => t('map.incidents', { count: n }),
        more: (n) => t('map.morePlaces', { count: n }),
        region: t('map.regionWide'),
      },
      title,
    );
  };

  // While the map has focus, the ring follows the marker through pans, zooms and filter changes.
  const follow = () => {
    const h = host();
    if (!h || unsubscribe.current) return;
    unsubscribe.current = h.onChange(() => {
      void h.markers().then((list) => setFocused((cur) => (cur ? (list.find((m) => m.key === cur.key) ?? null) : cur)));
    });
  };
  const unfollow = () => {
    unsubscribe.current?.();
    unsubscribe.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const h = host();
    if (!h || e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = ARROWS[e.key];
    if (dir && e.shiftKey) {
      e.preventDefault();
      const dx = dir === 'left' ? -PAN_PX : dir === 'right' ? PAN_PX : 0;
      const dy = dir === 'up' ? -PAN_PX : dir === 'down' ? PAN_PX : 0;
      h.panBy(dx, dy);
    } else if (dir) {
      e.preventDefault();
      const box = frame.current?.getBoundingClientRect();
      const centre = { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 };
      void h.markers().then((list) => {
        const current = focused ? (list.find((m) => m.key === focused.key) ?? null) : null;
        const next = step(list, current, dir, centre);
        setFocused(next);
        setMessage(next ? describe(next) : t('map.noMarkers'));
      });
    } else if ((e.key === 'Enter' || e.key === ' ') && focused && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      h.activate(focused.key);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      h.zoomBy(1);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      h.zoomBy(-1);
    } else if (e.key === 'Escape' && focused) {
      setFocused(null);
      setMessage('');
    }
  };

  return (
    <div
      ref={frame}
      className="map-frame"
      tabIndex={enabled ? 0 : undefined}
      role={enabled ? 'application' : undefined}
      aria-label={enabled ? t('map.keyboard') : undefined}
      data-testid="map-frame"
      onKeyDown={onKeyDown}
      onFocus={follow}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) unfollow();
      }}
    >
      {children}
      {focused && (
        <span
          className="marker-focus"
          aria-hidden="true"
          data-testid="marker-focus"
          style={{
            left: focused.x - focused.radius - 6,
            top: focused.y - focused.radius - 6,
            width: 2 * focused.radius + 12,
            height: 2 * focused.radius + 12,
          }}
        />
      )}
      <p className="visually-hidden" role="status" data-testid="map-announcer">
        {message}
      </p>
    </div>
  );
}
