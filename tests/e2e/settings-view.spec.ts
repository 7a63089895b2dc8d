/** Settings: language (and direction), theme, backup; and the first-run welcome with sample data. */
import { expect, test } from './fixtures';
import { callApi, openView, skipWelcome } from './files-helpers';

test('switch to Hebrew and back, dark theme, back up now', async ({ page, rapportServer }) => {
  await skipWelcome(page, rapportServer);
  await openView(page, 'Settings');
  const language = page.getByRole('combobox').filter({ has: page.locator('option[value="he"]') });

  await language.selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await language.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await callApi<{ theme: string }>(page, rapportServer, 'settings.get')).toMatchObject({ theme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await openView(page, 'Settings');
  await expect(page.getByTestId('database-path')).toHaveText(rapportServer.databasePath);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-path')).toHaveText(/\.sqlite$/);
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('the welcome loads sample data and the contacts are listed', async ({ page, rapportServer }) => {
    const welcome = page.getByRole('dialog', { name: 'Welcome' });
    await expect(welcome.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
    await welcome.getByRole('button', { name: /Load sample data/ }).click();
    await expect(welcome).toBeHidden({ timeout: 15_000 });
    expect(await callApi<number>(page, rapportServer, 'contacts.count', {})).toBe(30);
    expect(await callApi<{ firstRunDone: boolean }>(page, rapportServer, 'settings.get')).toMatchObject({ firstRunDone: true });
    const list = page.getByRole('listbox', { name: 'Contacts' });
    await expect(list.getByRole('option', { name: /Ioana Popescu/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('佐藤');
    await expect(list.getByRole('option', { name: /佐藤/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Welcome' })).toHaveCount(0);
  });
});
