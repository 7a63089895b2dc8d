/**
 * The import wizard's state: upload the file, inspect it, let the person adjust the CSV
 * mapping (each change re-inspects, so the preview shows what would be stored), run the
 * import with progress and cancel, then show the report with undo.
 */
import { create } from 'zustand';
import type { ColumnMapping } from '../../shared/domain/column-mapping';
import type { DuplicatePolicy, FileInspection, ImportCounts, ImportSummary } from '../../shared/domain/imports';
import { api } from '../api/client';
import { discardStagedFile, uploadFile } from './files-transfer';
import { latestOnly } from './latest-only';

export type ImportStep = 'choose' | 'uploading' | 'inspecting' | 'configure' | 'running' | 'report';

export interface ImportProgress {
  done: number;
  total: number | null;
  counts: Partial<ImportCounts>;
}

interface ImportWizardState {
  step: ImportStep;
  fileName: string;
  stagedPath: string | null;
  uploaded: { sent: number; total: number };
  inspection: FileInspection | null;
  /** The CSV mapping as edited; null for vCard and jCard files. */
  mapping: ColumnMapping | null;
  previewing: boolean;
  onDuplicate: DuplicatePolicy;
  taskId: string | null;
  progress: ImportProgress;
  cancelling: boolean;
  summary: ImportSummary | null;
  error: unknown;
  start(file: Blob, fileName: string): Promise<void>;
  setMapping(mapping: ColumnMapping): void;
  setOnDuplicate(policy: DuplicatePolicy): void;
  run(): Promise<ImportSummary | null>;
  cancel(): Promise<void>;
  undo(): Promise<void>;
  reset(): void;
}

const PREVIEW_DELAY_MS = 200;
const inspections = latestOnly();
let previewTimer: ReturnType<typeof setTimeout> | undefined;

const EMPTY_PROGRESS: ImportProgress = { done: 0, total: null, counts: {} };

const INITIAL = {
  step: 'choose' as ImportStep,
  fileName: '',
  stagedPath: null,
  uploaded: { sent: 0, total: 0 },
  inspection: null,
  mapping: null,
  previewing: false,
  onDuplicate: 'merge' as DuplicatePolicy,
  taskId: null,
  progress: EMPTY_PROGRESS,
  cancelling: false,
  summary: null,
  error: null,
};

export const useImportStore = create<ImportWizardState>()((set, get) => {
  async function reinspect(mapping: ColumnMapping): Promise<void> {
    const path = get().stagedPath;
    if (path === null) return;
    const isNewest = inspections.begin();
    set({ previewing: true });
    try {
      const inspection = await api.call('imports.inspect', { path, format: 'csv', mapping });
      if (isNewest()) set({ inspection, previewing: false, error: null });
    } catch (error) {
      if (isNewest()) set({ previewing: false, error });
    }
  }

  return {
    ...INITIAL,

    async start(file, fileName) {
      get().reset();
      set({ step: 'uploading', fileName, uploaded: { sent: 0, total: file.size } });
      try {
        const { path } = await uploadFile(file, fileName, (sent, total) => set({ uploaded: { sent, total } }));
        set({ stagedPath: path, step: 'inspecting' });
        const inspection = await api.call('imports.inspect', { path, format: 'auto' });
        set({ inspection, mapping: inspection.csv?.mapping ?? null, step: 'configure' });
      } catch (error) {
        set({ step: 'choose', error });
      }
    },

    setMapping(mapping) {
      set({ mapping });
      clearTimeout(previewTimer);
      // Typing a label should not send a request per key.
      previewTimer = setTimeout(() => void reinspect(mapping), PREVIEW_DELAY_MS);
    },

    setOnDuplicate: (onDuplicate) => set({ onDuplicate }),

    async run() {
      const { stagedPath: path, fileName, mapping, onDuplicate, inspection } = get();
      if (path === null || inspection === null) return null;
      const taskId = crypto.randomUUID();
      set({ step: 'running', taskId, progress: EMPTY_PROGRESS, cancelling: false, error: null });
      // Subscribe before the call: the first progress event may arrive before it returns.
      const stop = api.subscribe((event) => {
        if (event.type !== 'progress' || event.taskId !== taskId) return;
        set({ progress: { done: event.done, total: event.total, counts: event.counts } });
      });
      try {
        const summary = await api.call('imports.run', {
          path,
          fileName,
          format: inspection.format,
          mapping: mapping ?? 'auto',
          onDuplicate,
          taskId,
        });
        set({ summary, step: 'report', progress: { done: summary.counts.bytes, total: summary.counts.bytes, counts: summary.counts } });
        discardStagedFile(path);
        set({ stagedPath: null });
        return summary;
      } catch (error) {
        set({ step: 'configure', error });
        return null;
      } finally {
        stop();
      }
    },

    async cancel() {
      const taskId = get().taskId;
      if (taskId === null) return;
      set({ cancelling: true });
      await api.call('imports.cancel', { taskId });
    },

    async undo() {
      const importId = get().summary?.importId;
      if (!importId) return;
      try {
        set({ summary: await api.call('imports.undo', { id: importId }), error: null });
      } catch (error) {
        set({ error });
      }
    },

    reset() {
      clearTimeout(previewTimer);
      inspections.begin();
      const path = get().stagedPath;
      if (path !== null && get().step !== 'running') discardStagedFile(path);
      set({ ...INITIAL });
    },
  };
});
