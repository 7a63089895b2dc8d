/**
 * Files travelling between the interface and the main process. A browser (and a sandboxed
 * Electron renderer) cannot give the main process a path, so it sends the bytes in chunks
 * into a staging folder beside the database, then imports from there. Exports come back
 * the same way, a chunk at a time, and the interface saves them as a download.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../../shared/domain/errors';
import type { CoreContext } from '../context';

/** 4 MiB of file per call: big enough to be quick, small enough for IPC and JSON. */
export const STAGING_CHUNK_BYTES = 4 * 1024 * 1024;
/** Staged files older than this are removed when Rapport starts. */
const STAGING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function safeName(name: string): string {
  const base = path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 120);
  return base || 'file';
}

export function createStagingService(ctx: CoreContext) {
  const folder = path.join(path.dirname(ctx.dbPath), 'staging');

  function resolveStaged(stagedPath: string): string {
    const resolved = path.resolve(stagedPath);
    if (!resolved.startsWith(folder + path.sep)) {
      throw new RapportError('FORBIDDEN', 'Only files in Rapport’s staging folder can be read this way.', { field: 'path' });
    }
    return resolved;
  }

  function sweep(): void {
    if (!fs.existsSync(folder)) return;
    const cutoff = Date.now() - STAGING_MAX_AGE_MS;
    for (const entry of fs.readdirSync(folder)) {
      const file = path.join(folder, entry);
      try {
        if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { recursive: true, force: true });
      } catch {
        // another process may have removed it
      }
    }
  }
  sweep();

  return {
    folder,
    /** Appends a chunk to a staged upload; the first call (no uploadId) starts one. */
    appendChunk(input: { uploadId?: string | undefined; name: string; base64: string }): { uploadId: string; path: string; bytes: number } {
      const bytes = Buffer.from(input.base64, 'base64');
      if (bytes.length > STAGING_CHUNK_BYTES) throw new RapportError('INVALID_INPUT', `A chunk may hold at most ${STAGING_CHUNK_BYTES} bytes.`);
      const uploadId = input.uploadId ?? randomBytes(12).toString('hex');
      if (!/^[0-9a-f]{24}$/.test(uploadId)) throw new RapportError('INVALID_INPUT', 'Not an upload id Rapport made.', { field: 'uploadId' });
      const directory = path.join(folder, uploadId);
      fs.mkdirSync(directory, { recursive: true });
      const file = path.join(directory, safeName(input.name));
      fs.appendFileSync(file, bytes);
      return { uploadId, path: file, bytes: fs.statSync(file).size };
    },
    /** A place for an export to be written before the interface downloads it. */
    exportPath(name: string): string {
      const directory = path.join(folder, randomBytes(12).toString('hex'));
      fs.mkdirSync(directory, { recursive: true });
      return path.join(directory, safeName(name));
    },
    readChunk(stagedPath: string, offset: number): { base64: string; offset: number; size: number; done: boolean } {
      const file = resolveStaged(stagedPath);
      const size = fs.statSync(file).size;
      const length = Math.max(0, Math.min(STAGING_CHUNK_BYTES, size - offset));
      const buffer = Buffer.alloc(length);
      const descriptor = fs.openSync(file, 'r');
      try {
        fs.readSync(descriptor, buffer, 0, length, offset);
      } finally {
        fs.closeSync(descriptor);
      }
      return { base64: buffer.toString('base64'), offset: offset + length, size, done: offset + length >= size };
    },
    discard(stagedPath: string): void {
      fs.rmSync(path.dirname(resolveStaged(stagedPath)), { recursive: true, force: true });
    },
  };
}
