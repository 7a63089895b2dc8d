import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared corpus sits beside the clone (../shared/corpus); it is never copied in. */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
