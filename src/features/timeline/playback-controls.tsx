import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import {
  PLAYBACK_MODES,
  PLAYBACK_SPEEDS,
  PLAYBACK_STEPS,
  type PlaybackMode,
  type PlaybackStep,
} from '../../store/playback';
import { formatNumber } from '../../lib/format';
import { rangeText } from '../../ui/summary-text';
import { PlaybackController, stepOnce } from './playback-controller';
import './playback.css';

/** While playing, the window is said at most this often, so a screen reader is not flooded. */
const ANNOUNCE_MS = 4000;
export const PLAYBACK_OPTIONS_ID = 'playback-options';
const REDUCED = '(prefers-reduced-motion: reduce)';

const togglePlay = () => {
  const s = appStore.getState();
  s.setPlayback({ playing: !s.playback.playing });
};

const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));

/**
 * Runs the playback controller while the timeline is on the page, and the
 * shortcut: K, pressed anywhere in the timeline pane, plays or pauses.
 */
function usePlaybackController() {
  useEffect(() => {
    const controller = new PlaybackController(appStore);
    const region = document.getElementById('timeline-region');
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'k' || e.altKey || e.ctrlKey || e.metaKey || editable(e.target)) return;
      e.preventDefault();
      togglePlay();
    };
    region?.addEventListener('keydown', onKey);
    return () => {
      region?.removeEventListener('keydown', onKey);
      controller.destroy();
      appStore.getState().setPlayback({ playing: false });
    };
  }, []);
}

/** Play/Pause and the button that shows the playback options: the part that sits in the timeline's toolbar. */
export function PlaybackToggle({ open, onOpen }: { open: boolean; onOpen: (open: boolean) => void }) {
  const { t } = useTranslation();
  const playing = useAppStore((s) => s.playback.playing);
  usePlaybackController();
  return (
    <div className="tool-group">
      <button
        type="button"
        className="button small primary playback-play"
        onClick={togglePlay}
        aria-keyshortcuts="K"
        title={t(playing ? 'playback.pauseTitle' : 'playback.playTitle')}
        data-playing={playing}
      >
        <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
        {t(playing ? 'playback.pause' : 'playback.play')}
      </button>
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={PLAYBACK_OPTIONS_ID}
        // The name holds the visible word, so speech input can say what it sees.
        aria-label={`${t('playback.group')}: ${t('playback.optionsShort')}`}
        onClick={() => onOpen(!open)}
      >
        {t('playback.optionsShort')}
        <span aria-hidden="true"> {open ? '▴' : '▾'}</span>
      </button>
    </div>
  );
}

/** Says the window while playing, at most every ANNOUNCE_MS, and once where playback stops. */
function PlaybackAnnouncer() {
  const { t } = useTranslation();
  const playing = useAppStore((s) => s.playback.playing);
  const note = useAppStore((s) => s.playback.note);
  const w = useAppStore((s) => s.timeWindow);
  const [said, setSaid] = useState('');
  const last = useRef(-Infinity);
  const timer = useRef<number | undefined>(undefined);
  const wasPlaying = useRef(false);
  useEffect(() => {
    const range = () => {
      const s = appStore.getState();
      return rangeText(s.filters, s.timeWindow, s.lang, t);
    };
    if (playing) {
      wasPlaying.current = true;
      window.clearTimeout(timer.current);
      const wait = Math.max(0, last.current + ANNOUNCE_MS - performance.now());
      timer.current = window.setTimeout(() => {
        last.current = performance.now();
        const said = t('playback.nowPlaying', { range: range() });
        const why = appStore.getState().playback.note;
        setSaid(why ? `${t(`playback.${why}`)} ${said}` : said);
      }, wait);
      return;
    }
    window.clearTimeout(timer.current);
    if (!wasPlaying.current) return;
    wasPlaying.current = false;
    last.current = -Infinity;
    setSaid(t(note === 'ended' ? 'playback.endedAt' : 'playback.pausedAt', { range: range() }));
  }, [playing, w, note, t]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="playback-announcer">
      {said}
    </p>
  );
}

function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => typeof window.matchMedia === 'function' && matchMedia(REDUCED).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = matchMedia(REDUCED);
    const on = () => setReduced(query.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, []);
  return reduced;
}

/** Step buttons, step size, speed and mode: a row of its own under the toolbar, shown on demand. */
export function PlaybackOptions({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const playback = useAppStore((s) => s.playback);
  const lang = useAppStore((s) => s.lang);
  const reduced = useReducedMotion();
  const set = appStore.getState().setPlayback;
  return (
    <>
      <PlaybackAnnouncer />
      <div
        className="playback-options"
        id={PLAYBACK_OPTIONS_ID}
        role="group"
        aria-label={t('playback.group')}
        hidden={!open}
      >
        <div className="tool-group">
          <button type="button" className="button small" onClick={() => stepOnce(appStore, -1)}>
            <span aria-hidden="true">« </span>
            {t('playback.back')}
          </button>
          <button type="button" className="button small" onClick={() => stepOnce(appStore, 1)}>
            {t('playback.forward')}
            <span aria-hidden="true"> »</span>
          </button>
        </div>
        <Choice
          label={t('playback.step')}
          value={playback.step}
          options={PLAYBACK_STEPS.map((s) => [s, t(`playback.${s}`)])}
          onChange={(v) => set({ step: v as PlaybackStep })}
        />
        <Choice
          label={t('playback.speed')}
          value={String(playback.speed)}
          options={PLAYBACK_SPEEDS.map((s) => [String(s), `${formatNumber(s, lang)}×`])}
          onChange={(v) => set({ speed: Number(v) })}
        />
        <Choice
          label={t('playback.mode')}
          value={playback.mode}
          options={PLAYBACK_MODES.map((m) => [m, t(`playback.${m}`)])}
          onChange={(v) => set({ mode: v as PlaybackMode })}
        />
        {reduced && <p className="playback-note">{t('playback.reduced')}</p>}
      </div>
      {playback.note && (
        <p className="playback-note" data-testid="playback-note">
          {t(`playback.${playback.note}`)}
        </p>
      )}
    </>
  );
}

/** One of playback's settings: a labelled list of (value, name) options. */
function Choice(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
