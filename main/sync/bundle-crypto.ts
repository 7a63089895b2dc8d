/**
 * Passphrase sealing for bundles: scrypt (slow on purpose, so guessing a passphrase from a
 * stolen file is expensive) then AES-256-GCM, which both hides and authenticates.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { RapportError } from '../../shared/domain/errors';
import type { Encryption } from './bundle-format';

const KEY_BYTES = 32;
const TAG_BYTES = 16;
/** 2^15 with r = 8 costs 32 MiB and about 0.1 s: slow for a guesser, quick for a person. */
const DEFAULT_COST = { logN: 15, r: 8, p: 1 } as const;

function deriveKey(passphrase: string, encryption: Encryption): Buffer {
  const N = 2 ** encryption.logN;
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(encryption.salt, 'base64'), KEY_BYTES, {
    N,
    r: encryption.r,
    p: encryption.p,
    maxmem: 256 * N * encryption.r,
  });
}

export function newEncryption(): Encryption {
  return {
    cipher: 'aes-256-gcm',
    kdf: 'scrypt',
    ...DEFAULT_COST,
    salt: randomBytes(16).toString('base64'),
    nonce: randomBytes(12).toString('base64'),
  };
}

export function seal(plain: Buffer, passphrase: string, encryption: Encryption, associatedData: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, encryption), Buffer.from(encryption.nonce, 'base64'));
  cipher.setAAD(associatedData);
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function open(sealed: Buffer, passphrase: string, encryption: Encryption, associatedData: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle is cut short.');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, encryption), Buffer.from(encryption.nonce, 'base64'));
  decipher.setAAD(associatedData);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new RapportError('UNAUTHORIZED', 'Wrong passphrase, or the change bundle was altered. Nothing was imported.');
  }
}
