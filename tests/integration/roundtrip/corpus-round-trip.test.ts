/**
 * Every file of the shared corpus: import into database A, export as vCard 3.0 and as
 * Rapport CSV, import each export into a fresh database B; B must hold the same contacts
 * as A (comparable-contact.ts says what "same" means). A is filled once per corpus file
 * and shared by the formats: export only reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../main/api/runtime';
import type { ExportFormat } from '../../../shared/domain/exports';
import { corpusDir } from '../../support/paths';
import { comparableContact } from './comparable-contact';
import { discardRuntime, exportThenImport, openRuntime, scratchDir } from './round-trip-harness';

const dir = scratchDir('rapport-corpus-roundtrip-');

const corpusFiles = (['vcard', 'csv'] as const).flatMap((kind) =>
  fs.readdirSync(path.join(corpusDir, kind)).map((name) => [`${kind}/${name}`, path.join(corpusDir, kind, name)] as const),
);
const FORMATS: readonly ExportFormat[] = ['vcard3', 'csv'];

describe.each(corpusFiles)('corpus file %s', (_name, file) => {
  let source: Runtime;
  beforeAll(async () => {
    source = await openRuntime(dir);
    await source.services.imports.run({ path: file, onDuplicate: 'create' });
  });
  afterAll(() => discardRuntime(source));

  it.each(FORMATS)('exported as %s and imported again', async (format) => {
    const { before, after, summary } = await exportThenImport(source, format, dir);
    expect(summary.counts.failed, JSON.stringify(summary.report)).toBe(0);
    expect(after.map((c) => comparableContact(c, after, format, false))).toEqual(before.map((c) => comparableContact(c, before, format, true)));
  });
});
