/**
 * Bundle bytes <-> header and body, with every check made before anything is applied:
 * the header's shape, the format and schema versions, authentication when sealed, and the
 * SHA-256 of the body.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RapportError } from '../../shared/domain/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { newEncryption, open, seal } from './bundle-crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleBodySchema,
  BundleHeaderSchema,
  type BundleBody,
  type BundleHeader,
} from './bundle-format';

const NEWLINE = 0x0a;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function encodeBundle(
  header: Omit<BundleHeader, 'bodySha256' | 'encryption' | 'format' | 'formatVersion'>,
  body: BundleBody,
  passphrase?: string,
): Buffer {
  const plain = gzipSync(Buffer.from(JSON.stringify(body), 'utf8'));
  const full: BundleHeader = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...header,
    bodySha256: sha256(plain),
    encryption: passphrase ? newEncryption() : null,
  };
  const headerLine = Buffer.from(`${JSON.stringify(full)}\n`, 'utf8');
  const stored = full.encryption && passphrase ? seal(plain, passphrase, full.encryption, headerLine) : plain;
  return Buffer.concat([headerLine, stored]);
}

/** The header alone: enough to say what a file is without a passphrase. */
export function decodeBundleHeader(bytes: Buffer): { header: BundleHeader; headerLine: Buffer; stored: Buffer } {
  const end = bytes.indexOf(NEWLINE);
  const notABundle = () => new RapportError('UNSUPPORTED_FORMAT', 'This file is not a Rapport change bundle.');
  if (end < 0) throw notABundle();
  const headerLine = bytes.subarray(0, end + 1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(headerLine.toString('utf8'));
  } catch {
    throw notABundle();
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== BUNDLE_FORMAT) throw notABundle();
  const header = BundleHeaderSchema.safeParse(parsed);
  if (!header.success) throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle’s header is damaged.');
  if (header.data.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new RapportError(
      'UNSUPPORTED_FORMAT',
      `This change bundle uses format ${header.data.formatVersion}; this version of Rapport reads up to ${BUNDLE_FORMAT_VERSION}. Update Rapport to import it.`,
    );
  }
  if (header.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new RapportError(
      'UNSUPPORTED_FORMAT',
      `This change bundle comes from a newer version of Rapport (schema ${header.data.schemaVersion}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update Rapport on this device first. Nothing was imported.',
      { schemaVersion: header.data.schemaVersion, supportedVersion: LATEST_SCHEMA_VERSION },
    );
  }
  return { header: header.data, headerLine, stored: bytes.subarray(end + 1) };
}

export function decodeBundle(bytes: Buffer, passphrase?: string): { header: BundleHeader; body: BundleBody } {
  const { header, headerLine, stored } = decodeBundleHeader(bytes);
  let plain = stored;
  if (header.encryption) {
    if (!passphrase) throw new RapportError('UNAUTHORIZED', 'This change bundle is encrypted: give its passphrase.');
    plain = open(stored, passphrase, header.encryption, headerLine);
  }
  if (sha256(plain) !== header.bodySha256) {
    throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle is damaged (its checksum does not match). Nothing was imported.');
  }
  let body: BundleBody;
  try {
    body = BundleBodySchema.parse(JSON.parse(gunzipSync(plain).toString('utf8')));
  } catch {
    throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle’s body cannot be read. Nothing was imported.');
  }
  if (body.rows.length !== header.count) {
    throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle holds a different number of changes than its header says.');
  }
  if (body.rows.some(([setIndex]) => setIndex >= body.sets.length)) {
    throw new RapportError('UNSUPPORTED_FORMAT', 'The change bundle refers to a change set it does not hold.');
  }
  return { header, body };
}
