import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a researcher explores an ACLED export and a Russian-locale Excel CSV of their own, and nothing leaves the browser', async ({
  explorer,
  page,
}) => {
  test.setTimeout(120_000);
  await explorer.givenClipboard();
  const requests = await explorer.givenRequestLog();
  await explorer.openReady();
  const published = await explorer.listCount();
  const sentBefore = requests.length;

  // An ACLED export: nine of its ten rows are usable, and each problem is named by line, column, value and reason.
  await explorer.openOwnFile('acled-sample.csv');
  const dialog = explorer.ownFileDialog;
  await expect(dialog.getByTestId('import-summary')).toContainText('ACLED export');
  expect(await explorer.ownFileProblems()).toEqual([
    expect.stringMatching(/^8 \| event_date \| 31 February 2024 \| Row skipped This is not a date/),
    expect.stringMatching(/^9 \| latitude \| 95\.5 \| Row kept The latitude is not between -90 and 90/),
    expect.stringMatching(
      /^9 \| location \| Fictional Village \| Row kept "Fictional Village" is not in the gazetteer/,
    ),
    expect.stringMatching(/^10 \| location \| Fictional Hamlet \| Row kept/),
    expect.stringMatching(/^11 \| sub_event_type \| Something New \| Row kept ACLED type "Something New"/),
  ]);
  await explorer.screenshot('own-file-problems-en');
  expect(await explorer.accessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Explore this file' }).click();

  // Every view shows the file, and says so until the reader goes back.
  await expect(page.getByTestId('own-file-banner')).toContainText('acled-sample.csv');
  await expect(page.getByRole('banner')).not.toContainText('Dataset');
  expect(await explorer.accessibilityViolations()).toEqual([]);
  await explorer.expectViewsAgree(9);
  await explorer.search('wages');
  await explorer.openFromList(/Peaceful protest/);
  await expect(explorer.details).toContainText('Fictional test row: workers rallied over wages.');
  // The link says only that the view was made from a file: no incident, name, place or word of it.
  await expect.poll(() => explorer.fragment()).toContain('src=file');
  expect(decodeURIComponent(await explorer.fragment())).not.toMatch(
    /Fictional|wages|rallied|tst|id=|q=|actors|places/i,
  );
  await page.getByTestId('own-file-banner').getByRole('button', { name: 'Back to the published dataset' }).click();
  await expect(page.getByTestId('own-file-banner')).toHaveCount(0);
  await expect.poll(() => explorer.listCount()).toBe(published);

  // A Russian-locale Excel CSV, read in Russian: Windows-1251, semicolons, DD.MM.YYYY, decimal commas, an old name.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await explorer.openOwnFile('ru-excel-1251.csv');
  await expect(dialog.getByTestId('import-summary')).toContainText('Windows-1251');
  expect(await explorer.ownFileProblems()).toEqual([
    expect.stringMatching(/^Весь файл \| {2}\| {2}\| Файл не в кодировке UTF-8; он прочитан как Windows-1251/),
    expect.stringMatching(/^Весь файл \| {2}\| {2}\| В файле нет перевода на английский для цитат/),
    expect.stringMatching(/^4 \| date \| 32\.13\.2024 \| Строка пропущена Эта дата записана в виде/),
  ]);
  await explorer.screenshot('own-file-problems-ru');
  await dialog.getByRole('button', { name: 'Исследовать этот файл' }).click();
  await expect(page.getByTestId('own-file-banner')).toContainText('ru-excel-1251.csv');
  await expect.poll(() => explorer.listCountIn('Инциденты')).toBe(2);
  // Guryev, the old name, is Atyrau today.
  await expect(explorer.region('Инциденты')).toContainText('Атырау');
  await page
    .getByTestId('own-file-banner')
    .getByRole('button', { name: 'Вернуться к опубликованному набору данных' })
    .click();

  // The problems list in Kazakh too.
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
  await explorer.openOwnFile('acled-sample.csv');
  await expect(dialog.getByTestId('import-summary')).toContainText('ACLED экспорты');
  await expect(dialog.getByTestId('import-problems')).toContainText('Жол өткізілді');
  await explorer.screenshot('own-file-problems-kk');
  expect(await explorer.accessibilityViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Жабу' }).first().click();

  // Nothing of the files went anywhere: no request since carried a body, left this site or named a row.
  const files = ['acled-sample.csv', 'ru-excel-1251.csv'].map((f) =>
    readFileSync(new URL(`../src/data/import/fixtures/${f}`, import.meta.url), 'latin1'),
  );
  const after = requests.slice(sentBefore);
  for (const r of after) {
    expect(r.method, r.url).toBe('GET');
    expect(r.body, r.url).toBeNull();
    expect(new URL(r.url).hostname, r.url).toBe('localhost');
    expect(r.url).not.toMatch(/Fictional|TST0|wages/i);
  }
  expect(files[0]).toContain('TST001');

  // A very large file is read with progress, and the reader can stop it.
  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('en');
  const rows = Array.from({ length: 200_000 }, (_, k) => `Fictional test row ${k},2024-03-15,Almaty,protest`);
  await explorer.startOwnFile('large.csv', ['title,date,place,category', ...rows].join('\n'));
  const reading = dialog.getByRole('status').filter({ hasText: 'Reading large.csv' });
  await expect(reading.getByRole('progressbar')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toContainText('Reading the file was stopped.');
  await expect(dialog.getByTestId('import-summary')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // Whoever opens a link made from a file is told what it was made from, and sees the published dataset.
  await explorer.open('src=file&lang=en');
  await explorer.waitUntilReady();
  await expect(page.getByTestId('notice-link')).toContainText("made from a file on the sender's own device");
});
