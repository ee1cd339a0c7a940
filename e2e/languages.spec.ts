import { expect, test } from './support/fixtures';
import { shippedIncidents, translationOf } from './support/static-reader';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a Kazakh- or Russian-speaking reader switches language and searches in any script', async ({
  explorer,
  page,
}) => {
  // Russian has its translation file; Kazakh, on this site, not yet.
  await explorer.givenNoTranslation('kk');
  // The shared link carried a category this dataset does not know.
  await explorer.openReady('categories=no-such-category');
  const total = await explorer.listCount();
  const notice = page.getByTestId('notice-link');
  await expect(notice).toContainText('Part of this link could not be used');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Notices already on screen follow the language too.
  await expect(notice).toContainText('Часть этой ссылки не удалось использовать');
  await expect(page.getByRole('region', { name: 'Фильтры' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Карта и хроника инцидентов');
  await expect.poll(() => explorer.fragment()).toContain('lang=ru');
  // Gazetteer names follow the language.
  await expect(page.getByRole('region', { name: 'Инциденты' })).toContainText('Алматы');

  // Cyrillic search finds incidents recorded with Latin names, and vice versa.
  await page.getByRole('region', { name: 'Фильтры' }).getByRole('searchbox').first().fill('Алматы');
  await expect.poll(() => explorer.listCountIn('Инциденты')).toBeLessThan(total);
  const cyrillic = await explorer.listCountIn('Инциденты');
  expect(cyrillic).toBeGreaterThan(0);

  // The dataset's own text is in Russian too, and search finds it by its Russian words.
  const filters = page.getByRole('region', { name: 'Фильтры' });
  await filters.getByRole('searchbox').first().fill('забастовка нефтяников');
  const list = page.getByRole('region', { name: 'Инциденты' });
  await list.getByRole('link', { name: 'Забастовка нефтяников в Жанаозене' }).click();
  const russian = page.getByRole('region', { name: 'Сведения об инциденте' });
  await expect(russian.getByRole('heading', { level: 2 })).toHaveText('Забастовка нефтяников в Жанаозене');
  await expect(russian).toContainText('полиция открыла огонь по бастующим');
  await expect(russian.locator('.fallback-marker')).toHaveCount(0);
  // A draft translation says so, and the English original is one click away.
  const draft = russian.getByTestId('draft-note');
  await expect(draft).toContainText('Перевод ещё не проверен.');
  const original = draft.getByRole('button', { name: 'Английский оригинал' });
  await expect(original).toHaveAttribute('aria-expanded', 'false');
  await expect(russian.getByText('Oil workers strike in Zhanaozen')).toHaveCount(0);
  await original.click();
  await expect(original).toHaveAttribute('aria-expanded', 'true');
  await expect(draft.getByTestId('draft-original')).toHaveAttribute('lang', 'en');
  await expect(draft.getByTestId('draft-original')).toContainText('Oil workers strike in Zhanaozen');
  // Each quote stays verbatim in English, with the Russian translation beside it, marked as not yet reviewed.
  const [strike] = shippedIncidents().filter((i) => i.id === '2011-zhanaozen-oil-workers-strike');
  const quote = strike!.sources[0]!.quotes[0]!.text;
  const figure = russian.locator('figure.quote').filter({ hasText: quote });
  await expect(figure.locator('blockquote')).toHaveText(quote);
  await expect(figure.locator('blockquote')).toHaveAttribute('lang', 'en');
  const inRussian = figure.locator('.quote-in-lang');
  await expect(inRussian).toContainText('Перевод (ещё не проверен):');
  await expect(inRussian.locator('[lang="ru"]')).toHaveText(
    translationOf('ru', 'incidents/2011-zhanaozen-oil-workers-strike/sources.0.quotes.0.text'),
  );
  await explorer.screenshot('language-ru-draft');
  await page.keyboard.press('Escape');
  await filters.getByRole('searchbox').first().fill('');

  await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('region', { name: 'Сүзгілер' })).toBeVisible();
  await page.getByRole('region', { name: 'Сүзгілер' }).getByRole('searchbox').first().fill('Almaty');
  await expect.poll(() => explorer.listCountIn('Оқиғалар')).toBe(cyrillic);

  // Dataset text without a Kazakh translation is shown in English, marked as such.
  await page.getByRole('region', { name: 'Оқиғалар' }).getByRole('link').first().click();
  const details = page.getByRole('region', { name: 'Оқиға туралы мәлімет' });
  await expect(details.locator('.fallback-marker').first()).toBeVisible();
  await expect(details.locator('h2 [lang="en"]')).toBeVisible();
  await expect(details).toContainText(/\d{4} ж\./);
  await explorer.screenshot('language-kk');

  // The language is part of the link, not stored anywhere.
  await expect.poll(() => explorer.fragment()).toContain('lang=kk');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
