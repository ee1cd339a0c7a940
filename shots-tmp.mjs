import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const base = 'http://localhost:4202/';
const id = process.argv[2] ?? '2022-01-05-almaty-protesters-storm-city-hall';
const which = process.argv[3] ?? 'all';
for (const [w,h,tag] of [[1366,768,'desk'],[390,844,'phone']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: false });
  const page = await ctx.newPage();
  const outside = [];
  page.on('request', r => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  for (const lang of ['en','ru','kk']) {
    const p = lang === 'en' ? '' : lang + '/';
    if (which === 'all' || which === 'index') { await page.goto(base + p + 'incidents/'); await page.screenshot({ path: `/tmp/shots/index-${lang}-${tag}.png` }); }
    if (which === 'all' || which === 'incident') { await page.goto(base + p + 'incidents/' + id + '/'); await page.screenshot({ path: `/tmp/shots/inc-${lang}-${tag}.png`, fullPage: tag === 'phone' ? false : true }); }
  }
  if (tag === 'desk') {
    await page.goto(base + 'incidents/' + id + '/');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/shots/print-inc.png', fullPage: true });
    await page.pdf({ path: '/tmp/shots/inc.pdf', format: 'A4' });
    await page.goto(base);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: '/tmp/shots/root-nojs.png' });
  }
  console.log(tag, 'outside requests:', outside);
  await ctx.close();
}
await browser.close();
