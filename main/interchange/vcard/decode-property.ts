/**
 * Turns a parsed content line into a property whose value is text: QUOTED-PRINTABLE is
 * undone and the bytes are decoded with the property's CHARSET (or sniffed). Escapes are
 * left for the mapper, which knows whether the value is structured. Also builds the
 * verbatim line that is kept when Rapport does not model the property.
 */
import { decodeByteText } from './charset';
import type { DecodedText } from './charset';
import { decodeQuotedPrintable } from './quoted-printable';
import { firstParam } from './params';
import type { ContentLine } from './content-line';
import type { VcardVersion } from './version';

export interface VcardProperty extends ContentLine {
  /** Position in the card, to keep unmodelled properties in their order. */
  index: number;
  /** 1-based line in the file. */
  line: number;
  /** Decoded value, escapes still in place. */
  text: string;
  /** `[group.]NAME[;params]:value` as text, for vcardExtras. */
  verbatim: string;
}

export interface DecodeContext {
  version: VcardVersion;
  fileIsUnicode: boolean;
  /** The file began with a UTF-8 BOM. */
  utf8Bom: boolean;
  warn: (line: number, field: string, reason: string) => void;
}

function report(decoded: DecodedText, property: ContentLine, line: number, ctx: DecodeContext): void {
  if (decoded.unknownCharset) {
    ctx.warn(line, property.name, `Unknown charset "${decoded.unknownCharset}"; the text was read as ${decoded.guessed === 'utf-8' ? 'UTF-8' : 'Windows-1252'}.`);
  } else if (decoded.invalidDeclared) {
    ctx.warn(
      line,
      property.name,
      decoded.guessed === 'windows-1252'
        ? `The text is not valid ${decoded.invalidDeclared}; it was read as Windows-1252.`
        : `The text is not entirely valid ${decoded.invalidDeclared}; invalid bytes were replaced.`,
    );
  } else if (decoded.guessed === 'windows-1252') {
    ctx.warn(line, property.name, 'The text has no declared charset and is not UTF-8; it was read as Windows-1252.');
  } else if (decoded.guessed === 'utf-8' && ctx.version === '2.1') {
    // 3.0 and 4.0 text is UTF-8 by convention and by rule; only 2.1 makes this a guess.
    ctx.warn(line, property.name, 'The text has no declared charset; it was read as UTF-8.');
  }
}

export function decodeProperty(contentLine: ContentLine, index: number, line: number, ctx: DecodeContext): VcardProperty {
  const charset = firstParam(contentLine.params, 'CHARSET');
  const quotedPrintable = (contentLine.params.get('ENCODING') ?? []).some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE');
  const bytes = quotedPrintable ? decodeQuotedPrintable(contentLine.value) : contentLine.value;
  const decoded = decodeByteText(bytes, charset, ctx.fileIsUnicode, ctx.utf8Bom);
  report(decoded, contentLine, line, ctx);

  // The verbatim line keeps QP as written (it is ASCII); raw 8-bit text is now Unicode, so a
  // CHARSET naming another encoding would lie once the line is written back as UTF-8.
  const rawValue = quotedPrintable ? decodeByteText(contentLine.value, charset, ctx.fileIsUnicode, ctx.utf8Bom).text : decoded.text;
  const stripCharset = !quotedPrintable && decoded.text !== contentLine.value && charset !== undefined && !/^utf-?8$/i.test(charset);
  const header = stripCharset ? contentLine.header.replace(/;\s*CHARSET=[^;:]*/i, '') : contentLine.header;
  return { ...contentLine, index, line, text: decoded.text, verbatim: `${header}:${rawValue}` };
}
