/**
 * Right-to-left layout in Hebrew, and the screenshots of the main screen in light, dark
 * and Hebrew (written to docs/screenshots/ on every run, so they never go stale).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, type RapportServer } from './fixtures';
import { callApi, seedContacts } from './support/api';

const screenshotsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const PEOPLE = [
  {
    given: 'Ștefan', family: 'Popescu', organizationName: 'Acme Cluj', title: 'Head of Sales', favorite: true,
    emails: [{ address: 'stefan.popescu@example.ro', label: 'work' }], phones: [{ number: '+40 721 000 111', label: 'mobile' }],
    addresses: [{ street: 'Strada Memorandumului 28', city: 'Cluj-Napoca', postalCode: '400114', country: 'Romania', label: 'work' }],
    birthday: { month: 3, day: 14 }, tags: ['customer', 'vip'], notes: 'Met at the Cluj trade fair. Prefers calls in the morning.',
  },
  { given: 'Ana', family: 'Ionescu', organizationName: 'Brightwave', emails: [{ address: 'ana@brightwave.example' }], tags: ['vip'] },
  { given: 'Maria', family: 'Santos', organizationName: 'Lakeside Clinic', emails: [{ address: 'maria.santos@example.ph' }] },
  { given: 'נועה', family: 'לוי', emails: [{ address: 'noa.levi@example.co.il' }], tags: ['customer'] },
  { given: 'داریوش', family: 'رحیمی', organizationName: 'Rahimi & Co.' },
  { given: 'Émile', family: 'Bernard', phones: [{ number: '+33 6 12 34 56 78' }] },
  { given: 'Grace', family: 'Okafor', organizationName: 'Northwind Traders' },
  { given: 'Jonas', family: 'Weber', emails: [{ address: 'jonas@weber.example' }] },
];

async function seedAndOpen(page: Page, server: RapportServer): Promise<void> {
  await seedContacts(page, server, PEOPLE);
  await callApi(page, server, 'savedSearches.create', { name: 'VIPs in Cluj', query: 'tag:vip city:cluj' });
  const list = page.getByRole('listbox', { name: /Contacts|אנשי קשר/ });
  await list.getByRole('option', { name: /Ștefan Popescu/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ștefan Popescu' })).toBeVisible();
  await page.mouse.move(0, 0);
}

test('Hebrew mirrors the whole layout: dir=rtl and the sidebar on the right', async ({ page, rapportServer }) => {
  await seedAndOpen(page, rapportServer);
  // Settings change from elsewhere (the Settings screen, another window): the window follows.
  await callApi(page, rapportServer, 'settings.update', { language: 'he', theme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  const sidebar = page.getByRole('navigation', { name: 'תצוגות' });
  const box = await sidebar.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box?.x ?? 0).toBeGreaterThan(width / 2);
  // Emails stay left-to-right tokens inside the right-to-left page.
  await expect(page.getByRole('link', { name: 'stefan.popescu@example.ro' })).toHaveAttribute('dir', 'ltr');
  await page.screenshot({ path: path.join(screenshotsDir, 'main-hebrew.png') });
});

for (const theme of ['light', 'dark'] as const) {
  test(`main screen, ${theme}`, async ({ page, rapportServer }) => {
    await callApi(page, rapportServer, 'settings.update', { theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await seedAndOpen(page, rapportServer);
    await page.screenshot({ path: path.join(screenshotsDir, `main-${theme}.png`) });
  });
}
