/**
 * What every reader (vCard, jCard, CSV) yields to the import pipeline, one record at a time.
 * Readers never touch the database: they turn bytes into drafts and say what went wrong
 * where, so a report can name the file, line and field.
 */
import type { ContactDraft } from '../../shared/domain/contact';

export type IssueSeverity = 'warning' | 'error';

export interface ImportIssue {
  /** File name as the user knows it (basename), when the reader was given one. */
  file?: string;
  /** 1-based line in the source file where the record (or the bad property) starts. */
  line: number;
  /** The property or column concerned, e.g. `PHOTO`, `E-mail 2 - Value`. */
  field?: string;
  /** A sentence for a person: what was wrong and what was done about it. */
  reason: string;
  severity: IssueSeverity;
}

/** A record that became a contact draft (possibly with warnings: a photo cut, a charset guessed). */
export interface ParsedRecord {
  kind: 'record';
  /** 0-based position of the record in the file. */
  index: number;
  line: number;
  draft: ContactDraft;
  warnings: ImportIssue[];
  /**
   * For each draft.related entry, the UID of the contact it points at (or null). Readers
   * cannot know this database's ids; the pipeline links the entries once the file is in.
   */
  relatedUids?: ReadonlyArray<string | null>;
}

/** A record that could not become a contact; it goes into the report, never silently away. */
export interface FailedRecord {
  kind: 'failed';
  index: number;
  line: number;
  issue: ImportIssue;
}

export type ReaderOutput = ParsedRecord | FailedRecord;

/** Bytes arrive in chunks so a 100k-contact file is never held whole in memory. */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
