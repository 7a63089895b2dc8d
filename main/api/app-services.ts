/**
 * Everything the API serves: the core services plus the file interchange built on them.
 * Kept apart from core/services.ts because core never depends on file formats.
 */
import type { CoreContext } from '../core/context';
import { createServices } from '../core/services';
import { createExportsService } from '../interchange/export/exports-service';
import { createImportsService } from '../interchange/import/imports-service';

export function createAppServices(ctx: CoreContext) {
  const core = createServices(ctx);
  return {
    ...core,
    imports: createImportsService(ctx),
    exports: createExportsService(ctx, core.staging.exportPath),
  };
}

export type AppServices = ReturnType<typeof createAppServices>;
