/**
 * Not a test: regenerates docs/screenshots/first-renderer.png from a seeded database.
 *   RAPPORT_SCREENSHOTS=1 npx playwright test screenshot
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const screenshotsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const PEOPLE = [
  { given: 'Ștefan', family: 'Popescu', organizationName: 'Acme Cluj', title: 'Head of Sales', emails: [{ address: 'stefan.popescu@example.ro', label: 'work' }], phones: [{ number: '+1 (555) 123-4567', label: 'mobile' }], tags: ['customer', 'vip'], notes: 'Met at the Cluj trade fair. Prefers calls in the morning.' },
  { given: 'Ana', family: 'Ionescu', organizationName: 'Brightwave', emails: [{ address: 'ana@brightwave.example' }] },
  { given: 'Maria', family: 'Santos', organizationName: 'Lakeside Clinic', emails: [{ address: 'maria.santos@example.ph' }] },
  { given: 'Noa', family: 'Levi', emails: [{ address: 'noa.levi@example.co.il' }] },
  { given: 'Darius', family: 'Rahimi', organizationName: 'Rahimi & Co.' },
  { given: 'Émile', family: 'Bernard', phones: [{ number: '+33 6 12 34 56 78' }] },
  { given: 'Grace', family: 'Okafor', organizationName: 'Northwind Traders' },
  { given: 'Jonas', family: 'Weber', emails: [{ address: 'jonas@weber.example' }] },
];

test.skip(!process.env.RAPPORT_SCREENSHOTS, 'set RAPPORT_SCREENSHOTS=1 to regenerate the screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`main screen, ${scheme}`, async ({ page, rapportServer }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const person of PEOPLE) {
      const response = await page.request.post(`${rapportServer.origin}/api/contacts.create`, {
        headers: { Authorization: `Bearer ${rapportServer.token}` },
        data: person,
      });
      expect(await response.json()).toMatchObject({ ok: true });
    }
    const list = page.getByRole('listbox', { name: 'Contacts' });
    await list.getByRole('option', { name: /Ștefan Popescu/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ștefan Popescu' })).toBeVisible();
    const file = scheme === 'light' ? 'first-renderer.png' : 'first-renderer-dark.png';
    const target = scheme === 'light' ? path.join(screenshotsDir, file) : test.info().outputPath(file);
    await page.screenshot({ path: target });
  });
}

test('other screens, for review', async ({ page }) => {
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('empty.png') });
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('First name').fill('Ana');
  await form.getByLabel('Email address 1', { exact: true }).fill('ana.example.org');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('This does not look like an email address.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('form-error.png') });
  await form.getByLabel('Email address 1', { exact: true }).fill('ana@example.org');
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('button', { name: 'Restore Ana' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('trash.png') });
});
