import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core is injected straight from its package: the Playwright wrapper's current
// release demands a newer Node than our machines run, and all it adds is this.
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe on the page as it is now with the given rule tags, or only inside the element `within` selects. */
export async function runAxe(page: Page, tags: string[], within?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ([runTags, scope]) => {
      const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
      }
      const context = scope ? { include: [[scope]] } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
    },
    [tags, within ?? null] as const,
  );
}
