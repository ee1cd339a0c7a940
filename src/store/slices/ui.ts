import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { UiLang } from '../../lib/langs.ts';

export type GroupBy = 'none' | 'category' | 'region';
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
  kind: 'link' | 'data' | 'changes';
  /** Translated at render time, so the notice follows a language switch. */
  message: {
    key: 'notice.linkIgnored' | 'notice.dataIssues' | 'notice.fileIssues' | 'notice.fromFile' | 'changes.noticeLoading';
    count?: number;
  };
  details: string[];
  /** A link made with another version of the dataset: that version, and the incidents the link showed. */
  changes?: { from: string; current: string; visibleIds: string[] };
}

export interface UiSlice {
  groupBy: GroupBy;
  sort: Sort;
  notices: Notice[];
  /** The person or organisation whose page is open, if any. */
  actorPage: string | null;
  lang: UiLang;
  embed: boolean;
  setLang: (lang: UiLang) => void;
  setActorPage: (id: string | null) => void;
  setGroupBy: (groupBy: GroupBy) => void;
  setSort: (sort: Sort) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  groupBy: 'none',
  sort: DEFAULT_SORT,
  notices: [],
  actorPage: null,
  lang: 'en',
  embed: false,
  setLang: (lang) => set({ lang }),
  setActorPage: (actorPage) => set({ actorPage }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setSort: (sort) => set({ sort }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
