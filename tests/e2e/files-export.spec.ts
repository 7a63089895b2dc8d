/**
 * Export through the download path: exports.run writes a staged file, the window reads it
 * back in chunks and hands it to the browser as a download. Each format once.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi, skipWelcome } from './files-helpers';

const PEOPLE = [
  { given: 'Ștefan', family: 'Popescu', emails: [{ address: 'stefan@example.ro' }], tags: ['vip'] },
  { given: 'נועה', family: 'לוי', phones: [{ number: '+972 52 123 4567' }] },
  { given: 'Émile', family: 'Bernard', organizationName: 'Boulangerie' },
];

async function openExport(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Export contacts');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export contacts' })).toBeVisible();
}

async function exportAs(page: Page, format: string, options: { oldOutlook?: boolean; tag?: string } = {}): Promise<{ name: string; text: string; bytes: Buffer }> {
  await openExport(page);
  const dialog = page.getByRole('dialog', { name: 'Export contacts' });
  await dialog.getByLabel('Format').selectOption({ label: format });
  if (options.oldOutlook) await dialog.getByLabel('Windows-1252 for old Outlook').check();
  if (options.tag) {
    await dialog.getByLabel('Tag', { exact: true }).selectOption({ label: options.tag });
  }
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await expect(dialog.getByRole('status')).toContainText(/Exported \d+ contacts?/);
  const bytes = await readFile(await file.path());
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test('every format downloads a file that parses', async ({ page, rapportServer }) => {
  test.setTimeout(60_000);
  for (const person of PEOPLE) await callApi(page, rapportServer, 'contacts.create', person);
  await skipWelcome(page, rapportServer);

  for (const format of ['vCard 3.0 (most apps and phones)', 'vCard 4.0']) {
    const { name, text } = await exportAs(page, format);
    expect(name).toMatch(/\.vcf$/);
    expect(text.match(/^BEGIN:VCARD/gm)).toHaveLength(3);
    expect(text).toContain(format.startsWith('vCard 4') ? 'VERSION:4.0' : 'VERSION:3.0');
    expect(text).toContain('Ștefan');
  }

  const jcard = await exportAs(page, 'jCard (vCard as JSON)');
  expect(jcard.name).toMatch(/\.json$/);
  const parsed: unknown = JSON.parse(jcard.text);
  expect(Array.isArray(parsed)).toBe(true);

  const google = await exportAs(page, 'Google CSV');
  expect(google.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain('First Name');
  const full = await exportAs(page, 'Full Rapport CSV (every field)');
  expect(full.text.split(/\r?\n/).filter(Boolean).length).toBe(4);

  const outlook = await exportAs(page, 'Outlook CSV', { oldOutlook: true });
  const header = outlook.bytes.toString('latin1').split(/\r?\n/)[0] ?? '';
  expect(header).toContain('First Name');
  // Windows-1252: É is one byte (0xC9), not UTF-8's two.
  expect(outlook.bytes.includes(0xc9)).toBe(true);

  const tagged = await exportAs(page, 'vCard 3.0 (most apps and phones)', { tag: 'vip (1)' });
  expect(tagged.text.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
});
