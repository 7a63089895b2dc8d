/**
 * Moving file bytes across the API. A browser (and a sandboxed Electron window) cannot
 * hand the main process a path, so uploads go a chunk at a time into the staging folder
 * (files.upload) and staged exports come back the same way (files.read) to be saved as a
 * download. Chunks stay at 4 MiB: the most one files.upload call accepts.
 */
import { api } from '../api/client';

export const TRANSFER_CHUNK_BYTES = 4 * 1024 * 1024;

/** The base64 of a blob, read by the browser itself (faster than encoding bytes in a loop). */
function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

export interface UploadedFile {
  path: string;
  bytes: number;
}

/** Sends a file to the staging folder; returns the path to import from. */
export async function uploadFile(file: Blob, name: string, onProgress?: (sent: number, total: number) => void): Promise<UploadedFile> {
  let uploadId: string | undefined;
  let uploaded: UploadedFile = { path: '', bytes: 0 };
  // An empty file still needs one call, so the main process has a (empty) file to refuse.
  for (let offset = 0; offset < file.size || offset === 0; offset += TRANSFER_CHUNK_BYTES) {
    const base64 = await blobToBase64(file.slice(offset, offset + TRANSFER_CHUNK_BYTES));
    const answer = await api.call('files.upload', uploadId === undefined ? { name, base64 } : { uploadId, name, base64 });
    uploadId = answer.uploadId;
    uploaded = { path: answer.path, bytes: answer.bytes };
    onProgress?.(answer.bytes, file.size);
    if (file.size === 0) break;
  }
  return uploaded;
}

/** Reads a staged file whole, a chunk per call. */
export async function readStagedFile(path: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await api.call('files.read', { path, offset });
    parts.push(base64ToBytes(chunk.base64));
    offset = chunk.offset;
    if (chunk.done) break;
  }
  return new Blob(parts);
}

/**
 * Hands a blob to the browser as a download. In Electron the default download handler
 * asks where to save it; in a browser it lands in the downloads folder.
 */
export function saveAsDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by the time the click returns; keep it a while anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a staged file, then removes it from the staging folder. */
export async function downloadStagedFile(path: string, fileName: string): Promise<void> {
  try {
    saveAsDownload(await readStagedFile(path), fileName);
  } finally {
    await api.call('files.discard', { path }).catch(() => {
      // A staged file left behind is swept when Rapport next starts.
    });
  }
}

/** Removes a staged upload once it is no longer needed; failures only leave a file for the sweep. */
export function discardStagedFile(path: string): void {
  void api.call('files.discard', { path }).catch(() => {});
}
