/**
 * The change bundle file: one line of JSON header, then the body.
 *
 *   {"format":"rapport-changes","formatVersion":1,...}\n<body bytes>
 *
 * The body is gzip'd JSON ({sets, rows}); when a passphrase is given it is then sealed with
 * AES-256-GCM (the 16-byte tag appended) under a key from scrypt, and the header line is the
 * associated data, so a header edited by hand fails authentication too. `bodySha256` is the
 * hash of the gzip'd body before encryption: checked before the database is touched.
 */
import { z } from 'zod';

export const BUNDLE_FORMAT = 'rapport-changes';
export const BUNDLE_FORMAT_VERSION = 1;

export const EncryptionSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  /** scrypt cost: N = 2^logN, with r and p; stored so later versions may raise them. */
  logN: z.number().int().min(15).max(22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  nonce: z.string(),
});
export type Encryption = z.infer<typeof EncryptionSchema>;

export const BundleHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  sourceDeviceId: z.string().min(1),
  sourceDeviceName: z.string(),
  createdAt: z.string(),
  /** Positions in the source's own change log, and the HLCs of the rows they hold. */
  range: z.object({
    fromSeq: z.number().int(),
    toSeq: z.number().int(),
    fromHlc: z.string().nullable(),
    toHlc: z.string().nullable(),
  }),
  count: z.number().int(),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** For each device the source has received from: how far of its log the source applied. */
  acknowledges: z.record(z.string(), z.number().int()),
  encryption: EncryptionSchema.nullable(),
});
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;

/** A change set, as [id, hlc, deviceId, kind, label, createdAt]. */
export const BundleSetSchema = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string()]);
/** A change-log row, as [setIndex, entity, entityId, ownerId, field, oldValue, newValue]. */
export const BundleRowSchema = z.tuple([
  z.number().int().min(0),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
]);

export const BundleBodySchema = z.object({
  sets: z.array(BundleSetSchema),
  rows: z.array(BundleRowSchema),
});
export type BundleBody = z.infer<typeof BundleBodySchema>;

/** One change-log row with its set's identity resolved, as the merge works on it. */
export interface ChangeRow {
  setId: string;
  hlc: string;
  deviceId: string;
  entity: string;
  entityId: string;
  ownerId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}
