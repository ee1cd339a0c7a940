import { useSyncExternalStore } from 'react';

/** The width below which the explorer shows one pane at a time (app.css uses the same breakpoint). */
const NARROW = '(max-width: 760px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const narrowNow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

/** True on a phone-sized screen, for what CSS alone cannot move (which row a control sits in). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}
