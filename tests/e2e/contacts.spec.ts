/**
 * The first renderer end to end: real server, real SQLite file, real Chromium. Every
 * assertion is about what a person sees or can reach with the keyboard.
 */
import type { Page } from '@playwright/test';
import { expect, test, type RapportServer } from './fixtures';

interface NewContact {
  given: string;
  family: string;
  organization?: string;
  email?: string;
  phone?: string;
}

async function createContact(page: Page, contact: NewContact): Promise<void> {
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('First name').fill(contact.given);
  await form.getByLabel('Last name').fill(contact.family);
  if (contact.organization) await form.getByLabel('Organization').fill(contact.organization);
  if (contact.email) await form.getByLabel('Email address 1', { exact: true }).fill(contact.email);
  if (contact.phone) await form.getByLabel('Phone number 1', { exact: true }).fill(contact.phone);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: `${contact.given} ${contact.family}` })).toBeVisible();
}

/** A write from outside this window (as the CLI or a sync would make), straight to the API. */
async function createThroughApi(page: Page, server: RapportServer, given: string, family: string): Promise<void> {
  const response = await page.request.post(`${server.origin}/api/contacts.create`, {
    headers: { Authorization: `Bearer ${server.token}` },
    data: { given, family },
  });
  expect(await response.json()).toMatchObject({ ok: true });
}

const STEFAN: NewContact = {
  given: 'Ștefan',
  family: 'Popescu',
  organization: 'Acme Cluj',
  email: 'stefan.popescu@example.ro',
  phone: '+1 (555) 123-4567',
};
const ANA: NewContact = { given: 'Ana', family: 'Ionescu', email: 'ana@example.org', phone: '+40 721 000 111' };

test('create, find, edit, delete and restore a contact', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Contacts' });
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await expect(page.getByText('No contacts yet')).toBeVisible();

  // Create: the new contact opens in the detail pane, with links that mail and dial.
  await createContact(page, STEFAN);
  const detail = page.getByRole('article', { name: 'Ștefan Popescu' });
  await expect(detail.getByText('Acme Cluj').first()).toBeVisible();
  await expect(detail.getByRole('link', { name: 'stefan.popescu@example.ro' })).toHaveAttribute('href', 'mailto:stefan.popescu@example.ro');
  await expect(detail.getByRole('link', { name: '+1 (555) 123-4567' })).toHaveAttribute('href', /^tel:\+?15551234567$/);
  await expect(page.getByRole('status')).toContainText('Ștefan Popescu was added.');
  await createContact(page, ANA);
  await expect(list.getByRole('option')).toHaveCount(2);

  // Find: without the diacritic, by phone digits, by part of the email.
  for (const query of ['stefan', '555 12', 'stefan.popescu@exam']) {
    await search.fill(query);
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option', { name: /Ștefan Popescu/ })).toBeVisible();
  }
  await search.fill('nobody-like-this');
  await expect(page.getByText('No matches')).toBeVisible();
  await search.fill('');
  await expect(list.getByRole('option')).toHaveCount(2);

  // Edit: the change shows in the detail pane.
  await list.getByRole('option', { name: /Ștefan Popescu/ }).click();
  await detail.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit contact' });
  await expect(form.getByLabel('First name')).toHaveValue('Ștefan');
  await form.getByLabel('Job title').fill('Head of Sales');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(detail.getByText('Head of Sales ·')).toBeVisible();

  // Delete: gone from the list, in the trash.
  await detail.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Ștefan Popescu was moved to the trash.');
  await expect(list.getByRole('option', { name: /Ștefan Popescu/ })).toHaveCount(0);
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.getByText('No contact selected')).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash.getByText('Ștefan Popescu')).toBeVisible();

  // Restore: out of the trash, back in the list.
  await trash.getByRole('button', { name: 'Restore Ștefan Popescu' }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'All contacts' }).click();
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option', { name: /Ștefan Popescu/ })).toBeVisible();
});

test('an invalid email shows an inline error and saves nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('First name').fill('Ana');
  const email = form.getByLabel('Email address 1', { exact: true });
  await email.fill('ana.example.org');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form.getByText('This does not look like an email address.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('This does not look like an email address.');
  await expect(form).toBeVisible();

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No contacts yet')).toBeVisible();
});

test('deleting offers Undo, which brings the contact back', async ({ page }) => {
  await createContact(page, ANA);
  await page.getByRole('article', { name: 'Ana Ionescu' }).getByRole('button', { name: 'Delete' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('option', { name: /Ana Ionescu/ })).toBeVisible();
});

test('the arrow keys move through the list and open each contact', async ({ page, rapportServer }) => {
  for (const [given, family] of [['Zoe', 'Adams'], ['Émile', 'Bernard'], ['Ana', 'Costa']] as const) {
    await createThroughApi(page, rapportServer, given, family);
  }
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option')).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Search contacts' }).press('ArrowDown');
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Ana Costa' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Émile Bernard' })).toBeVisible();
  await expect(list.getByRole('option', { name: /Émile Bernard/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { level: 2, name: 'Zoe Adams' })).toBeVisible();
});

test('changes made elsewhere appear without reloading', async ({ page, rapportServer }) => {
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await createThroughApi(page, rapportServer, 'Mihai', 'Eminescu');
  await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option', { name: /Mihai Eminescu/ })).toBeVisible();
});

test('the page runs under the server policy and the token leaves the address bar', async ({ page, rapportServer }) => {
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  const served = await page.request.get(`${rapportServer.origin}/`);
  const headerPolicy = served.headers()['content-security-policy'];
  const metaPolicy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(metaPolicy).toBe(headerPolicy);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
