/**
 * A driver for the pages without JavaScript: a reader whose browser runs no
 * script (Tor Browser's Safest level) follows plain links from the app's
 * start page. A second, script-enabled browser context runs the checks that
 * need a script of their own (axe), as an auditor would.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { runAxe } from './axe';

const here = dirname(fileURLToPath(import.meta.url));

export interface ShippedIncident {
  id: string;
  title: { en: string };
  sources: { quotes: { text: string }[] }[];
}

export function shippedIncidents(): ShippedIncident[] {
  const file = JSON.parse(readFileSync(join(here, '..', '..', 'data', 'incidents.json'), 'utf8'));
  return file.incidents as ShippedIncident[];
}

/** The translation a shipped translation file gives for a text, read from the file itself. */
export function translationOf(lang: 'ru' | 'kk', key: string): string {
  const file = JSON.parse(readFileSync(join(here, '..', '..', 'data', 'translations', `${lang}.json`), 'utf8'));
  const entry = (file.entries as Record<string, { text: string } | undefined>)[key];
  if (!entry) throw new Error(`no ${lang} translation for ${key}`);
  return entry.text;
}

export class StaticReader {
  /** Every URL requested in the reader's context, including blocked ones. */
  readonly requests: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async withoutJavaScript(browser: Browser, baseURL: string): Promise<StaticReader> {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const reader = new StaticReader(context, await context.newPage());
    context.on('request', (r) => reader.requests.push(r.url()));
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === 'localhost' ? route.fallback() : route.abort('blockedbyclient'),
    );
    return reader;
  }

  async close() {
    await this.context.close();
  }

  requestsToOtherOrigins(): string[] {
    return this.requests.filter((url) => new URL(url).hostname !== 'localhost');
  }

  // ---- when ----

  async openStart() {
    await this.page.goto('/');
  }

  async follow(name: string | RegExp) {
    await this.page.getByRole('link', { name }).first().click();
    await this.page.waitForLoadState('domcontentloaded');
  }

  async goto(path: string) {
    const response = await this.page.goto(path);
    expect(response?.status(), path).toBe(200);
  }

  // ---- then ----

  /** The incident links of the index, in order, as absolute addresses. */
  async incidentLinks(): Promise<string[]> {
    return this.page.locator('main table a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  quote(text: string): Locator {
    return this.page.locator('.source blockquote', { hasText: text });
  }

  explorerLink(): Locator {
    return this.page.locator('a[data-explorer-link]');
  }

  async meta(property: string): Promise<string | null> {
    return this.page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
  }

  /** Status of every address, fetched without rendering (a link checker's view). */
  async statusOf(urls: string[]): Promise<number[]> {
    return Promise.all(urls.map(async (url) => (await this.context.request.get(url)).status()));
  }
}

/** axe on a static page, from a context that may run it (the pages' policy forbids every script of their own). */
export async function staticPageViolations(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const violations = await runAxe(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  await context.close();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(' | ')}`);
}
