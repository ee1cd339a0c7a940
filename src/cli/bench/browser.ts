import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from '@playwright/test';
import { NAME_SHIM } from '../bench-probe';
import { log, within } from './util';
import { VIEWPORT, CHROMIUM_ARGS } from './options';

// ---- browser ----

export class Browsers {
  private server: BrowserServer | null = null;
  private browser: Browser | null = null;

  async get(): Promise<Browser> {
    if (!this.browser) {
      // A server rather than launch(): its process can be killed when a page is stuck in a task for minutes.
      this.server = await chromium.launchServer({
        executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      this.browser = await chromium.connect(this.server.wsEndpoint());
    }
    return this.browser;
  }

  /** Ends this browser for sure (the next get() starts a new one). */
  async kill(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.browser = null;
    if (server) await within(server.kill(), 30_000);
  }

  async close(): Promise<void> {
    const { browser, server } = this;
    if (browser && (await within(browser.close(), 20_000)) && server && (await within(server.close(), 20_000))) {
      this.browser = this.server = null;
      return;
    }
    await this.kill();
  }
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function openSession(browsers: Browsers, initScripts: (string | (() => void))[]): Promise<Session> {
  const context = await (await browsers.get()).newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_SHIM });
  for (const script of initScripts) {
    if (typeof script === 'string') await context.addInitScript({ content: script });
    else await context.addInitScript(script);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A missing optional narratives file is the documented way to have none.
    if (m.type() === 'error' && !m.location().url.endsWith('/data/narratives.json'))
      errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Closes a session; a renderer stuck in a long task can block that, and then the whole browser goes. */
export async function closeSession(browsers: Browsers, session: Session, stuck = false): Promise<void> {
  if (stuck || !(await within(session.context.close(), 15_000))) {
    log('a page is stuck in a long task; killing the browser');
    await browsers.kill();
  }
}
