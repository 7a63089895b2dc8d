/**
 * Folds a content line at 75 octets (RFC 6350 3.2) with CRLF + space, never inside a
 * UTF-8 sequence (nor a surrogate pair), and never right after a `=` or in the middle of
 * an `=XX` escape: a kept QUOTED-PRINTABLE line folded there would read back as a soft
 * line break.
 */
const LIMIT = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export function foldLine(line: string): string {
  const chars = Array.from(line);
  const segments: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const budget = segments.length === 0 ? LIMIT : LIMIT - 1;
    let end = start;
    let bytes = 0;
    while (end < chars.length) {
      const size = utf8Length(chars[end]?.codePointAt(0) ?? 0);
      if (bytes + size > budget) break;
      bytes += size;
      end++;
    }
    if (end < chars.length && end - start > 3) {
      if (chars[end - 1] === '=') end -= 1;
      else if (chars[end - 2] === '=') end -= 2;
    }
    segments.push(chars.slice(start, end).join(''));
    start = end;
  }
  return segments.length === 0 ? '' : segments.join('\r\n ');
}
