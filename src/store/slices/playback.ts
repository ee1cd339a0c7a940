import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { PlaybackMode, PlaybackStep } from '../playback.ts';

/** Why playback last started or stopped as it did, said beside its buttons. */
export type PlaybackNote = 'fromFirst' | 'restart' | 'ended' | null;

export interface Playback {
  playing: boolean;
  /** Steps per second at 1× is one; 0.5, 1, 2 or 4. */
  speed: number;
  step: PlaybackStep;
  mode: PlaybackMode;
  note: PlaybackNote;
}

/**
 * How the time window is played. Never part of a link: a link holds the
 * window as it stands, and opening it never starts anything moving.
 */
export interface PlaybackSlice {
  playback: Playback;
  setPlayback: (patch: Partial<Playback>) => void;
}

export const INITIAL_PLAYBACK: Playback = { playing: false, speed: 1, step: 'month', mode: 'sliding', note: null };

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  playback: INITIAL_PLAYBACK,
  setPlayback: (patch) =>
    set((s) =>
      (Object.keys(patch) as (keyof Playback)[]).every((k) => s.playback[k] === patch[k])
        ? s
        : { playback: { ...s.playback, ...patch } },
    ),
});
