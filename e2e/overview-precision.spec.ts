import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

/** Incidents per date precision, read from the data file's EDTF dates with nothing of the app's code. */
function precisionCounts(): Record<'day' | 'month' | 'year' | 'range', number> {
  const file = JSON.parse(readFileSync(new URL('../data/incidents.json', import.meta.url), 'utf8')) as {
    incidents: { date: string }[];
  };
  const counts = { day: 0, month: 0, year: 0, range: 0 };
  for (const { date } of file.incidents) {
    if (date.includes('/')) counts.range++;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(date)) counts.day++;
    else if (/^\d{4}-\d{2}$/.test(date)) counts.month++;
    else if (/^\d{4}$/.test(date)) counts.year++;
    else throw new Error(`unexpected date ${date}`);
  }
  return counts;
}

test('a reader colours the overview strip by date precision and shares it @phone', async ({ explorer, page }) => {
  const expected = precisionCounts();
  await explorer.openReady();
  await explorer.showPane('Timeline');
  const toggle = page.getByRole('button', { name: 'Date precision' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The legend counts every incident by how precisely it is dated, and the strip's description says the same.
  const legend = page.getByRole('list', { name: 'How precise the dates are' });
  for (const [word, n] of Object.entries(expected)) {
    await expect(legend.getByRole('listitem').filter({ hasText: new RegExp(`^${word} ${n}$`) })).toHaveCount(1);
  }
  await expect(page.getByRole('img', { name: /Dates by precision/ })).toHaveAccessibleName(
    new RegExp(
      `${expected.day} to the day, ${expected.month} to the month, ${expected.year} to the year, ${expected.range} only as a range`,
    ),
  );
  await expect.poll(() => explorer.fragment()).toContain('bars=precision');
  expect(await explorer.accessibilityViolations()).toEqual([]);

  // The link holds it: opened fresh in Russian, the strip is coloured by precision, in Russian words.
  await explorer.openReady(`${await explorer.fragment()}&lang=ru`);
  // On a phone, the timeline's tab, by its Russian name.
  const tab = page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: 'Шкала времени' });
  if (await tab.isVisible()) await tab.click();
  await expect(page.getByRole('button', { name: 'Точность дат' })).toHaveAttribute('aria-pressed', 'true');
  const ru = page.getByRole('list', { name: 'Насколько точны даты' });
  await expect(ru.getByRole('listitem').filter({ hasText: new RegExp(`^период ${expected.range}$`) })).toHaveCount(1);
  await explorer.screenshot('overview-precision');
});
