/** Enough of a file's start as text to recognise its format, whatever its encoding. */
export function decodeSniff(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 8_192);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  if (head.length >= 4 && head[1] === 0 && head[3] === 0) return new TextDecoder('utf-16le').decode(head);
  if (head.length >= 4 && head[0] === 0 && head[2] === 0) return new TextDecoder('utf-16be').decode(head);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return new TextDecoder('latin1').decode(head.subarray(3));
  return new TextDecoder('latin1').decode(head);
}
