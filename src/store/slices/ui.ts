import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { UiLang } from '../../lib/langs.ts';

export type GroupBy = 'none' | 'category' | 'region';
/** What the overview strip's bars are coloured by: the incidents' categories, or how precise their dates are. */
export type OverviewBars = 'category' | 'precision';
/** 'relevance' ranks a search's place matches first; without a search it is the date order. */
export type SortKey = 'relevance' | 'date' | 'title' | 'place' | 'category';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/**
 * Relevance, so that a search is ranked unless the reader chose another
 * order; without a search the list reads as sorted by date, as before.
 */
export const DEFAULT_SORT: Sort = { key: 'relevance', dir: 'asc' };

export interface Notice {
  id: string;
  /** 'set': what became of the ids of a link's set of incidents; 'changes': what changed since a link's dataset version. */
  kind: 'link' | 'data' | 'set' | 'changes';
  /** Translated at render time, so the notice follows a language switch. */
  message: {
    key:
      | 'notice.linkIgnored'
      | 'notice.dataIssues'
      | 'notice.fileIssues'
      | 'notice.fromFile'
      | 'incidentSet.noticeRedirected'
      | 'incidentSet.noticeUnknown'
      | 'changes.noticeLoading';
    count?: number;
    /** Further values the message names (numbers, or ids shown as they are). */
    values?: Record<string, string | number>;
  };
  details: string[];
  /** A link made with another version of the dataset: that version, and the incidents the link showed. */
  changes?: { from: string; current: string; visibleIds: string[] };
}

export interface UiSlice {
  groupBy: GroupBy;
  overviewBars: OverviewBars;
  sort: Sort;
  notices: Notice[];
  /** The person or organisation whose page is open, if any. */
  actorPage: string | null;
  lang: UiLang;
  embed: boolean;
  setLang: (lang: UiLang) => void;
  setActorPage: (id: string | null) => void;
  setGroupBy: (groupBy: GroupBy) => void;
  setOverviewBars: (bars: OverviewBars) => void;
  setSort: (sort: Sort) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  groupBy: 'none',
  overviewBars: 'category',
  sort: DEFAULT_SORT,
  notices: [],
  actorPage: null,
  lang: 'en',
  embed: false,
  setLang: (lang) => set({ lang }),
  setActorPage: (actorPage) => set({ actorPage }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setOverviewBars: (overviewBars) => set({ overviewBars }),
  setSort: (sort) => set({ sort }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
