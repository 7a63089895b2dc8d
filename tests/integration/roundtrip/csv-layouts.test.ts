/**
 * Property: any contacts survive export as Google CSV and Outlook CSV and import into a
 * fresh database, for the fields each layout carries (google-projection.ts and
 * outlook-projection.ts say which, and what each does to them).
 *
 * Two passes per layout: the full pipeline (services, exports.run, imports.run, two
 * databases) with the database's own shaping of contacts, and many more runs of the pure
 * writer → reader path, where a database would add nothing but time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { contactDraft, contactsWithLinks } from './contact-arbitraries';
import { compareLayout, LAYOUT_CASES } from './csv-layout-cases';
import { draftAsContact } from './draft-as-contact';
import { databaseRuns, pureRuns } from './property-options';
import { writeThenRead } from './pure-round-trip';
import { databaseWith, discardRuntime, exportThenImport, scratchDir } from './round-trip-harness';

const DATABASE_RUNS = 15;
const PURE_RUNS = 100;
const dir = scratchDir();

describe.each(LAYOUT_CASES)('round trip through $format', (testCase) => {
  it('gives back the same contacts for the fields the layout carries (database to database)', async () => {
    await fc.assert(
      fc.asyncProperty(contactsWithLinks(testCase.limits), async ({ drafts, links }) => {
        const source = await databaseWith(drafts, dir, links);
        try {
          const { before, after, summary } = await exportThenImport(source, testCase.format, dir);
          expect(summary.counts.failed, JSON.stringify(summary.report)).toBe(0);
          const { expected, actual } = compareLayout(testCase, before, after);
          expect(actual).toEqual(expected);
        } finally {
          discardRuntime(source);
        }
      }),
      databaseRuns(DATABASE_RUNS),
    );
  }, 180_000);

  it('gives back the same contacts for the fields the layout carries (writer to reader)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactDraft(testCase.limits), { minLength: 1, maxLength: 3 }), async (inputs) => {
        const before = inputs.map((input, index) => draftAsContact(ContactDraftSchema.parse(input), index));
        const after = (await writeThenRead(before, testCase.format)).map((draft, index) => draftAsContact(ContactDraftSchema.parse(draft), index));
        const { expected, actual } = compareLayout(testCase, before, after);
        expect(actual).toEqual(expected);
      }),
      pureRuns(PURE_RUNS),
    );
  }, 60_000);
});
