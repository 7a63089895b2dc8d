/**
 * Change bundles: export what a peer has not acknowledged into one file, import a file
 * from a peer. See apply-remote-changes.ts and materialize-row.ts for the merge rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../shared/domain/errors';
import type { ExportBundleInput, ExportBundleResult, ImportBundleResult, SyncPeer } from '../../shared/domain/sync';
import type { CoreContext } from '../core/context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { applyRemoteChanges, type RemoteChangeSet } from './apply-remote-changes';
import { decodeBundle, encodeBundle } from './bundle-codec';
import type { BundleBody, ChangeRow } from './bundle-format';
import { readChangeLogSince } from './read-change-log';
import { acknowledgements, findPeer, listPeers, recordReceived, recordSent } from './sync-peers';

function writeAtomically(target: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.partial`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, target);
}

function rowsOf(body: BundleBody): { sets: Map<string, RemoteChangeSet>; rows: ChangeRow[] } {
  const sets = new Map<string, RemoteChangeSet>();
  for (const [id, hlc, deviceId, , label, createdAt] of body.sets) sets.set(id, { id, hlc, deviceId, label, createdAt });
  const rows = body.rows.map(([setIndex, entity, entityId, ownerId, field, oldValue, newValue]): ChangeRow => {
    const [setId, hlc, deviceId] = body.sets[setIndex]!;
    return { setId, hlc, deviceId, entity, entityId, ownerId, field, oldValue, newValue };
  });
  return { sets, rows };
}

export function createSyncService(ctx: CoreContext, stagedPath: (name: string) => string) {
  return {
    exportBundle(input: ExportBundleInput): ExportBundleResult {
      const peer = input.peer ? findPeer(ctx.db, input.peer) : null;
      // Read and remember in one transaction, so a write in between cannot slip past the cursor.
      const { bytes, slice } = ctx.db.transaction(() => {
        const slice = readChangeLogSince(ctx.db, peer?.acked_seq ?? 0);
        const bytes = encodeBundle(
          {
            schemaVersion: LATEST_SCHEMA_VERSION,
            sourceDeviceId: ctx.device.id,
            sourceDeviceName: ctx.device.name,
            createdAt: ctx.now().toISOString(),
            range: { fromSeq: slice.fromSeq, toSeq: slice.toSeq, fromHlc: slice.fromHlc, toHlc: slice.toHlc },
            count: slice.body.rows.length,
            acknowledges: acknowledgements(ctx.db),
          },
          slice.body,
          input.passphrase,
        );
        if (peer) recordSent(ctx.db, peer.device_id, slice.toSeq, slice.toHlc, ctx.now().toISOString());
        return { bytes, slice };
      }).immediate();
      const stamp = ctx.now().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      const target = input.path ?? stagedPath(`rapport-changes-${ctx.device.name || ctx.device.id}-${stamp}.rapport-changes`);
      writeAtomically(target, bytes);
      if (peer) ctx.emit({ type: 'dataChanged', entities: ['sync'], changeSetId: null });
      return {
        path: target,
        count: slice.body.rows.length,
        bytes: bytes.length,
        encrypted: Boolean(input.passphrase),
        range: { fromSeq: slice.fromSeq, toSeq: slice.toSeq, fromHlc: slice.fromHlc, toHlc: slice.toHlc },
      };
    },

    importBundle(input: { path: string; passphrase?: string | undefined }): ImportBundleResult {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(input.path);
      } catch {
        throw new RapportError('FILE_UNREADABLE', `Cannot read ${input.path}.`, { field: 'path' });
      }
      // Every check (format, schema, passphrase, checksum) happens here, before the database.
      const { header, body } = decodeBundle(bytes, input.passphrase);
      const { sets, rows } = rowsOf(body);
      const now = ctx.now();
      const outcome = ctx.db.transaction(() => {
        const applied = applyRemoteChanges({ db: ctx.db, clock: ctx.clock, now, origin: 'bundle' }, sets, rows);
        if (header.sourceDeviceId !== ctx.device.id) {
          recordReceived(
            ctx.db,
            {
              deviceId: header.sourceDeviceId,
              name: header.sourceDeviceName,
              fromSeq: header.range.fromSeq,
              toSeq: header.range.toSeq,
              latestHlc: applied.latestHlc,
              ackedSeq: header.acknowledges[ctx.device.id] ?? 0,
            },
            now.toISOString(),
          );
        }
        return applied;
      }).immediate();
      ctx.emit({
        type: 'dataChanged',
        entities: ['contacts', 'organizations', 'tags', 'savedSearches', 'activities', 'reminders', 'deals', 'purchases', 'sync'],
        changeSetId: null,
      });
      return {
        sourceDeviceId: header.sourceDeviceId,
        sourceDeviceName: header.sourceDeviceName,
        received: rows.length,
        applied: outcome.applied,
        conflicts: outcome.conflicts,
        deferred: outcome.deferred,
      };
    },

    peers(): SyncPeer[] {
      return listPeers(ctx.db);
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
