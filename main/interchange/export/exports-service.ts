import { ExportRequestSchema, type ExportRequest, type ExportResult } from '../../../shared/domain/exports';
import type { CoreContext } from '../../core/context';
import { exportToFile } from './export-contacts';

export function createExportsService(ctx: CoreContext) {
  return {
    run(input: ExportRequest): ExportResult {
      const request = ExportRequestSchema.parse(input);
      return exportToFile(ctx, request);
    },
  };
}
