import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './workspace-split.css';

export const SPLIT_MIN = 20;
export const SPLIT_MAX = 80;
/** The timeline's default share of the workspace: six rows of incidents at 1366×768. */
export const SPLIT_DEFAULT = 45;
const STEP = 5;

const clampShare = (n: number) => Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, n)));

/**
 * The handle between map and timeline: drag it, use the arrow keys on it, or
 * the two buttons. The share lives in memory only, never on the device.
 */
export function WorkspaceSplit({ share, onChange }: { share: number; onChange: (share: number) => void }) {
  const { t } = useTranslation();
  const dragging = useRef(false);
  const set = (n: number) => onChange(clampShare(n));
  const shareAt = (e: PointerEvent<HTMLDivElement>) => {
    const workspace = e.currentTarget.closest('.workspace')?.getBoundingClientRect();
    if (!workspace || workspace.height === 0) return share;
    return ((workspace.bottom - e.clientY) / workspace.height) * 100;
  };
  const onKey = (e: KeyboardEvent) => {
    const next: Record<string, number> = {
      ArrowUp: share + STEP,
      ArrowDown: share - STEP,
      PageUp: share + 4 * STEP,
      PageDown: share - 4 * STEP,
      Home: SPLIT_MAX,
      End: SPLIT_MIN,
    };
    const n = next[e.key];
    if (n === undefined) return;
    e.preventDefault();
    set(n);
  };
  return (
    <div className="workspace-split">
      <div
        className="split-handle"
        role="separator"
        tabIndex={0}
        aria-orientation="horizontal"
        aria-label={t('split.handle')}
        aria-valuemin={SPLIT_MIN}
        aria-valuemax={SPLIT_MAX}
        aria-valuenow={share}
        aria-valuetext={t('split.value', { share })}
        onKeyDown={onKey}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => dragging.current && set(shareAt(e))}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <span className="split-grip" aria-hidden="true" />
      </div>
      <div className="split-buttons">
        <button
          type="button"
          className="button small"
          onClick={() => set(share - 2 * STEP)}
          disabled={share <= SPLIT_MIN}
        >
          <span aria-hidden="true">▲ </span>
          {t('split.moreMap')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => set(share + 2 * STEP)}
          disabled={share >= SPLIT_MAX}
        >
          <span aria-hidden="true">▼ </span>
          {t('split.moreTimeline')}
        </button>
      </div>
    </div>
  );
}
