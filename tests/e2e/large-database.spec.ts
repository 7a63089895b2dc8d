/**
 * 100,000 contacts: the list pages through all of them with the keyboard and a search
 * answers, without the window freezing.
 */
import { expect, test } from './fixtures';
import { LARGE_COUNT, LAST_CONTACT_NAME, largeDatabasePath } from './support/large-database';

test.describe('a database of 100,000 contacts', () => {
  test.describe.configure({ timeout: 180_000 });
  // The file is built (or found in the cache) before the server starts on a copy of it.
  // eslint-disable-next-line no-empty-pattern
  test.use({ seedDatabase: async ({}, use) => use(await largeDatabasePath()) });

  test('the list scrolls to the end and a search answers', async ({ page }) => {
    const list = page.getByRole('listbox', { name: 'Contacts' });
    await expect(page.getByText(`${LARGE_COUNT.toLocaleString('en-US')} contacts`)).toBeVisible({ timeout: 15_000 });
    await expect(list.getByRole('option').first()).toBeVisible();

    // End loads every page (keyset, 1,000 at a time) and lands on the last contact.
    await list.focus();
    await page.keyboard.press('End');
    await expect(page.getByRole('heading', { level: 2, name: LAST_CONTACT_NAME })).toBeVisible({ timeout: 60_000 });
    await expect(list.getByRole('option', { name: new RegExp(LAST_CONTACT_NAME) })).toHaveAttribute('aria-posinset', String(LARGE_COUNT));
    // Virtualized: a handful of rows in the DOM, not 100,000.
    expect(await list.getByRole('option').count()).toBeLessThan(80);

    // Search answers quickly even here.
    const search = page.getByRole('searchbox', { name: 'Search contacts' });
    const started = Date.now();
    await search.fill('person4242@example');
    await expect(list.getByRole('option', { name: /Popescu 4242|4242/ }).first()).toBeVisible();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
