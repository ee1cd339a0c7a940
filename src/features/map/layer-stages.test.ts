import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayerStages, STEP_TIMEOUT_MS } from './layer-stages';

/** A map that draws a frame when told, with its tiles loaded or not. */
class FakeMap {
  tilesLoaded = true;
  private listeners: (() => void)[] = [];
  on(_: 'render', fn: () => void) {
    this.listeners.push(fn);
  }
  off(_: 'render', fn: () => void) {
    this.listeners = this.listeners.filter((l) => l !== fn);
  }
  frame() {
    for (const l of [...this.listeners]) l();
  }
}

let map: FakeMap;
let stages: LayerStages;
let ran: string[];
const step = (name: string) => () => ran.push(name);

beforeEach(() => {
  vi.useFakeTimers();
  map = new FakeMap();
  stages = new LayerStages(map, () => map.tilesLoaded);
  ran = [];
});

afterEach(() => {
  stages.destroy();
  vi.useRealTimers();
});

describe('layer stages', () => {
  it('runs the first step at once and each next one only after a frame has drawn the last', () => {
    stages.add(step('a'), step('b'), step('c'));
    expect(ran).toEqual(['a']);
    map.frame();
    expect(ran).toEqual(['a', 'b']);
    map.frame();
    map.frame();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('waits while the last step’s tiles are still being laid out', () => {
    stages.add(step('a'), step('b'));
    map.tilesLoaded = false;
    map.frame();
    map.frame();
    expect(ran).toEqual(['a']);
    map.tilesLoaded = true;
    map.frame();
    expect(ran).toEqual(['a', 'b']);
  });

  it('calls back when every step has been drawn, not before', () => {
    const done = vi.fn();
    stages.add(step('a'), step('b'));
    stages.whenDone(done);
    map.frame();
    expect(done).not.toHaveBeenCalled();
    expect(stages.idle).toBe(false);
    map.frame();
    expect(done).toHaveBeenCalledTimes(1);
    expect(stages.idle).toBe(true);
    map.frame();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls back at once when nothing is queued', () => {
    const done = vi.fn();
    stages.whenDone(done);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('waits for steps added while others are still queued', () => {
    const done = vi.fn();
    stages.add(step('a'));
    stages.whenDone(done);
    stages.add(step('b'));
    map.frame();
    expect(ran).toEqual(['a', 'b']);
    expect(done).not.toHaveBeenCalled();
    map.frame();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('goes on without a frame after a while, so a map that does not draw never holds the rest', () => {
    const done = vi.fn();
    stages.add(step('a'), step('b'));
    stages.whenDone(done);
    vi.advanceTimersByTime(STEP_TIMEOUT_MS - 1);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersByTime(STEP_TIMEOUT_MS);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('does nothing more once destroyed', () => {
    stages.add(step('a'), step('b'));
    stages.destroy();
    map.frame();
    vi.advanceTimersByTime(STEP_TIMEOUT_MS * 3);
    stages.add(step('c'));
    expect(ran).toEqual(['a']);
  });
});
