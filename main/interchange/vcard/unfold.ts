/**
 * Joins physical lines into logical content lines. Rules, in order:
 * 1. A QUOTED-PRINTABLE line ending with a soft break `=` continues on the next line,
 *    indented or not (Android does not indent); the `=` is removed and the next line is
 *    taken as is, leading whitespace included, as RFC 2045 says (AOSP's "come=" /
 *    " to the aid" must read "come to the aid"). This also rejoins an `=XX` escape split
 *    across the break.
 * 2. A line starting with one space or tab continues the previous one; exactly that one
 *    whitespace character is removed (RFC 6350 3.2).
 * 3. Inside a card, a line that is not shaped like `[group.]NAME[;params]:` continues the
 *    previous one (producers that fold without whitespace: base64 blocks, AOSP's ADR with a
 *    trailing backslash, which stands for a line break).
 *    Except a line shaped like the start of a header cut by a fold before its colon
 *    (`IMPP;X-SERVICE-TYPE=x;LABEL="long…` with the rest on an indented line): writers fold
 *    long parameter lists, and gluing that onto the previous value loses a property.
 * Blank lines end the current line and are dropped (the blank line after 2.1 base64).
 */
import { headerSaysQuotedPrintable } from './quoted-printable';
import type { PhysicalLine } from './physical-lines';

export interface LogicalLine {
  /** Byte text of the whole unfolded line. */
  text: string;
  /** Line number of its first physical line. */
  line: number;
}

const CONTENT_LINE_SHAPE = /^\s*(?:[A-Za-z0-9_-]*\.)?(?:[A-Za-z0-9_-]+|X-[A-Za-z0-9_-]+ [A-Za-z0-9_-]+)(?:;[^:]*)?:/i;
const BEGIN_LINE = /^\s*(?:[^:;.]*\.)?BEGIN\s*:\s*VCARD\s*$/i;
const END_LINE = /^\s*(?:[^:;.]*\.)?END\s*:/i;
const END_VCARD_LINE = /^\s*(?:[^:;.]*\.)?END\s*:\s*VCARD\s*$/i;

/** `[group.]NAME;params…` with no colon yet: a header whose rest was folded onto the next line. */
const FOLDED_HEADER_START = /^(?:[A-Za-z0-9_-]+\.)?[A-Za-z][A-Za-z0-9_-]*;[^:]*$/;

export function looksLikeContentLine(text: string): boolean {
  return CONTENT_LINE_SHAPE.test(text);
}
export function isBeginVcard(text: string): boolean {
  return BEGIN_LINE.test(text);
}
export function isEndVcard(text: string): boolean {
  return END_VCARD_LINE.test(text);
}

function headerOf(text: string): string {
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon + 1);
}

export class ContentLineUnfolder {
  private current: LogicalLine | null = null;
  private currentIsQuotedPrintable = false;
  private insideCard = false;

  /** Feeds one physical line; returns the logical lines it completed. */
  push(physical: PhysicalLine): LogicalLine[] {
    const text = physical.text;
    const current = this.current;
    if (current) {
      const softBreak = this.currentIsQuotedPrintable && current.text.endsWith('=');
      if (text === '' || /^[ \t]*$/.test(text)) {
        return this.flush();
      }
      if (softBreak && !END_LINE.test(text)) {
        current.text = current.text.slice(0, -1) + text;
        return [];
      }
      if (text.startsWith(' ') || text.startsWith('\t')) {
        current.text += text.slice(1);
        return [];
      }
      const foldedHeader = FOLDED_HEADER_START.test(text) && !current.text.endsWith('\\');
      if (this.insideCard && !looksLikeContentLine(text) && !foldedHeader) {
        current.text = current.text.endsWith('\\') ? `${current.text.slice(0, -1)}\\n${text}` : current.text + text;
        return [];
      }
    }
    const completed = this.flush();
    if (text.trim() === '') return completed;
    this.start({ text, line: physical.line });
    return completed;
  }

  finish(): LogicalLine[] {
    return this.flush();
  }

  private start(line: LogicalLine): void {
    this.current = line;
    this.currentIsQuotedPrintable = headerSaysQuotedPrintable(headerOf(line.text));
    if (BEGIN_LINE.test(line.text)) this.insideCard = true;
    else if (END_VCARD_LINE.test(line.text)) this.insideCard = false;
  }

  private flush(): LogicalLine[] {
    const current = this.current;
    if (!current) return [];
    this.current = null;
    // A soft break with nothing after it means nothing; dropping it keeps the line stable
    // when it is written back and read again.
    if (this.currentIsQuotedPrintable && current.text.endsWith('=')) current.text = current.text.slice(0, -1);
    return [current];
  }
}
