/**
 * Streams vCard 2.1/3.0/4.0 records out of a byte source. Only one card's lines are held
 * at a time, so a file of 100k cards never sits whole in memory.
 *
 * Card boundaries are forgiving: a missing END:VCARD ends the card at the next BEGIN or at
 * the end of the file; properties before any BEGIN start a card of their own; a 2.1 AGENT
 * holding a nested card does not end the outer one (the nested card is dropped with a
 * warning). Each card becomes a ParsedRecord or a FailedRecord, never an exception.
 */
import type { ImportIssue, ReaderOutput } from '../record';
import type { ByteSource } from '../record';
import { cardToDraft } from './card-to-draft';
import type { CardIssue, CardResult } from './card-to-draft';
import { readPhysicalLines } from './physical-lines';
import type { FileEncoding } from './physical-lines';
import { ContentLineUnfolder, isBeginVcard, isEndVcard, looksLikeContentLine } from './unfold';
import type { LogicalLine } from './unfold';

export interface ReadVcardOptions {
  /** Basename of the file, for the issues in the report. */
  fileName?: string;
}

interface PendingCard {
  startLine: number;
  lines: LogicalLine[];
  issues: CardIssue[];
  /** Depth of nested cards (2.1 AGENT) being skipped. */
  nestedDepth: number;
  /** The last property was an AGENT with no value: a nested BEGIN:VCARD belongs to it. */
  agentOpen: boolean;
}

const EMPTY_AGENT = /^\s*(?:[^:;.]*\.)?AGENT(?:;[^:]*)?:\s*$/i;
const BEGIN_OR_END = /^\s*(?:[^:;.]*\.)?(?:BEGIN|END)\s*:/i;

function toIssue(issue: CardIssue, fileName: string | undefined, severity: ImportIssue['severity']): ImportIssue {
  return { ...(fileName ? { file: fileName } : {}), line: issue.line, ...(issue.field ? { field: issue.field } : {}), reason: issue.reason, severity };
}

/** Turns a card's mapping result into what the pipeline receives. */
export function toReaderOutput(result: CardResult, index: number, line: number, extraIssues: CardIssue[], fileName?: string): ReaderOutput {
  const warnings = [...extraIssues, ...result.warnings].map((w) => toIssue(w, fileName, 'warning'));
  if (result.ok) {
    const linked = result.relatedUids.some((uid) => uid !== null);
    return { kind: 'record', index, line, draft: result.draft, warnings, ...(linked ? { relatedUids: result.relatedUids } : {}) };
  }
  return { kind: 'failed', index, line, issue: toIssue({ line, reason: result.reason }, fileName, 'error') };
}

export function mapCardSafely(lines: readonly LogicalLine[], startLine: number, encoding: FileEncoding): CardResult {
  try {
    return cardToDraft({ lines, startLine, fileIsUnicode: encoding === 'utf-16le' || encoding === 'utf-16be', utf8Bom: encoding === 'utf-8-bom' });
  } catch (error) {
    // A bug must not stop the import of the other cards; the card is reported instead.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The card could not be read (${message}).`, warnings: [] };
  }
}

export async function* readVcardRecords(source: ByteSource, options: ReadVcardOptions = {}): AsyncGenerator<ReaderOutput> {
  let encoding: FileEncoding = 'bytes';
  let index = 0;
  let card: PendingCard | null = null;
  const unfolder = new ContentLineUnfolder();

  const startCard = (line: number): PendingCard => ({ startLine: line, lines: [], issues: [], nestedDepth: 0, agentOpen: false });
  const finishCard = (pending: PendingCard): ReaderOutput => {
    const result = mapCardSafely(pending.lines, pending.startLine, encoding);
    return toReaderOutput(result, index++, pending.startLine, pending.issues, options.fileName);
  };

  function* handle(logical: LogicalLine): Generator<ReaderOutput> {
    const text = logical.text;
    if (isBeginVcard(text)) {
      if (card && (card.agentOpen || card.nestedDepth > 0)) {
        card.nestedDepth++;
        card.agentOpen = false;
        return;
      }
      if (card) {
        card.issues.push({ line: card.startLine, reason: 'The card has no END:VCARD; it ends where the next card begins.' });
        yield finishCard(card);
      }
      card = startCard(logical.line);
      return;
    }
    if (isEndVcard(text)) {
      if (!card) return;
      if (card.nestedDepth > 0) {
        card.nestedDepth--;
        if (card.nestedDepth === 0) card.issues.push({ line: logical.line, field: 'AGENT', reason: 'A vCard nested in AGENT was dropped.' });
        return;
      }
      yield finishCard(card);
      card = null;
      return;
    }
    if (!card) {
      if (!looksLikeContentLine(text) || BEGIN_OR_END.test(text)) return;
      card = startCard(logical.line);
      card.issues.push({ line: logical.line, reason: 'The card has no BEGIN:VCARD; it starts at its first property.' });
    }
    if (card.nestedDepth > 0) return;
    card.agentOpen = EMPTY_AGENT.test(text);
    card.lines.push(logical);
  }

  for await (const physical of readPhysicalLines(source, (e) => (encoding = e))) {
    for (const logical of unfolder.push(physical)) yield* handle(logical);
  }
  for (const logical of unfolder.finish()) yield* handle(logical);
  const last = card as PendingCard | null;
  if (last) {
    last.issues.push({ line: last.startLine, reason: 'The file ends before END:VCARD; the card was read up to there.' });
    yield finishCard(last);
  }
}
