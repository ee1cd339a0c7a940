/**
 * Pointer and keyboard on the SVG map's markers and clusters: click or Enter opens, arrow
 * keys move between markers by where they are on screen, hover and focus show
 * the tooltip. One listener per kind on the markers' layer, not one per marker.
 */
import type { Cluster } from './cluster';
import { nextInDirection, type Direction } from './geometry';

/** A marker or cluster as drawn: what it holds and its SVG elements. */
export interface Drawn {
  c: Cluster;
  wrap: SVGGElement;
  button: SVGGElement;
}

export interface MarkerEventsHost {
  drawn(): readonly Drawn[];
  screenPoint(c: Cluster): [number, number];
  activate(d: Drawn): void;
  /** Makes this marker the one in the Tab order, and focuses it. */
  moveFocus(key: number): void;
  /** Focus arrived on this marker (by Tab or a click). */
  focused(key: number): void;
  showTooltip(d: Drawn): void;
  hideTooltip(): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function bindMarkerEvents(markers: SVGGElement, host: MarkerEventsHost) {
  const hit = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.('.fallback-marker');
    return host.drawn().find((d) => d.button === button);
  };
  markers.addEventListener('click', (e) => {
    const d = hit(e);
    if (d) host.activate(d);
  });
  markers.addEventListener('keydown', (e) => {
    const d = hit(e);
    if (!d) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      host.activate(d);
      return;
    }
    const dir = ARROWS[e.key];
    if (!dir) return;
    e.preventDefault();
    const drawn = host.drawn();
    const next = nextInDirection(
      drawn.map((x) => host.screenPoint(x.c)),
      drawn.indexOf(d),
      dir,
    );
    if (next !== null) host.moveFocus(drawn[next]!.c.key);
  });
  markers.addEventListener('mouseover', (e) => {
    const d = hit(e);
    if (d) host.showTooltip(d);
  });
  markers.addEventListener('focusin', (e) => {
    const d = hit(e);
    if (!d) return;
    host.focused(d.c.key);
    host.showTooltip(d);
  });
  markers.addEventListener('mouseout', () => host.hideTooltip());
  markers.addEventListener('focusout', () => host.hideTooltip());
}
