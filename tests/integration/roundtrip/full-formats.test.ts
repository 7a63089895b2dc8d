/**
 * Property: any contacts Rapport can hold survive export as vCard 3.0, vCard 4.0, jCard
 * and Rapport CSV, then import into a fresh database, field for field (comparable-contact.ts
 * lists the normalisations). Seeded; see property-options.ts.
 *
 * Two passes per format: the full pipeline (services, exports.run, imports.run, two
 * databases, links between contacts) and many more runs of the pure writer → reader path
 * (pure-round-trip.ts), where a database adds only time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../shared/domain/exports';
import { comparableContact } from './comparable-contact';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { contactDraft, contactsWithLinks } from './contact-arbitraries';
import { draftAsContact } from './draft-as-contact';
import { databaseRuns, pureRuns } from './property-options';
import { writeThenRead } from './pure-round-trip';
import { databaseWith, discardRuntime, exportThenImport, scratchDir } from './round-trip-harness';

const DATABASE_RUNS = 15;
const PURE_RUNS = 60;
const dir = scratchDir();

const FULL_FORMATS: readonly ExportFormat[] = ['vcard3', 'vcard4', 'jcard', 'csv'];

describe.each(FULL_FORMATS)('round trip through %s', (format) => {
  it('gives back the same contacts, every field', async () => {
    await fc.assert(
      fc.asyncProperty(contactsWithLinks(), async ({ drafts, links }) => {
        const source = await databaseWith(drafts, dir, links);
        try {
          const { before, after, summary } = await exportThenImport(source, format, dir);
          expect(summary.counts.failed, JSON.stringify(summary.report)).toBe(0);
          expect(after.map((c) => comparableContact(c, after, format, false))).toEqual(before.map((c) => comparableContact(c, before, format, true)));
        } finally {
          discardRuntime(source);
        }
      }),
      databaseRuns(DATABASE_RUNS),
    );
  }, 180_000); // ROUNDTRIP_SHRINK=1 re-runs the pipeline many times

  it('gives back the same contacts, every field (writer to reader)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactDraft(), { minLength: 1, maxLength: 3 }), async (inputs) => {
        const before = inputs.map((input, index) => draftAsContact(ContactDraftSchema.parse(input), index));
        const after = (await writeThenRead(before, format)).map((draft, index) => draftAsContact(ContactDraftSchema.parse(draft), index));
        expect(after.map((c) => comparableContact(c, after, format, false))).toEqual(before.map((c) => comparableContact(c, before, format, true)));
      }),
      pureRuns(PURE_RUNS),
    );
  }, 60_000);
});
