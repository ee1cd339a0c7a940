/**
 * The only e2e file that imports @playwright/test. Specs get `test`, `expect`
 * and an `explorer` driver that speaks the user's language.
 */
import { test as base, expect } from '@playwright/test';
import { Explorer } from './driver';

export interface ExplorerOptions {
  /**
   * Which map the browser can draw: MapLibre with (software) WebGL2, or the SVG
   * map of a browser without WebGL2. Stories whose subject is not the map use
   * the SVG map: in software WebGL each map frame costs a few hundred ms.
   */
  mapRenderer: 'webgl' | 'svg';
}

export const test = base.extend<ExplorerOptions & { explorer: Explorer }>({
  mapRenderer: ['webgl', { option: true }],
  explorer: async ({ page, mapRenderer }, use, testInfo) => {
    const explorer = new Explorer(page, testInfo);
    if (mapRenderer === 'svg') await explorer.givenNoWebGL2();
    await use(explorer);
    explorer.assertNoPageErrors();
  },
});

export { expect };
export type { Page } from '@playwright/test';
