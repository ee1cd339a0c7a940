import { expect, test } from './support/fixtures';
import { countNationwide } from './support/dataset-oracle';

test('a reader opens an incident known only to the whole country from the nationwide control @phone', async ({
  explorer,
}) => {
  test.setTimeout(120_000);
  await explorer.openReady();
  await explorer.showPane('Map');
  const control = explorer.nationwideControl;
  const nationwide = countNationwide();
  await expect(control).toHaveText(`Nationwide or place not known more precisely: ${nationwide}`);
  await control.click();

  const chooser = explorer.mapChooser;
  await expect(chooser.getByRole('heading')).toHaveText(`Nationwide or place not known more precisely: ${nationwide}`);
  await expect(chooser.getByRole('listitem')).toHaveCount(nationwide);
  await explorer.screenshot('nationwide');
  await chooser.getByRole('button', { name: /Court proceedings against civil activist Olesya Khalabuzar/ }).click();
  await explorer.expectDetailsFor(/Olesya Khalabuzar/);
  await explorer.closeDetails();
  await explorer.showPane('Map');
  // The control stands in for the incident's marker: it follows filters like one.
  await explorer.openReady('places=mangystau-region');
  await expect(explorer.nationwideControl).toBeHidden();
});
