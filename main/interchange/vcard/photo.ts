/**
 * PHOTO values: 2.1 `ENCODING=BASE64`, 3.0 `ENCODING=b`, bare base64 without any parameter,
 * 4.0 `data:` URIs (also found inside 3.0 cards), and URLs. URLs cannot be fetched offline,
 * so they are kept verbatim (as an extra) and written back. Photos larger than
 * PHOTO_MAX_BYTES once decoded are not stored; the caller reports it.
 */
import { Buffer } from 'node:buffer';
import { PHOTO_MAX_BYTES } from '../../../shared/domain/contact';
import { firstParam, typeWords } from './params';
import type { ParamMap } from './params';

export interface Photo {
  mediaType: string;
  base64: string;
}

export type PhotoOutcome =
  | { kind: 'photo'; photo: Photo }
  | { kind: 'keep' }
  | { kind: 'empty' }
  | { kind: 'drop'; reason: string };

const IMAGE_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg', jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp',
  tiff: 'image/tiff', heic: 'image/heic',
};

/** The bytes say what the image is better than the TYPE parameter does (macOS mislabels PNGs). */
export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x42, 0x4d)) return 'image/bmp';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  return null;
}

function declaredType(params: ParamMap): string | null {
  const mediaType = firstParam(params, 'MEDIATYPE');
  if (mediaType && /^image\//i.test(mediaType)) return mediaType.toLowerCase();
  for (const word of typeWords(params)) {
    if (IMAGE_TYPES[word]) return IMAGE_TYPES[word];
    if (/^image\//.test(word)) return word;
  }
  return null;
}

function fromBase64(text: string, declared: string | null): PhotoOutcome {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { kind: 'empty' };
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return { kind: 'drop', reason: 'The photo is not valid base64; it was dropped.' };
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length === 0) return { kind: 'drop', reason: 'The photo is empty; it was dropped.' };
  if (bytes.length > PHOTO_MAX_BYTES) {
    return {
      kind: 'drop',
      reason: `The photo is ${bytes.length} bytes, more than the ${PHOTO_MAX_BYTES} bytes allowed; it was not imported.`,
    };
  }
  // Re-encoding gives the canonical form (padding added, nothing else) the schema expects.
  return { kind: 'photo', photo: { mediaType: sniffImageType(bytes) ?? declared ?? 'image/jpeg', base64: bytes.toString('base64') } };
}

export function readPhoto(value: string, params: ParamMap): PhotoOutcome {
  const text = value.trim();
  if (text === '') return { kind: 'empty' };
  const dataUri = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/is.exec(text);
  if (dataUri) {
    if (!/;base64/i.test(dataUri[2] ?? '')) return { kind: 'keep' };
    return fromBase64(dataUri[3] ?? '', dataUri[1] ? dataUri[1].toLowerCase() : null);
  }
  const encoding = (firstParam(params, 'ENCODING') ?? '').toLowerCase();
  if (encoding === 'b' || encoding === 'base64') return fromBase64(text, declaredType(params));
  const valueType = (firstParam(params, 'VALUE') ?? '').toLowerCase();
  if (valueType === 'uri' || valueType === 'url' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return { kind: 'keep' };
  // Thunderbird writes bare base64 with no parameter at all.
  if (text.length >= 16 && /^[A-Za-z0-9+/=\s]+$/.test(text)) return fromBase64(text, declaredType(params));
  return { kind: 'keep' };
}
