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
