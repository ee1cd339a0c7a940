import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { shippedIncidents, StaticReader, staticPageViolations } from './support/static-reader';

const VERSION = (JSON.parse(readFileSync('data/incidents.json', 'utf8')) as { version: string }).version;

test('a reader without JavaScript reaches every incident, its verbatim quotes and the way back to the explorer', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const incidents = shippedIncidents();
  const reader = await StaticReader.withoutJavaScript(browser, baseURL!);

  // The app's start page says it needs JavaScript and links to the pages that do not.
  await reader.openStart();
  await reader.follow('all incidents');
  await expect(reader.heading()).toHaveText('All incidents, by year');

  // Every incident is reachable by a link from the index, and every link leads to a page.
  const links = await reader.incidentLinks();
  expect(links).toHaveLength(incidents.length);
  expect(new Set(links.map((l) => new URL(l).pathname))).toEqual(new Set(incidents.map((i) => `/incidents/${i.id}/`)));
  expect(new Set(await reader.statusOf(links))).toEqual(new Set([200]));

  // Ten incident pages, opened by following their links, show their quotes and lead back to the explorer.
  const step = Math.floor(incidents.length / 10);
  for (let k = 0; k < 10; k++) {
    const incident = incidents[k * step]!;
    await reader.goto('/incidents/');
    await reader.page.locator(`main table a[href$="/incidents/${incident.id}/"]`).click();
    await expect(reader.heading()).toHaveText(incident.title.en);
    for (const citation of incident.sources) {
      for (const quote of citation.quotes) await expect(reader.quote(quote.text).first()).toBeVisible();
    }
    const back = new URL((await reader.explorerLink().getAttribute('href'))!, reader.page.url());
    expect(back.pathname).toBe('/');
    // With the version of the dataset the page was written from, as every link the explorer writes.
    expect(back.hash).toBe(`#id=${incident.id}&data=${VERSION}`);
    // A link preview shows the incident, not the app's home page; the browser reads back exactly the data's title.
    expect(await reader.meta('og:title')).toBe(incident.title.en);
    expect(await reader.meta('twitter:card')).toBe('summary');
    expect(await reader.meta('og:description')).toBeTruthy();
  }

  // The same in Russian and Kazakh, one language switch away.
  for (const [lang, name] of [
    ['ru', 'Русский'],
    ['kk', 'Қазақша'],
  ] as const) {
    await reader.follow(name);
    expect(new URL(reader.page.url()).pathname).toMatch(new RegExp(`^/${lang}/incidents/[^/]+/$`));
    expect(await reader.page.locator('html').getAttribute('lang')).toBe(lang);
    expect(new URL((await reader.explorerLink().getAttribute('href'))!, reader.page.url()).hash).toContain(
      `lang=${lang}`,
    );
  }

  expect(reader.requestsToOtherOrigins()).toEqual([]);
  await reader.close();

  // No WCAG 2.2 AA violation on the index and an incident page, in each language.
  const sample = incidents.find((i) => i.sources.length > 1) ?? incidents[0]!;
  for (const prefix of ['', '/ru', '/kk']) {
    for (const path of [`${prefix}/incidents/`, `${prefix}/incidents/${sample.id}/`]) {
      expect(await staticPageViolations(browser, new URL(path, baseURL).href), path).toEqual([]);
    }
  }
});
