/**
 * The import wizard end to end: real upload in chunks, real inspection and import on a
 * real database, progress, cancel, the report and undo.
 */
import path from 'node:path';
import { expect, test } from './fixtures';
import { callApi, contactCount, openImportWizard, openView, screenshotsDir, skipWelcome, takeScreenshots, vcard } from './files-helpers';

test.beforeEach(async ({ page, rapportServer }) => {
  await skipWelcome(page, rapportServer);
});

test('import a vCard written here and a real Android file; undo from the report', async ({ page, rapportServer }) => {
  const text = [vcard('Ioana', 'Popescu', ['EMAIL:ioana@example.ro', 'TEL:+40 721 234 567']), vcard('Yonatan', 'Cohen', ['ORG:Check Point'])].join('\r\n');
  await openImportWizard(page);
  const wizard = page.getByRole('dialog', { name: /^Import/ });
  await wizard.getByLabel('File to import').setInputFiles({ name: 'two.vcf', mimeType: 'text/vcard', buffer: Buffer.from(text) });
  await expect(wizard.getByTestId('detected-format')).toHaveText('A vCard file');
  await expect(wizard.getByRole('cell', { name: 'Ioana Popescu' })).toBeVisible();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();

  const report = wizard.getByRole('region', { name: 'Import report' });
  await expect(report.getByText('Finished')).toBeVisible();
  await expect(report.locator('[data-count="created"]')).toHaveText('2');
  expect(await contactCount(page, rapportServer)).toBe(2);

  // The real file from the corpus, through the file chooser.
  await wizard.getByRole('button', { name: 'Import another file' }).click();
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByText('Choose a file…').click();
  await (await chooser).setFiles(path.join('/work/shared/corpus/vcard', 'ez-vcard__John_Doe_ANDROID.vcf'));
  await expect(wizard.getByTestId('detected-format')).toHaveText('A vCard file');
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report.getByText('Finished')).toBeVisible();
  const fromAndroid = Number(await report.locator('[data-count="created"]').textContent());
  expect(fromAndroid).toBeGreaterThan(0);
  expect(await contactCount(page, rapportServer)).toBe(2 + fromAndroid);

  // Undo the last import from its report.
  await report.getByRole('button', { name: 'Undo this import' }).click();
  await expect(report.getByText('Undone')).toBeVisible();
  expect(await contactCount(page, rapportServer)).toBe(2);
  await wizard.getByRole('button', { name: 'Done' }).click();

  await openView(page, 'All contacts');
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option', { name: /Ioana Popescu/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /Yonatan Cohen/ })).toBeVisible();
});

test('a CSV with a column moved to notes and another to a custom field', async ({ page, rapportServer }) => {
  const csv = ['First Name,Last Name,E-mail Address,Shoe size,Remarks', 'Ana,Ionescu,ana@example.org,38,Met in Cluj', 'Darius,Rahimi,darius@example.ir,44,Likes tea'].join('\r\n');
  await openImportWizard(page);
  const wizard = page.getByRole('dialog', { name: /^Import/ });
  await wizard.getByLabel('File to import').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(wizard.getByTestId('detected-format')).toContainText('A CSV file');

  await wizard.getByLabel('What column “Remarks” holds').selectOption('notes');
  await wizard.getByLabel('What column “Shoe size” holds').selectOption('customFields');
  await wizard.getByLabel('Custom field name for column “Shoe size”').fill('Shoe');
  // The preview is inspected again with the edited mapping.
  const preview = wizard.getByRole('table', { name: 'The first records as they would be stored' });
  await expect(preview.getByRole('cell', { name: 'Met in Cluj' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Shoe: 38' })).toBeVisible();

  // Save the mapping under a name; it is offered for the next file.
  await wizard.getByLabel('Save this mapping as').fill('Shop list');
  await wizard.getByRole('button', { name: 'Save mapping' }).click();
  await expect(wizard.getByText('Saved “Shop list”.')).toBeVisible();
  if (takeScreenshots) await page.screenshot({ path: path.join(screenshotsDir, 'import-mapping.png') });

  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.locator('[data-count="created"]')).toHaveText('2');

  const page1 = await callApi<{ items: { id: string; displayName: string }[] }>(page, rapportServer, 'contacts.list', {});
  const ana = page1.items.find((item) => item.displayName === 'Ana Ionescu');
  expect(ana).toBeDefined();
  const stored = await callApi<{ notes: string; customFields: { label: string; value: string }[] }>(page, rapportServer, 'contacts.get', { id: ana?.id });
  expect(stored.notes).toBe('Met in Cluj');
  expect(stored.customFields).toEqual([{ label: 'Shoe', value: '38' }]);
  const mappings = await callApi<{ name: string }[]>(page, rapportServer, 'imports.mappings', {});
  expect(mappings.map((mapping) => mapping.name)).toEqual(['Shop list']);
});

test('cancel an import half-way: nothing it added stays', async ({ page, rapportServer }) => {
  test.setTimeout(90_000);
  await callApi(page, rapportServer, 'contacts.create', { given: 'Already', family: 'Here' });
  const before = await contactCount(page, rapportServer);
  const cards: string[] = [];
  for (let index = 0; index < 10_000; index += 1) {
    cards.push(vcard(`Person${index}`, `Family${index}`, [`EMAIL:person${index}@example.com`, `NOTE:${'Some notes to read. '.repeat(8)}`]));
  }
  await openImportWizard(page);
  const wizard = page.getByRole('dialog', { name: /^Import/ });
  await wizard.getByLabel('File to import').setInputFiles({ name: 'many.vcf', mimeType: 'text/vcard', buffer: Buffer.from(cards.join('\r\n')) });
  await expect(wizard.getByTestId('detected-format')).toHaveText('A vCard file');
  await wizard.getByRole('radio', { name: /^Create/ }).check();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();

  const progress = wizard.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  // Cancel as soon as it runs: under a loaded machine a small file could finish first.
  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.getByText('Cancelled')).toBeVisible({ timeout: 60_000 });
  await expect(wizard.locator('[data-count="read"]')).not.toHaveText('0');
  expect(await contactCount(page, rapportServer)).toBe(before);
});

test('undo an import from the Imports view and open its report', async ({ page, rapportServer }) => {
  const text = [vcard('Noa', 'Levi', ['EMAIL:noa@example.co.il']), 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD', vcard('Kenta', 'Tanaka')].join('\r\n');
  await openImportWizard(page);
  const wizard = page.getByRole('dialog', { name: /^Import/ });
  await wizard.getByLabel('File to import').setInputFiles({ name: 'mixed.vcf', mimeType: 'text/vcard', buffer: Buffer.from(text) });
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByText('Finished')).toBeVisible();
  await wizard.getByRole('button', { name: 'Done' }).click();
  const created = await contactCount(page, rapportServer);
  expect(created).toBeGreaterThanOrEqual(2);

  const table = page.getByRole('table', { name: 'Past imports' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await table.getByRole('button', { name: 'Open the report of mixed.vcf' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('mixed.vcf');
  await page.getByRole('button', { name: '← All imports' }).click();
  await table.getByRole('button', { name: 'Undo the import of mixed.vcf' }).click();
  await expect(page.getByText('The import of mixed.vcf was undone.')).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Undone' })).toBeVisible();
  expect(await contactCount(page, rapportServer)).toBe(0);
});
