/** Search as you type, the filter syntax and its builder, smart groups, and bulk actions on a selection. */
import { expect, test } from './fixtures';
import { seedContacts } from './support/api';

const PEOPLE = [
  { given: 'Ștefan', family: 'Popescu', tags: ['vip'], phones: [{ number: '+40 721 000 111' }], addresses: [{ city: 'Cluj' }] },
  { given: 'Ana', family: 'Ionescu', tags: ['vip'], emails: [{ address: 'ana@example.org' }] },
  { given: 'Maria', family: 'Santos', phones: [{ number: '+63 917 000 1234' }] },
];

test('search finds people by name without diacritics, email and phone digits', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, PEOPLE);
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option')).toHaveCount(3);
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  for (const [query, name] of [['stefan', /Ștefan Popescu/], ['ana@exam', /Ana Ionescu/], ['917 000', /Maria Santos/]] as const) {
    await search.fill(query);
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option', { name })).toBeVisible();
  }
  await expect(page.getByText('1 match', { exact: true })).toBeVisible();
});

test('a smart group built row by row shows its count in the sidebar and opens', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, PEOPLE);
  await page.getByRole('button', { name: 'Builder…' }).click();
  const builder = page.getByRole('dialog', { name: 'Filter contacts' });
  await builder.getByLabel('Value of condition 1').fill('vip');
  await builder.getByRole('button', { name: 'Add condition' }).click();
  await builder.getByLabel('Field of condition 2').selectOption('has');
  await builder.getByLabel('Value of condition 2').selectOption('phone');
  // The rows and the text are one query.
  await expect(builder.getByLabel('As text')).toHaveValue('tag:vip has:phone');
  await expect(builder.getByText('1 contact matches.')).toBeVisible();
  await builder.getByLabel('Name of the smart group').fill('VIP callers');
  await builder.getByRole('button', { name: 'Save as smart group' }).click();
  await expect(builder).toBeHidden();

  const sidebar = page.getByRole('navigation', { name: 'Views' });
  const group = sidebar.getByRole('button', { name: 'VIP callers 1' });
  await expect(group).toHaveAttribute('aria-current', 'page');
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: /Ștefan Popescu/ })).toBeVisible();

  // Back to everyone, then open the group again from the sidebar.
  await sidebar.getByRole('button', { name: /All contacts/ }).click();
  await expect(list.getByRole('option')).toHaveCount(3);
  await group.click();
  await expect(list.getByRole('option')).toHaveCount(1);

  // Edit it: the text can be typed too.
  await sidebar.getByRole('button', { name: 'Edit smart group VIP callers' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit smart group' });
  await editor.getByLabel('As text').fill('tag:vip');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(sidebar.getByRole('button', { name: 'VIP callers 2' })).toBeVisible();
});

test('the filter box takes the query syntax and explains mistakes', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, PEOPLE);
  const list = page.getByRole('listbox', { name: 'Contacts' });
  const filter = page.getByRole('textbox', { name: 'Filter' });
  await filter.fill('tag:vip -has:phone');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: /Ana Ionescu/ })).toBeVisible();
  await filter.fill('has:fax');
  await expect(page.getByRole('alert')).toContainText('has:fax is unknown');
});

test('bulk tag a multi-selection made with Ctrl+click and Shift+click', async ({ page, rapportServer }) => {
  await seedContacts(page, rapportServer, PEOPLE);
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list).toHaveAttribute('aria-multiselectable', 'true');
  await list.getByRole('option', { name: /Ana Ionescu/ }).click();
  await list.getByRole('option', { name: /Ștefan Popescu/ }).click({ modifiers: ['Shift'] });
  await expect(list.getByRole('option', { selected: true })).toHaveCount(3);
  await list.getByRole('option', { name: /Maria Santos/ }).click({ modifiers: ['Control'] });
  await expect(list.getByRole('option', { selected: true })).toHaveCount(2);

  const bar = page.getByRole('toolbar', { name: 'Selected contacts' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await bar.getByRole('button', { name: 'Tag', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag 2 contacts' });
  await dialog.getByLabel('Tag').fill('newsletter');
  await dialog.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Tagged 2 contacts “newsletter”.');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'newsletter 2' })).toBeVisible();
});
