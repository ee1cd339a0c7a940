import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a researcher downloads the filtered view as CSV and GeoJSON and cites it', async ({ explorer, page }) => {
  await explorer.openReady('years=2026');
  const rows = await explorer.listCount();
  expect(rows).toBeGreaterThan(0);
  const exports = page.getByRole('group', { name: 'Export and cite' });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^kz-incidents-\d+\.\d+\.\d+-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(rows);
  for (const row of parsed.data) {
    expect(row['date_start']).toMatch(/^2026|^20\d\d/);
    expect(row['view_link']).toContain('years=2026');
    expect(row['dataset_version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(row['sources']).not.toBe('');
  }

  const [geoDownload] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const geo = JSON.parse(readFileSync((await geoDownload.path()) ?? '', 'utf8')) as {
    type: string;
    features: {
      geometry: { type: string; coordinates: number[] } | null;
      properties: { location_precision: string };
    }[];
    metadata: { view_link: string; dataset_version: string };
  };
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features).toHaveLength(rows);
  // A point only where the incident has one: never a pile at a country's or region's centre.
  const areaOnly = (f: (typeof geo.features)[number]) =>
    ['region', 'country', 'unknown'].includes(f.properties.location_precision);
  for (const f of geo.features) expect(f.geometry === null).toBe(areaOnly(f));
  const unknown = geo.features.filter((f) => f.properties.location_precision === 'unknown').length;
  expect(unknown).toBe(await explorer.unlocatedCount());
  const countryWide = geo.features.filter((f) => f.properties.location_precision === 'country').length;
  await expect(explorer.nationwideControl).toContainText(String(countryWide));
  for (const f of geo.features) {
    if (!f.geometry) continue;
    const [lon = 999, lat = 999] = f.geometry.coordinates;
    expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat)).toBeLessThanOrEqual(90);
  }
  expect(geo.metadata.view_link).toContain('years=2026');

  await exports.getByRole('button', { name: 'Cite this view' }).click();
  const citation = page.getByRole('textbox', { name: 'Citation for this view' });
  await expect(citation).toHaveValue(
    new RegExp(`dataset version ${geo.metadata.dataset_version.replace(/\./g, '\\.')}`),
  );
  await expect(citation).toHaveValue(/years=2026/);
  await expect(citation).toHaveValue(new RegExp(`View of ${rows} incidents`));
  await explorer.screenshot('export-cite');
});
