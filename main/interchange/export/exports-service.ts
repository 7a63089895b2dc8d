import { ExportRequestSchema, type ExportFormat, type ExportRequest, type ExportResult } from '../../../shared/domain/exports';
import type { CoreContext } from '../../core/context';
import { exportToFile } from './export-contacts';

const EXTENSION: Record<ExportFormat, string> = {
  vcard3: 'vcf',
  vcard4: 'vcf',
  jcard: 'json',
  'csv-google': 'csv',
  'csv-outlook': 'csv',
  csv: 'csv',
};

export function createExportsService(ctx: CoreContext, stagingPath: (name: string) => string) {
  return {
    run(input: ExportRequest): ExportResult {
      const request = ExportRequestSchema.parse(input);
      const target = request.path ?? stagingPath(request.fileName ?? `rapport-contacts.${EXTENSION[request.format]}`);
      return exportToFile(ctx, { ...request, path: target });
    },
  };
}
