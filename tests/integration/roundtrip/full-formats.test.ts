/**
 * Property: any contacts Rapport can hold survive export as vCard 3.0, vCard 4.0, jCard
 * and Rapport CSV, then import into a fresh database, field for field (comparable-contact.ts
 * lists the normalisations). Seeded, so a failure is reproducible: fast-check prints the
 * seed and the counterexample path; ROUNDTRIP_SEED overrides the seed.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../shared/domain/exports';
import { makeTempDir } from '../../support/test-database';
import { comparableContact } from './comparable-contact';
import { contactDraft } from './contact-arbitraries';
import { databaseWith, exportThenImport } from './round-trip-harness';

const SEED = Number(process.env.ROUNDTRIP_SEED ?? 7_301_2024);
const RUNS = 30;
const dir = makeTempDir('rapport-roundtrip-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const contactsWithLinks = fc
  .array(contactDraft(), { minLength: 1, maxLength: 3 })
  .chain((drafts) =>
    fc.record({
      drafts: fc.constant(drafts),
      links: fc.array(fc.record({ from: fc.nat(drafts.length - 1), related: fc.nat(3), to: fc.nat(drafts.length - 1) }), { maxLength: 2 }),
    }),
  );

const FULL_FORMATS: readonly ExportFormat[] = ['vcard3', 'vcard4', 'jcard', 'csv'];

describe.each(FULL_FORMATS)('round trip through %s', (format) => {
  it('gives back the same contacts, every field', async () => {
    await fc.assert(
      fc.asyncProperty(contactsWithLinks, async ({ drafts, links }) => {
        const source = await databaseWith(drafts, dir, links);
        try {
          const { before, after, summary } = await exportThenImport(source, format, dir);
          expect(summary.counts.failed, JSON.stringify(summary.report)).toBe(0);
          expect(after.map((c) => comparableContact(c, after, format, false))).toEqual(before.map((c) => comparableContact(c, before, format, true)));
        } finally {
          source.close();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.ROUNDTRIP_NO_SHRINK === "1" },
    );
  }, 180_000); // shrinking a failure re-runs the pipeline many times
});
