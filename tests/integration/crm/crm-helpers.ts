import { openTestDatabase, type TestDatabase } from '../../support/test-database';

/** A test database whose clock the test moves by hand, in Europe/Bucharest unless told. */
export interface ClockedDatabase extends TestDatabase {
  clock: { now: Date };
}

export async function openClockedDatabase(start: string, timeZone = 'Europe/Bucharest'): Promise<ClockedDatabase> {
  const clock = { now: new Date(start) };
  const t = await openTestDatabase({ now: () => clock.now });
  t.services.settings.update({ timeZone });
  return Object.assign(t, { clock });
}

export function addContact(t: TestDatabase, given: string, family = '', extra: Record<string, unknown> = {}): string {
  return t.services.contacts.create({ given, family, ...extra }).value.id;
}
