import { describe, expect, it } from 'vitest';
import { addSteps, canPlay, nextDelay, periodStart, playbackStart, stepInterval, stepWindow } from './playback';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const win = (from: string, toExclusive: string) => ({ start: at(from), end: at(toExclusive) });
const days = (w: { start: number; end: number } | null) => (w ? [iso(w.start), iso(w.end)] : null);
const DATA = win('2019-03-14', '2026-06-02');

describe('addSteps', () => {
  it('adds calendar months, keeping the day where the month has it', () => {
    expect(iso(addSteps(at('2022-01-15'), 'month', 1))).toBe('2022-02-15');
    expect(iso(addSteps(at('2022-12-01'), 'month', 1))).toBe('2023-01-01');
    expect(iso(addSteps(at('2022-03-01'), 'month', -3))).toBe('2021-12-01');
  });

  it('ends at the last day of a shorter month, 29 February in a leap year', () => {
    expect(iso(addSteps(at('2023-01-31'), 'month', 1))).toBe('2023-02-28');
    expect(iso(addSteps(at('2024-01-31'), 'month', 1))).toBe('2024-02-29');
    expect(iso(addSteps(at('2024-03-31'), 'month', 1))).toBe('2024-04-30');
    expect(iso(addSteps(at('2024-02-29'), 'year', 1))).toBe('2025-02-28');
    expect(iso(addSteps(at('2024-02-29'), 'year', 4))).toBe('2028-02-29');
  });

  it('moves a week by exactly seven days across the change to summer time', () => {
    // Europe and North America change the clocks in late March; the window is UTC and does not.
    expect(addSteps(at('2024-03-28'), 'week', 1) - at('2024-03-28')).toBe(7 * 86_400_000);
    expect(iso(addSteps(at('2024-03-28'), 'week', 1))).toBe('2024-04-04');
    expect(iso(addSteps(at('2024-10-24'), 'week', 2))).toBe('2024-11-07');
  });

  it('keeps a time of day', () => {
    const t = Date.parse('2022-05-10T13:45:00Z');
    expect(new Date(addSteps(t, 'month', 1)).toISOString()).toBe('2022-06-10T13:45:00.000Z');
  });
});

describe('periodStart', () => {
  it('is the Monday of the week, the 1st of the month, 1 January', () => {
    // 14 March 2019 was a Thursday.
    expect(iso(periodStart(at('2019-03-14'), 'week'))).toBe('2019-03-11');
    expect(iso(periodStart(at('2019-03-11'), 'week'))).toBe('2019-03-11');
    expect(iso(periodStart(at('2019-03-17'), 'week'))).toBe('2019-03-11');
    expect(iso(periodStart(at('1969-12-31'), 'week'))).toBe('1969-12-29');
    expect(iso(periodStart(Date.parse('2019-03-14T18:00:00Z'), 'month'))).toBe('2019-03-01');
    expect(iso(periodStart(at('2019-03-14'), 'year'))).toBe('2019-01-01');
  });
});

