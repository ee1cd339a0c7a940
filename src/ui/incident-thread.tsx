/**
 * Incidents in date order, each opening in the details panel: the stretch of a
 * case, or everything that concerns one actor.
 */
import type { ReactNode } from 'react';
import type { DataIndex } from '../data/data-index';
import { formatIncidentDate } from '../lib/format';
import { appStore, useAppStore } from '../store';
import { LocalizedText } from './localized-text';
import './ui.css';

export interface ThreadRow {
  /** Index of the incident in the data index. */
  i: number;
  /** The incident already open: shown, not a button. */
  current?: boolean;
  /** Shown after the title (e.g. the actor's roles). */
  aside?: ReactNode;
}

export function IncidentThread({
  data,
  rows,
  start = 1,
  className = '',
}: {
  data: DataIndex;
  rows: ThreadRow[];
  /** Number of the first row, when the list starts inside a longer one. */
  start?: number;
  className?: string;
}) {
  const lang = useAppStore((s) => s.lang);
  const last = start + rows.length - 1;
  return (
    <ol
      className={`incident-thread ${className}`}
      start={start}
      // Room for the widest number, which grows once the list starts deep inside a long one.
      style={{ paddingInlineStart: `${String(last).length + 1.5}ch` }}
    >
      {rows.map(({ i, current, aside }) => {
        const inc = data.incident(i);
        return (
          <li key={inc.id} data-current={current === true}>
            <span className="thread-date">{formatIncidentDate(data.date(i), lang, true)}</span>
            {current ? (
              <span aria-current="true">
                <LocalizedText value={inc.title} />
              </span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => appStore.getState().select(inc.id, 'detail')}
              >
                <LocalizedText value={inc.title} />
              </button>
            )}
            {aside}
          </li>
        );
      })}
    </ol>
  );
}
