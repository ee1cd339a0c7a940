/**
 * The only e2e file that imports @playwright/test. Specs get `test`, `expect`
 * and an `explorer` driver that speaks the user's language.
 */
import { test as base, expect } from '@playwright/test';
import { Explorer } from './driver';

export const test = base.extend<{ explorer: Explorer }>({
  explorer: async ({ page }, use, testInfo) => {
    const explorer = new Explorer(page, testInfo);
    await use(explorer);
    explorer.assertNoPageErrors();
  },
});

export { expect };
export type { Page } from '@playwright/test';
