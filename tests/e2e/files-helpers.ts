/** Helpers for the file, duplicates and settings suites: direct API calls and getting past the welcome. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, type RapportServer } from './fixtures';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotsDir = path.join(repoRoot, 'docs', 'screenshots');
export const takeScreenshots = Boolean(process.env.RAPPORT_SCREENSHOTS);

/** A call to the real API, as another window or the command line would make it. */
export async function callApi<T = unknown>(page: Page, server: RapportServer, method: string, input: object = {}): Promise<T> {
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${server.token}` },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  expect(body, `${method} answered`).toMatchObject({ ok: true });
  return body.value as T;
}

export async function contactCount(page: Page, server: RapportServer): Promise<number> {
  return callApi<number>(page, server, 'contacts.count', {});
}

/** A fresh database shows the welcome; most tests start past it. */
export async function skipWelcome(page: Page, server: RapportServer): Promise<void> {
  await callApi(page, server, 'settings.update', { firstRunDone: true });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
}

export async function openView(page: Page, name: 'Imports' | 'Duplicates' | 'Settings' | 'All contacts'): Promise<void> {
  // "All contacts" carries its count in its name.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
}

/** Opens the import wizard from the Imports view. */
export async function openImportWizard(page: Page): Promise<void> {
  await openView(page, 'Imports');
  await page.getByRole('button', { name: 'Import a file…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import contacts' })).toBeVisible();
}

export function vcard(given: string, family: string, extra: string[] = []): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', `N:${family};${given};;;`, `FN:${given} ${family}`, ...extra, 'END:VCARD'].join('\r\n');
}
