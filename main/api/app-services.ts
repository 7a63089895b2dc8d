/**
 * Everything the API serves: the core services plus the file interchange built on them.
 * Kept apart from core/services.ts because core never depends on file formats.
 */
import type { CoreContext } from '../core/context';
import { createServices } from '../core/services';
import { createExportsService } from '../interchange/export/exports-service';
import { createImportsService } from '../interchange/import/imports-service';
import { createCarddavService } from '../sync/carddav/carddav-service';
import { createConflictsService } from '../sync/conflicts';
import { createMemorySecretStore, type SecretStore } from '../sync/secret-store';
import { createSyncService } from '../sync/sync-service';

export interface AppServicesOptions {
  /** Where CardDAV passwords are kept: safeStorage in Electron, memory elsewhere. */
  secrets?: SecretStore;
}

export function createAppServices(ctx: CoreContext, options: AppServicesOptions = {}) {
  const core = createServices(ctx);
  return {
    ...core,
    imports: createImportsService(ctx),
    exports: createExportsService(ctx, core.staging.exportPath),
    sync: createSyncService(ctx, core.staging.exportPath),
    conflicts: createConflictsService(ctx),
    carddav: createCarddavService(ctx, options.secrets ?? createMemorySecretStore()),
  };
}

export type AppServices = ReturnType<typeof createAppServices>;
