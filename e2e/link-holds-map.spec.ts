import { expect, test } from './support/fixtures';

const ASTANA = '2025-04-10-astana-journalist-akhmedyarov-detained';

test('after every story step, Back, and a link pasted in the same tab, the link holds where the map is @phone', async ({
  explorer,
  page,
}) => {
  test.setTimeout(120_000);
  await explorer.givenMapHandle();
  await explorer.openReady('story=january-2022-uprising&step=1');
  const panel = page.getByTestId('story-panel');
  await expect(panel).toContainText('Step 1 of');
  await explorer.expectLinkHoldsMap();

  // Each step moves the map (Almaty, then Zhanaozen, ...), and the link moves with it.
  for (const step of [2, 3, 4]) {
    await panel.getByRole('button', { name: 'Next step' }).click();
    await expect(panel).toContainText(`Step ${step} of`);
    await expect.poll(() => explorer.fragment()).toContain(`step=${step}`);
    await explorer.expectLinkHoldsMap();
  }

  // Back returns to the step before, map and link together.
  await page.goBack();
  await expect(panel).toContainText('Step 3 of');
  await explorer.expectLinkHoldsMap();

  // A link pasted into this tab opens its incident where the map then is.
  await page.evaluate((id) => (window.location.hash = `id=${id}`), ASTANA);
  await explorer.expectDetailsFor(/Akhmedyarov/);
  await explorer.expectLinkHoldsMap();
  const astana = await explorer.viewInLink();
  expect(Math.abs(astana.lon - 71.4)).toBeLessThan(1);
  expect(Math.abs(astana.lat - 51.15)).toBeLessThan(1);
});

test.describe('links followed in the same tab', () => {
  // About links and filters, not the map: the map drawn without WebGL.
  test.use({ mapRenderer: 'svg' });

  test('a reader who filtered, went into a story, stepped Back and left it finds their filters again', async ({
    explorer,
    page,
  }) => {
    await explorer.openReady('years=2019&categories=detention');
    await page.getByRole('button', { name: 'Stories', exact: true }).click();
    await page.getByRole('button', { name: /Start the story “.*January 2022/ }).click();
    const panel = page.getByTestId('story-panel');
    await panel.getByRole('button', { name: 'Next step' }).click();
    await expect(panel).toContainText('Step 2 of');
    await page.goBack();
    await expect(panel).toContainText('Step 1 of');
    await panel.getByRole('button', { name: 'Leave story' }).click();
    await expect.poll(() => explorer.chips()).toEqual(['2019', 'Detention']);
    await expect.poll(() => explorer.fragment()).toContain('years=2019&categories=detention');
  });

  test('a link to some years shows those years on the timeline, and a new link closes the open chooser', async ({
    explorer,
  }) => {
    await explorer.openReady('years=2022');
    await expect(explorer.summary).toContainText('2022');
    await expect.poll(async () => (await explorer.viewInLink()).from).toBe(Date.UTC(2022, 0, 1));
    expect((await explorer.viewInLink()).to).toBe(Date.UTC(2022, 11, 31));

    await explorer.openReady(explorer.placeView('almaty', 9));
    await explorer.mapMarker(/^Almaty: \d+ incidents/).click();
    await expect(explorer.mapChooser).toBeVisible();
    await explorer.page.evaluate(() => (window.location.hash = 'years=2019'));
    await expect(explorer.mapChooser).toBeHidden();
  });

  test('a Kazakh link is in Kazakh, with its map view, before the dataset has arrived', async ({ explorer, page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/incidents.json', async (route) => {
      await held;
      await route.fallback();
    });
    await explorer.open('lang=kk&map=6/43.25/76.95');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kazakhstan Incident Explorer');
    await expect(explorer.summary).toHaveCount(0);
    release();
    await explorer.waitUntilReady();
    await expect.poll(() => explorer.fragment()).toContain('map=6/43.25/76.95');
  });
});
