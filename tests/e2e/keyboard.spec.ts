/** Everything with the keyboard alone: create, find, open, edit, delete, the palette and the shortcut sheet. */
import { expect, test } from './fixtures';

test('create, find, open, edit and delete with keys only', async ({ page }) => {
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: 'New contact' });
  await expect(form.getByLabel('First name')).toBeFocused();
  await page.keyboard.type('Darius');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rahimi');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Darius Rahimi' })).toBeVisible();

  await page.keyboard.press('n');
  await page.keyboard.type('Grace');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Grace' })).toBeVisible();

  // Find: "/" focuses the search, ArrowDown enters the list, Enter opens the contact.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeFocused();
  await page.keyboard.type('rahimi');
  await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Darius Rahimi' })).toBeFocused();

  // Edit: E opens the editor, Esc closes it, E again and Enter saves.
  await page.keyboard.press('e');
  const editForm = page.getByRole('form', { name: 'Edit contact' });
  await expect(editForm.getByLabel('First name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editForm).toBeHidden();
  await page.getByRole('listbox', { name: 'Contacts' }).focus();
  await page.keyboard.press('e');
  await page.keyboard.press('End');
  await page.keyboard.type('z');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Dariusz Rahimi' })).toBeVisible();

  // Delete from the list with the Delete key.
  await page.getByRole('listbox', { name: 'Contacts' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Dariusz Rahimi was moved to the trash.');
});

test('the command palette runs any action by name, and ? lists the shortcuts', async ({ page }) => {
  // The shortcuts are installed once the interface has started; a keypress before that is lost.
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Type a command' });
  await expect(input).toBeFocused();
  await page.keyboard.type('nw cntct');
  await expect(palette.getByRole('option').first()).toHaveText(/New contact/);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('form', { name: 'New contact' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'New contact' })).toBeHidden();

  // Arrow keys move through the matches; Esc closes and gives focus back.
  await page.getByRole('searchbox', { name: 'Search contacts' }).focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('theme');
  await expect(palette.getByRole('option')).toHaveCount(3);
  await expect(palette.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeFocused();

  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('table')).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Command palette/ })).toBeVisible();
  // The focus stays inside the dialog.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
