/**
 * Change-log values are JSON text. Blobs (photos) are wrapped so they survive the trip:
 * `{"$base64": "..."}`.
 */
export type SqlValue = string | number | bigint | null | Buffer;

interface Base64Wrapper {
  $base64: string;
}

export function encodeLogValue(value: SqlValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (Buffer.isBuffer(value)) return JSON.stringify({ $base64: value.toString('base64') } satisfies Base64Wrapper);
  if (typeof value === 'bigint') return JSON.stringify(Number(value));
  return JSON.stringify(value);
}

export function decodeLogValue(text: string | null): SqlValue {
  if (text === null) return null;
  const parsed: unknown = JSON.parse(text);
  if (parsed !== null && typeof parsed === 'object' && '$base64' in parsed) {
    return Buffer.from(String((parsed as Base64Wrapper).$base64), 'base64');
  }
  if (typeof parsed === 'string' || typeof parsed === 'number' || parsed === null) return parsed;
  return JSON.stringify(parsed);
}

export function sameSqlValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (Buffer.isBuffer(left) || Buffer.isBuffer(right)) {
    return Buffer.isBuffer(left) && Buffer.isBuffer(right) && left.equals(right);
  }
  if (typeof left === 'bigint' || typeof right === 'bigint') return Number(left) === Number(right);
  return left === right;
}
