import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, javaScriptEnabled: false });
const page = await ctx.newPage();
await page.goto('http://localhost:4202/ru/incidents/');
await page.screenshot({ path: '/tmp/shots/index-ru-full.png', fullPage: true });
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: '/tmp/shots/index.pdf', format: 'A4' });
await browser.close();
