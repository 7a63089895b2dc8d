/**
 * A database of 100,000 contacts, written through the real services (insertContact inside
 * write(), 5,000 per transaction) and cached in the temp folder: later runs reuse it as
 * long as the migrations have not changed.
 *
 * The generator's own change log (three million rows, 1.5 GB, ~90% of the file and of the
 * time) is not what these tests are about, so its indexes are set aside while writing and
 * its rows cleared at the end: the contacts, their child rows and the search index stay
 * exactly as the services wrote them, like a large book whose history was pruned.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { createCoreContext, write } from '../../../main/core/context';
import { insertContact } from '../../../main/core/contacts/write-contact';
import { openDatabase } from '../../../main/db/open';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BATCH = 5_000;

const GIVEN = ['Ana', 'Ștefan', 'Maria', 'Ion', 'Noa', 'Darius', 'Émile', 'Grace', 'Jonas', 'Leila', 'Mihai', 'Sofia', 'Yusuf', 'Chen', 'Aroha', 'Dalia', 'Bogdan', 'Irina', 'Tomás', 'Zeynep'];
const FAMILY = ['Popescu', 'Ionescu', 'Santos', 'Levi', 'Rahimi', 'Bernard', 'Okafor', 'Weber', 'Cohen', 'Moldovan', 'Reyes', 'Nguyen', 'Haddad', 'Kowalski', 'Dumitru', 'García', 'Tanaka', 'Andersen', 'Mensah', 'Rossi'];
const CITIES = ['Cluj', 'Iași', 'Manila', 'Tel Aviv', 'Tehran', 'Lyon', 'Berlin'];

/** The last contact by name: "Zz Last" sorts after every generated name. */
export const LAST_CONTACT_NAME = 'Zz Last Contact';
export const LARGE_COUNT = 100_000;

function migrationsKey(): string {
  const folder = path.join(repoRoot, 'main', 'db', 'migrations');
  const hash = createHash('sha1');
  for (const file of fs.readdirSync(folder).sort()) hash.update(file).update(fs.readFileSync(path.join(folder, file)));
  return hash.digest('hex').slice(0, 12);
}

function draftNumber(index: number) {
  const given = GIVEN[index % GIVEN.length] ?? 'Ana';
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length] ?? 'Popescu';
  return ContactDraftSchema.parse({
    given,
    family: `${family} ${index}`,
    emails: index % 3 === 0 ? [] : [{ address: `person${index}@example.org` }],
    phones: index % 4 === 0 ? [{ number: `+40 7${String(index).padStart(8, '0')}` }] : [],
    addresses: index % 5 === 0 ? [{ city: CITIES[index % CITIES.length] }] : [],
    organizationName: index % 7 === 0 ? `Company ${index % 50}` : '',
    tags: index % 10 === 0 ? ['customer'] : [],
  });
}

export async function largeDatabasePath(): Promise<string> {
  const file = path.join(os.tmpdir(), `rapport-e2e-${LARGE_COUNT}-${migrationsKey()}.sqlite`);
  if (fs.existsSync(file)) return file;
  const building = `${file}.${process.pid}.building`;
  const opened = await openDatabase(building, { deviceName: 'e2e-generator' });
  try {
    // Speed over durability: this file is scratch until it is renamed into place.
    opened.db.pragma('synchronous = OFF');
    opened.db.pragma('cache_size = -200000');
    const logIndexes = opened.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const index of logIndexes) opened.db.exec(`DROP INDEX "${index.name}"`);
    const ctx = createCoreContext(opened);
    for (let start = 0; start < LARGE_COUNT; start += BATCH) {
      write(ctx, { kind: 'import', label: 'Generated contacts', entities: ['contacts'] }, (changes) => {
        for (let index = start; index < Math.min(LARGE_COUNT, start + BATCH); index++) {
          const draft = index === LARGE_COUNT - 1 ? ContactDraftSchema.parse({ displayName: LAST_CONTACT_NAME, given: 'Zz', family: 'Last Contact' }) : draftNumber(index);
          insertContact(changes, draft, { defaultCountry: 'RO' });
        }
      });
    }
    opened.db.exec('DELETE FROM change_log; DELETE FROM change_sets;');
    for (const index of logIndexes) opened.db.exec(index.sql);
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    opened.db.exec('VACUUM');
  } finally {
    opened.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
  fs.renameSync(building, file);
  return file;
}
