/** Sync between devices (change bundles), its conflicts, and CardDAV accounts. */
import { z } from 'zod';

export const ExportBundleInputSchema = z
  .object({
    /** Where to write; absent: a staged file for the interface to download with files.read. */
    path: z.string().min(1).max(4_096).optional(),
    /** A peer's name or device id: only what it has not acknowledged. Absent: everything. */
    peer: z.string().min(1).max(200).optional(),
    passphrase: z.string().min(1).max(1_000).optional(),
  })
  .strict();
export type ExportBundleInput = z.input<typeof ExportBundleInputSchema>;

export const BundleRangeSchema = z.object({
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  fromHlc: z.string().nullable(),
  toHlc: z.string().nullable(),
});

export const ExportBundleResultSchema = z.object({
  path: z.string(),
  count: z.number().int(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
  range: BundleRangeSchema,
});
export type ExportBundleResult = z.infer<typeof ExportBundleResultSchema>;

export const ImportBundleInputSchema = z
  .object({ path: z.string().min(1).max(4_096), passphrase: z.string().min(1).max(1_000).optional() })
  .strict();

export const ImportBundleResultSchema = z.object({
  sourceDeviceId: z.string(),
  sourceDeviceName: z.string(),
  /** Rows in the bundle, and how many of them were new here. */
  received: z.number().int(),
  applied: z.number().int(),
  conflicts: z.number().int(),
  /** Rows the tables cannot show yet: their parent has not arrived. */
  deferred: z.number().int(),
});
export type ImportBundleResult = z.infer<typeof ImportBundleResultSchema>;

export const SyncPeerSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  lastSentAt: z.string().nullable(),
  lastReceivedAt: z.string().nullable(),
  lastSentHlc: z.string().nullable(),
  lastReceivedHlc: z.string().nullable(),
  /** Changes in this database the peer has not acknowledged yet. */
  pending: z.number().int(),
});
export type SyncPeer = z.infer<typeof SyncPeerSchema>;

export const ConflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What a person calls the record: the contact's name, the activity's subject. */
  recordLabel: z.string(),
  field: z.string(),
  keptValue: z.string().nullable(),
  lostValue: z.string().nullable(),
  keptHlc: z.string(),
  lostHlc: z.string(),
  lostDevice: z.string(),
  origin: z.enum(['bundle', 'carddav']),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ResolveConflictInputSchema = z
  .object({
    id: z.string().min(1).max(200),
    /** Keep the winner, bring back the losing text, or write text of one's own. */
    keep: z.union([z.literal('kept'), z.literal('lost'), z.object({ text: z.string().max(200_000) }).strict()]),
  })
  .strict();
export type ResolveConflictInput = z.input<typeof ResolveConflictInputSchema>;

export const CarddavAccountSchema = z.object({
  id: z.string(),
  serverUrl: z.string(),
  username: z.string(),
  addressBookUrl: z.string(),
  vcardVersion: z.enum(['3.0', '4.0']),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  retryAt: z.string().nullable(),
  cards: z.number().int(),
});
export type CarddavAccount = z.infer<typeof CarddavAccountSchema>;

export const AddCarddavAccountInputSchema = z
  .object({
    serverUrl: z.string().url().max(2_000),
    username: z.string().min(1).max(200),
    /** Kept by the host's secret store (Electron safeStorage), never in the database. */
    password: z.string().max(1_000),
    /** An address book's URL; absent: the first one discovery finds (or a new one). */
    addressBookUrl: z.string().url().max(2_000).optional(),
  })
  .strict();

export const CarddavSyncResultSchema = z.object({
  accountId: z.string(),
  created: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
  uploaded: z.number().int(),
  removedOnServer: z.number().int(),
  conflicts: z.number().int(),
  error: z.string().nullable(),
});
export type CarddavSyncResult = z.infer<typeof CarddavSyncResultSchema>;
