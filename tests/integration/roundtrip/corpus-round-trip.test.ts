/**
 * Every file of the shared corpus: import into database A, export as vCard 3.0 and as
 * Rapport CSV, import each export into a fresh database B; B must hold the same contacts
 * as A (comparable-contact.ts says what "same" means).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../shared/domain/exports';
import { corpusDir } from '../../support/paths';
import { makeTempDir } from '../../support/test-database';
import { comparableContact } from './comparable-contact';
import { exportThenImport, openRuntime } from './round-trip-harness';

const dir = makeTempDir('rapport-corpus-roundtrip-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const corpusFiles = (['vcard', 'csv'] as const).flatMap((kind) =>
  fs.readdirSync(path.join(corpusDir, kind)).map((name) => [`${kind}/${name}`, path.join(corpusDir, kind, name)] as const),
);
const FORMATS: readonly ExportFormat[] = ['vcard3', 'csv'];

describe.each(FORMATS)('corpus exported as %s and imported again', (format) => {
  it.each(corpusFiles)('%s', async (_name, file) => {
    const source = await openRuntime(dir);
    try {
      await source.services.imports.run({ path: file, onDuplicate: 'create' });
      const { before, after, summary } = await exportThenImport(source, format, dir);
      expect(summary.counts.failed, JSON.stringify(summary.report)).toBe(0);
      expect(after.map((c) => comparableContact(c, after, format, false))).toEqual(before.map((c) => comparableContact(c, before, format, true)));
    } finally {
      source.close();
    }
  });
});
