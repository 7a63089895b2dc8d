/**
 * 4. The contact list at 1M: the first page and a page from the middle (keyset cursor),
 * sorted by name and by last contacted, 200 rows as the renderer asks. Target: ≤ 20 ms.
 * The baseline is the same page read by rowid (no sort, no summary columns): the cost of
 * reading 200 rows at all.
 */
import { createCoreContext } from '../../main/core/context';
import { createContactsService } from '../../main/core/contacts/contacts-service';
import { encodeCursor } from '../../main/core/contacts/list-contacts';
import { openDatabase } from '../../main/db/open';
import type { ContactSort } from '../../shared/domain/listing';
import { interleave, summarise, timeSync } from '../lib/measure';
import { ratioOf } from '../lib/results';
import type { Suite } from '../lib/suite';

const PAGE = 200;
const COLUMN: Record<'name' | 'lastContacted', { column: string; direction: 'ASC' | 'DESC' }> = {
  name: { column: 'sort_key', direction: 'ASC' },
  lastContacted: { column: 'last_contacted_at', direction: 'DESC' },
};

export const listBenchmark: Suite = async ({ scale, dataSet, record }) => {
  const set = await dataSet(scale.large, { files: false });
  const opened = await openDatabase(set.database, { readonly: true });
  const contacts = createContactsService(createCoreContext(opened));
  const total = opened.db.prepare('SELECT count(*) FROM contacts WHERE deleted_at IS NULL').pluck().get() as number;
  const byRowid = opened.db.prepare(`SELECT id, display_name FROM contacts WHERE seq > ? ORDER BY seq LIMIT ${PAGE}`);
  for (const sort of ['name', 'lastContacted'] as ContactSort[]) {
    const { column, direction } = COLUMN[sort as 'name' | 'lastContacted'];
    // The row just before the middle, found once outside the clock, is where the deep page starts.
    const middle = opened.db
      .prepare(`SELECT ${column} AS key, id FROM contacts WHERE deleted_at IS NULL ORDER BY ${column} ${direction}, id ${direction} LIMIT 1 OFFSET ?`)
      .get(Math.floor(total / 2)) as { key: string; id: string };
    for (const page of [
      { name: 'first page', cursor: null, from: 0 },
      { name: 'deep page (middle)', cursor: encodeCursor(middle), from: Math.floor(total / 2) },
    ]) {
      contacts.list({ sort, cursor: page.cursor, limit: PAGE });
      const samples = await interleave(
        scale.quickRepeats,
        () => timeSync(() => contacts.list({ sort, cursor: page.cursor, limit: PAGE })).ms,
        () => timeSync(() => byRowid.all(page.from)).ms,
      );
      const ours = summarise(samples.ours);
      const baseline = { ...summarise(samples.baseline), name: '200 rows by rowid' };
      record({
        benchmark: '4 List',
        case: `${page.name}, by ${sort === 'name' ? 'name' : 'last contacted'}`,
        contacts: total,
        ours,
        baseline,
        ratio: ratioOf(ours, baseline),
        figure: null,
        target: '≤ 20 ms at 1M',
        met: total >= 1_000_000 ? ours.p95Ms <= 20 : null,
        note: 'met is judged on p95',
      });
    }
  }
  opened.close();
};
