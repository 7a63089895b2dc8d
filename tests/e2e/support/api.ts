/** Writes straight to the API, as the CLI or another window would: for seeding and outside changes. */
import { expect, type Page } from '@playwright/test';
import type { RapportServer } from '../fixtures';

export async function callApi<T = unknown>(page: Page, server: RapportServer, method: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${server.token}` },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body, `${method} answered`).toMatchObject({ ok: true });
  return body.value;
}

export interface SeededContact {
  id: string;
  displayName: string;
}

export async function seedContacts(page: Page, server: RapportServer, drafts: readonly Record<string, unknown>[]): Promise<SeededContact[]> {
  const created: SeededContact[] = [];
  for (const draft of drafts) {
    const { value } = await callApi<{ value: SeededContact }>(page, server, 'contacts.create', draft);
    created.push({ id: value.id, displayName: value.displayName });
  }
  return created;
}
