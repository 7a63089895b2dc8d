/**
 * QUOTED-PRINTABLE decoding (vCard 2.1). Soft line breaks are already joined by the
 * unfolder, so this sees one run of text; it is lenient: a `=` not followed by two hex
 * digits is kept literally rather than failing the card.
 */
export function decodeQuotedPrintable(byteText: string): string {
  let out = '';
  for (let i = 0; i < byteText.length; i++) {
    const ch = byteText[i];
    if (ch !== '=') {
      out += ch;
      continue;
    }
    const hex = byteText.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      i += 2;
    } else if (i === byteText.length - 1) {
      // A trailing soft break with nothing after it.
    } else {
      out += ch;
    }
  }
  return out;
}

/** Whether a content line's parameters ask for QUOTED-PRINTABLE (`ENCODING=` or bare). */
export function headerSaysQuotedPrintable(header: string): boolean {
  return /[;:=,]\s*"?quoted-printable"?\s*(?:[;:,]|$)/i.test(header);
}
