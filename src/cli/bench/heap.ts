import { within } from './util';
import { Session } from './browser';
import { AppResult, waitIdle } from './app-run';

export async function measureHeap(session: Session, result: AppResult) {
  const { page, context } = session;
  // Let the timeline finish drawing first: the heap of a half-drawn page says little.
  await waitIdle(page, 1000, 60_000);
  const cdp = await context.newCDPSession(page);
  const heap = await within(
    (async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    })(),
    60_000,
  ).catch(() => null);
  result.heapBytes = heap ? heap.value.usedSize : null;
  result.bufferBytes = heap?.value.backingStorageSize ?? null;
  const dom = await within(
    page.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      basemapMs: document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset['basemapMs'] ?? null,
      items: document.querySelectorAll('[data-testid="timeline"] .vis-item:not(.vis-dot):not(.vis-line)').length,
    })),
    30_000,
  ).catch(() => null);
  result.domNodes = dom ? dom.value.nodes : null;
  result.timelineItemsInDom = dom ? dom.value.items : null;
  result.basemapMs = dom?.value.basemapMs ? Number(dom.value.basemapMs) : null;
  await cdp.detach().catch(() => undefined);
}
