/** Trash, restore and purge; undo from a toast, with Ctrl+Z and redo; undo of one change from the history. */
import { expect, test } from './fixtures';
import { callApi, seedContacts } from './support/api';

test('trash, restore, and purge with undo from the toast', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, [{ given: 'Ana', family: 'Ionescu' }, { given: 'Grace', family: 'Okafor' }]);
  const list = page.getByRole('listbox', { name: 'Contacts' });
  const sidebar = page.getByRole('navigation', { name: 'Views' });
  await list.getByRole('option', { name: /Ana Ionescu/ }).click();
  await page.getByRole('article', { name: 'Ana Ionescu' }).getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('option')).toHaveCount(1);

  await sidebar.getByRole('button', { name: /Trash/ }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Restore Ana Ionescu' }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();

  await sidebar.getByRole('button', { name: /All contacts/ }).click();
  await list.getByRole('option', { name: /Grace Okafor/ }).click();
  await page.keyboard.press('Delete');
  await sidebar.getByRole('button', { name: /Trash/ }).click();
  await trash.getByRole('button', { name: 'Delete Grace Okafor for good' }).click();
  await expect(page.getByRole('status')).toContainText('Grace Okafor was deleted for good.');
  await expect(page.getByText('The trash is empty')).toBeVisible();
  // Even a purge can be undone: the change log kept the values.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(trash.getByText('Grace Okafor')).toBeVisible();
});

test('Ctrl+Z undoes, Shift+Ctrl+Z redoes, but not inside a text field', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, [{ given: 'Mihai', family: 'Eminescu' }]);
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option', { name: /Mihai Eminescu/ }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Mihai Eminescu was moved to the trash.');
  await expect(list).toBeHidden();

  // In the search box, Ctrl+Z belongs to the text.
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await search.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('No contacts yet')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('option', { name: /Mihai Eminescu/ })).toBeVisible();
  await page.keyboard.press('Shift+Control+z');
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Redone');
});

test('one change is undone from the history, leaving later ones', async ({ page, rapportServer }) => {
  const [ana] = await seedContacts(page, rapportServer, [{ given: 'Ana', family: 'Ionescu' }]);
  await callApi(page, rapportServer, 'contacts.update', { id: ana?.id, patch: { title: 'Sales lead' } });
  await callApi(page, rapportServer, 'contacts.update', { id: ana?.id, patch: { department: 'Exports' } });
  await page.getByRole('option', { name: /Ana Ionescu/ }).click();
  const detail = page.getByRole('article', { name: 'Ana Ionescu' });
  await expect(detail.getByText('Sales lead, Exports')).toBeVisible();

  const history = detail.getByRole('list', { name: 'History' });
  const titleChange = history.locator('> li').filter({ hasText: 'Sales lead' });
  await titleChange.getByRole('button', { name: /^Undo/ }).click();
  await expect(detail.locator('.contact-detail__subtitle')).toHaveText('Exports');
  await expect(detail.getByText('Sales lead, Exports')).toHaveCount(0);
  await expect(titleChange.getByText('undone')).toBeVisible();
});
