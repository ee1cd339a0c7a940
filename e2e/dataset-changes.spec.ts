import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { countForLink } from './support/dataset-oracle';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

const OLD = '1.3.2';
const LINK = `years=2025&data=${OLD}`;

/**
 * What the notice must say, read straight from the files with nothing of the
 * app's code: the incidents of 2025 whose ids (or old ids) open a bullet of a
 * version written after 1.3.2.
 */
function expected() {
  const changelog = readFileSync('data/changelog.md', 'utf8');
  const data = JSON.parse(readFileSync('data/incidents.json', 'utf8')) as {
    version: string;
    incidents: { id: string; date: string; title: { en: string } }[];
    redirects: { from: string; to: string }[];
  };
  const since = changelog.slice(0, changelog.indexOf(`\n## ${OLD} `));
  const versions = [...since.matchAll(/^## (\d+\.\d+\.\d+) \(/gm)].map((m) => m[1]!);
  const renamed = new Map(data.redirects.map((r) => [r.from, r.to]));
  const changed = new Set([...since.matchAll(/^- `([^`]+)` \(/gm)].map((m) => renamed.get(m[1]!) ?? m[1]!));
  const year = (part: string | undefined, open: number) =>
    part && /^\d{4}/.test(part) ? Number(part.slice(0, 4)) : open;
  const shown = data.incidents.filter((i) => {
    const [a, b] = i.date.split('/');
    return year(a, 1986) <= 2025 && (i.date.includes('/') ? year(b, 2026) : year(a, 1986)) >= 2025;
  });
  return { current: data.version, versions, shown, changed: shown.filter((i) => changed.has(i.id)) };
}

test('an old-version link: a researcher who cited dataset 1.3.2 sees which incidents changed since, and why @phone', async ({
  explorer,
  page,
}) => {
  const want = expected();
  expect(want.shown.length).toBe(countForLink(LINK).shown);
  expect(want.changed.length).toBeGreaterThan(0);

  await explorer.openReady(LINK);
  const notice = page.getByTestId('notice-changes');
  await expect(notice).toContainText(
    `This link was made with dataset ${OLD}. Since then, ${want.changed.length} of the ${want.shown.length} incidents it shows changed`,
  );
  // The link the reader now holds names the version on screen.
  await expect.poll(() => explorer.fragment()).toContain(`data=${want.current}`);
  await expect(page.getByTestId('notice-link')).toHaveCount(0);
  await explorer.screenshot('dataset-changes-notice');
  expect(await explorer.accessibilityViolations(), 'notice').toEqual([]);

  await notice.getByRole('button', { name: `What changed since ${OLD}` }).click();
  const panel = page.getByRole('dialog', { name: 'What changed in the dataset' });
  await expect(panel).toBeVisible();
  for (const v of want.versions)
    await expect(panel.getByRole('heading', { name: new RegExp(`^Version ${v}`) })).toBeVisible();
  const newest = panel.locator(`[data-version="${want.current}"]`);
  await expect(newest).toHaveAttribute('data-after-link', 'true');
  await expect(panel.locator(`[data-version="${OLD}"]`)).toHaveAttribute('data-after-link', 'false');
  // An entry of 1.3.5 names its record by the current title, with the kind of change.
  const first = want.changed.find((i) => newestTags(i.id))!;
  const entry = newest.getByRole('listitem').filter({ hasText: first.id }).first();
  await expect(entry).toContainText(first.title.en);
  await expect(entry.getByRole('list', { name: 'Kinds of change' }).getByRole('listitem')).toHaveText(
    newestTags(first.id)!,
  );
  await explorer.screenshot('dataset-changes-panel');
  expect(await explorer.accessibilityViolations(), 'panel open').toEqual([]);

  // Opening the entry's incident closes the panel on it.
  await entry.getByRole('button', { name: `Open “${first.title.en}” in the explorer` }).click();
  await expect(panel).toBeHidden();
  await explorer.expectDetailsFor(first.title.en);
  await expect.poll(() => explorer.fragment()).toContain(`id=${first.id}`);
});

test('the panel reads in Russian: headings, kinds of change and record titles translated', async ({
  explorer,
  page,
}) => {
  const want = expected();
  await explorer.openReady(`lang=ru&${LINK}`);
  const notice = page.getByTestId('notice-changes');
  await expect(notice).toContainText(`Эта ссылка сделана с набором данных версии ${OLD}.`);
  await expect(notice).toContainText(`из ${want.shown.length} инцидентов`);
  await notice.getByRole('button', { name: `Что изменилось после версии ${OLD}` }).click();
  const panel = page.getByRole('dialog', { name: 'Что изменилось в наборе данных' });
  await expect(panel.getByRole('heading', { name: new RegExp(`^Версия ${want.current}`) })).toBeVisible();
  const first = want.changed.find((i) => newestTags(i.id))!;
  const entry = panel
    .locator(`[data-version="${want.current}"]`)
    .getByRole('listitem')
    .filter({ hasText: first.id })
    .first();
  await expect(entry).toContainText(RU_TITLES[`incidents/${first.id}/title`]!.text);
  await expect(entry.getByRole('list', { name: 'Что затронуто' }).getByRole('listitem')).toHaveText(
    newestTags(first.id)!.map((tag) => RU_TAGS[tag] ?? tag),
  );
  await expect(panel.getByRole('heading', { name: 'Записи' }).first()).toBeVisible();
  await explorer.screenshot('dataset-changes-panel-ru');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // Focus returns to the button that opened it, and the header's version badge opens the same panel.
  await expect(notice.getByRole('button', { name: `Что изменилось после версии ${OLD}` })).toBeFocused();
  await page.getByRole('button', { name: /Набор данных, версия/ }).click();
  await expect(panel).toBeVisible();
});

/** The tags of the id's bullet in the newest version, read from the file as above; null if it has none. */
function newestTags(id: string): string[] | null {
  const text = readFileSync('data/changelog.md', 'utf8');
  const start = text.indexOf('\n## ');
  const newest = text.slice(start, text.indexOf('\n## ', start + 1));
  const m = new RegExp(`\\n- \`${id}\` \\(([^)]+)\\):`).exec(newest);
  return m ? m[1]!.split(', ') : null;
}

const RU_TITLES = (
  JSON.parse(readFileSync('data/translations/ru.json', 'utf8')) as { entries: Record<string, { text: string }> }
).entries;
/** The Russian names of the kinds of change the newest version uses. */
const RU_TAGS: Record<string, string> = {
  attribution: 'атрибуция',
  text: 'текст',
  translation: 'перевод',
  note: 'примечание',
};