describe('stepWindow', () => {
  it('slides a month-long window on by a month, whatever the month lengths', () => {
    const jan = win('2022-01-01', '2022-02-01');
    const feb = stepWindow(jan, 'month', 'sliding', 1, DATA);
    expect(days(feb)).toEqual(['2022-02-01', '2022-03-01']);
    expect(days(stepWindow(feb!, 'month', 'sliding', 1, DATA))).toEqual(['2022-03-01', '2022-04-01']);
  });

  it('slides a window of any length, keeping it', () => {
    expect(days(stepWindow(win('2022-01-10', '2022-01-20'), 'week', 'sliding', 1, DATA))).toEqual([
      '2022-01-17',
      '2022-01-27',
    ]);
    expect(days(stepWindow(win('2020-02-01', '2020-03-01'), 'year', 'sliding', 1, DATA))).toEqual([
      '2021-02-01',
      '2021-03-01',
    ]);
  });

  it('grows a cumulative window at its end, keeping its start', () => {
    const w = stepWindow(win('2022-01-01', '2022-02-01'), 'month', 'cumulative', 1, DATA);
    expect(days(w)).toEqual(['2022-01-01', '2022-03-01']);
    expect(days(stepWindow(w!, 'year', 'cumulative', 1, DATA))).toEqual(['2022-01-01', '2023-03-01']);
  });

  it('steps back, and shrinks a cumulative window no smaller than one step', () => {
    expect(days(stepWindow(win('2022-03-01', '2022-04-01'), 'month', 'sliding', -1, DATA))).toEqual([
      '2022-02-01',
      '2022-03-01',
    ]);
    expect(days(stepWindow(win('2022-01-01', '2022-03-01'), 'month', 'cumulative', -1, DATA))).toEqual([
      '2022-01-01',
      '2022-02-01',
    ]);
    expect(stepWindow(win('2022-01-01', '2022-02-01'), 'month', 'cumulative', -1, DATA)).toBeNull();
  });

  it('stops at the end of the data, after the window that reaches it', () => {
    const last = stepWindow(win('2026-05-01', '2026-06-01'), 'month', 'sliding', 1, DATA);
    // The data ends on 1 June: the June window still shows its last day.
    expect(days(last)).toEqual(['2026-06-01', '2026-07-01']);
    expect(stepWindow(last!, 'month', 'sliding', 1, DATA)).toBeNull();
    expect(stepWindow(win('2025-01-01', '2026-06-02'), 'week', 'cumulative', 1, DATA)).toBeNull();
    expect(canPlay(win('2025-01-01', '2026-06-02'), DATA)).toBe(false);
    expect(canPlay(win('2025-01-01', '2026-06-01'), DATA)).toBe(true);
    expect(canPlay(null, DATA)).toBe(true);
  });

  it('stops going back at the start of the data', () => {
    expect(stepWindow(win('2019-03-01', '2019-04-01'), 'month', 'sliding', -1, DATA)).toBeNull();
  });
});

describe('playbackStart', () => {
  it('starts from the window on screen', () => {
    const w = win('2022-01-01', '2022-02-01');
    expect(playbackStart(w, 'month', 'sliding', DATA)).toEqual({ window: w, from: 'window' });
  });

  it('starts "all dates" from the first incident’s period, one step long', () => {
    const s = playbackStart(null, 'month', 'sliding', DATA);
    expect(s.from).toBe('first');
    expect(days(s.window)).toEqual(['2019-03-01', '2019-04-01']);
    expect(days(playbackStart(null, 'year', 'cumulative', DATA).window)).toEqual(['2019-01-01', '2020-01-01']);
    expect(days(playbackStart(null, 'week', 'sliding', DATA).window)).toEqual(['2019-03-11', '2019-03-18']);
  });

  it('starts again from the first period once at the end of the data', () => {
    const atEnd = win('2026-06-01', '2026-07-01');
    const sliding = playbackStart(atEnd, 'month', 'sliding', DATA);
    expect(sliding.from).toBe('restart');
    expect(days(sliding.window)).toEqual(['2019-03-01', '2019-03-31']);
    expect(days(playbackStart(atEnd, 'month', 'cumulative', DATA).window)).toEqual(['2019-03-01', '2019-04-01']);
  });
});

describe('timing', () => {
  it('takes a second a step at 1×, and no less than two with reduced motion', () => {
    expect(stepInterval(1, false)).toBe(1000);
    expect(stepInterval(4, false)).toBe(250);
    expect(stepInterval(0.5, false)).toBe(2000);
    expect(stepInterval(4, true)).toBe(2000);
    expect(stepInterval(0.25, true)).toBe(4000);
  });

  it('waits for the rest of the interval, and follows a late step at once instead of queueing', () => {
    expect(nextDelay(250, 1000, 1040)).toEqual({ delay: 210, late: false });
    expect(nextDelay(250, 1000, 1900)).toEqual({ delay: 0, late: true });
  });
});
