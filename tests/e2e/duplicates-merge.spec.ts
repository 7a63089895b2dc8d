/** Duplicates: two near-duplicates made through the API, merged with a field choice, then undone. */
import path from 'node:path';
import { expect, test } from './fixtures';
import { callApi, contactCount, openView, screenshotsDir, skipWelcome, takeScreenshots } from './files-helpers';

interface StoredContact {
  id: string;
  title: string;
  emails: { address: string }[];
  phones: { number: string }[];
}

test('merge two near-duplicates choosing a field, then undo', async ({ page, rapportServer }) => {
  await callApi(page, rapportServer, 'contacts.create', { given: 'Ana', family: 'Ionescu', title: 'Engineer', emails: [{ address: 'ana@example.org' }] });
  await callApi(page, rapportServer, 'contacts.create', {
    given: 'Ana',
    family: 'Ionescu',
    title: 'Manager',
    emails: [{ address: 'ana@example.org' }],
    phones: [{ number: '+40 721 000 111' }],
  });
  await skipWelcome(page, rapportServer);
  await openView(page, 'Duplicates');

  const groups = page.getByRole('list', { name: 'Possible duplicates' });
  await expect(groups.getByRole('listitem').filter({ hasText: 'Same email' }).first()).toBeVisible();
  await groups.getByRole('button', { name: 'Review and merge Ana Ionescu · Ana Ionescu' }).click();

  // The survivor (more filled in) would keep "Manager"; choose the other contact's title.
  const engineer = page.getByRole('radio', { name: 'Keep Job title “Engineer” from Ana Ionescu' });
  await expect(page.getByRole('radio', { name: 'Keep Job title “Manager” from Ana Ionescu' })).toBeChecked();
  await engineer.check();
  await expect(page.getByRole('region', { name: 'Kept from every contact' })).toContainText('+40 721 000 111');
  if (takeScreenshots) await page.screenshot({ path: path.join(screenshotsDir, 'merge.png') });
  await page.getByRole('button', { name: 'Merge 2 contacts' }).click();

  const toast = page.getByRole('status', { name: 'Notifications' });
  await expect(toast).toContainText('Merged into Ana Ionescu.');
  expect(await contactCount(page, rapportServer)).toBe(1);
  const listed = await callApi<{ items: { id: string }[] }>(page, rapportServer, 'contacts.list', {});
  const survivor = await callApi<StoredContact>(page, rapportServer, 'contacts.get', { id: listed.items[0]?.id });
  expect(survivor.title).toBe('Engineer');
  expect(survivor.emails.map((email) => email.address)).toEqual(['ana@example.org']);
  expect(survivor.phones.map((phone) => phone.number)).toEqual(['+40 721 000 111']);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => contactCount(page, rapportServer)).toBe(2);
});
