import { expect, test } from './support/fixtures';

test('a Kazakh reader sees the map labelled in Kazakh, and in Russian after switching', async ({ explorer, page }) => {
  await explorer.givenMapHandle();
  await explorer.openReady('lang=kk&map=6/44.6/77.8');
  await explorer.waitForMapIdle();

  const labels = async () =>
    (await explorer.renderedFeatures(['detail-town-labels', 'detail-region-labels'])).map((f) => f.label);
  await expect.poll(labels).toEqual(expect.arrayContaining(['Алматы', 'Қонаев', 'Жетісу облысы']));
  expect(await labels()).not.toContain('Konaev');
  await explorer.screenshot('labels-kk');

  await page.getByRole('combobox', { name: /Тіл|Language/ }).selectOption('ru');
  await expect.poll(labels).toEqual(expect.arrayContaining(['Конаев', 'Жетысуская область']));
});
