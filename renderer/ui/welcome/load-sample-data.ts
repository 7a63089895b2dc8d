import type { ImportSummary } from '../../../shared/domain/imports';
import { api } from '../../api/client';
import { discardStagedFile, uploadFile } from '../../state/files-transfer';
import { refreshContactViews } from '../../state/refresh-contact-views';
import { sampleVcardText } from './sample-contacts';

/** Imports the sample vCard through files.upload and imports.run, like any other file. */
export async function loadSampleData(): Promise<ImportSummary> {
  const file = new Blob([sampleVcardText()], { type: 'text/vcard' });
  const { path } = await uploadFile(file, 'rapport-sample-contacts.vcf');
  try {
    return await api.call('imports.run', { path, format: 'vcard', onDuplicate: 'create', fileName: 'rapport-sample-contacts.vcf' });
  } finally {
    discardStagedFile(path);
    await refreshContactViews();
  }
}
