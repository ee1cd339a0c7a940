/**
 * Runs changes to a map's layers one per drawn frame: each step waits until
 * the map has drawn the one before with all its tiles.
 *
 * Why: the first draw of each kind of layer compiles its shaders. Drawn
 * without a GPU (SwiftShader, llvmpipe: Tor Browser and old machines), that
 * costs 40–110 ms per kind, and the page waits for every frame. A first frame
 * that draws every kind at once held the page for 150–250 ms on two cores;
 * one kind a frame keeps each under about 140 ms. With a GPU the steps pass in
 * a few frames.
 */

/** What the stages need of a MapLibre map. */
export interface StagedMap {
  on(type: 'render', listener: () => void): unknown;
  off(type: 'render', listener: () => void): unknown;
}

/** A step that has not been drawn by then (a hidden or stalled map) lets the next one run anyway. */
export const STEP_TIMEOUT_MS = 1000;

export class LayerStages {
  private readonly queue: (() => void)[] = [];
  /** A step has run; the map has not yet drawn it. */
  private waiting = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onDone: (() => void)[] = [];
  private ended = false;

  constructor(
    private readonly map: StagedMap,
    /** True once the tiles a step needs are laid out: a frame drawn then has drawn the step. */
    private readonly laidOut: () => boolean,
  ) {
    map.on('render', this.onRender);
  }

  /** Queues steps; the first runs at once when nothing is waiting to be drawn. */
  add(...steps: (() => void)[]) {
    if (this.ended) return;
    this.queue.push(...steps);
    if (!this.waiting) this.next();
  }

  /** True when every queued step has been drawn. */
  get idle(): boolean {
    return !this.waiting && this.queue.length === 0;
  }

  /** Calls back once every step queued so far (and any added meanwhile) has been drawn. */
  whenDone(callback: () => void) {
    if (this.idle) callback();
    else this.onDone.push(callback);
  }

  destroy() {
    this.ended = true;
    clearTimeout(this.timer);
    this.map.off('render', this.onRender);
    this.queue.length = 0;
    this.onDone.length = 0;
  }

  private next() {
    if (this.ended) return;
    clearTimeout(this.timer);
    const step = this.queue.shift();
    if (!step) {
      this.waiting = false;
      for (const callback of this.onDone.splice(0)) callback();
      return;
    }
    this.waiting = true;
    step();
    this.timer = setTimeout(() => this.next(), STEP_TIMEOUT_MS);
  }

  /** A frame was drawn: if the last step's tiles were all in it, the next step goes. */
  private readonly onRender = () => {
    if (this.waiting && this.laidOut()) this.next();
  };
}
