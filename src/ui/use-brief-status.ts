import { useEffect, useState } from 'react';

/** A status that clears itself after `ms` (a "Copied" or "Downloaded" note beside the button that caused it). */
export function useBriefStatus<T>(ms: number): [T | null, (status: T | null) => void] {
  const [status, setStatus] = useState<T | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = window.setTimeout(() => setStatus(null), ms);
    return () => window.clearTimeout(timer);
  }, [status, ms]);
  return [status, setStatus];
}
