import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startRuntime, type Runtime } from '../../main/api/runtime';
import { makeTempDir } from '../support/test-database';

let runtime: Runtime;
const logged: unknown[] = [];
beforeEach(async () => {
  runtime = await startRuntime({
    databasePath: path.join(makeTempDir(), 'rapport.sqlite'),
    host: { version: 'test', host: 'test' },
    log: (error) => logged.push(error),
  });
});
afterEach(() => runtime.close());

describe('the dispatcher', () => {
  it('answers {ok: true, value} for a valid call', async () => {
    const created = await runtime.dispatch('contacts.create', { given: 'Ana', emails: [{ address: 'ana@x.ro' }] });
    expect(created).toMatchObject({ ok: true, value: { value: { displayName: 'Ana' }, changeSetId: expect.any(String) } });
  });

  it('refuses bad input with INVALID_INPUT naming the field, and writes nothing', async () => {
    const result = await runtime.dispatch('contacts.create', { given: 'Ana', emails: [{ address: '' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'emails.0.address' }] } });
    expect(result.ok === false && result.error.message).toMatch(/contacts\.create: emails\.0\.address/);
    expect(await runtime.dispatch('app.stats', {})).toMatchObject({ ok: true, value: { contacts: 0, changes: 0 } });
  });

  it('refuses unknown fields in a patch instead of ignoring them', async () => {
    const { value } = (await runtime.dispatch('contacts.create', { given: 'Ana' })) as { ok: true; value: { value: { id: string } } };
    const result = await runtime.dispatch('contacts.update', { id: value.value.id, patch: { givenName: 'typo' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers stable codes: UNKNOWN_METHOD, NOT_FOUND, NOTHING_TO_UNDO, CONFLICT', async () => {
    expect(await runtime.dispatch('contacts.explode', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await runtime.dispatch('contacts.get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await runtime.dispatch('history.undo', {})).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
    await runtime.dispatch('tags.create', { name: 'vip' });
    const other = (await runtime.dispatch('tags.create', { name: 'other' })) as { ok: true; value: { id: string } };
    expect(await runtime.dispatch('tags.update', { id: other.value.id, patch: { name: 'VIP' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('turns a bad saved-search query into INVALID_INPUT with its position', async () => {
    const result = await runtime.dispatch('savedSearches.create', { name: 'Broken', query: 'tag:vip colour:red' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { field: 'query', position: 8 } } });
  });

  it('never leaks an internal error: the person gets a sentence, the log gets the stack', async () => {
    runtime.opened.db.exec('DROP TABLE saved_searches');
    const result = await runtime.dispatch('savedSearches.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in savedSearches.list. Details were written to the log.' } });
    expect(logged.length).toBeGreaterThan(0);
  });

  it('backs up into the backups folder beside the database', async () => {
    await runtime.dispatch('contacts.create', { given: 'Ana' });
    const result = (await runtime.dispatch('app.backup', {})) as { ok: true; value: { path: string; bytes: number } };
    expect(result.ok).toBe(true);
    expect(path.dirname(result.value.path)).toBe(path.join(path.dirname(runtime.opened.path), 'backups'));
    expect(result.value.bytes).toBeGreaterThan(0);
  });
});
