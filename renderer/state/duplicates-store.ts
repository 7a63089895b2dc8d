/** Candidate duplicate groups, and the merge that turns a group into one contact. */
import { create } from 'zustand';
import type { DuplicateScan, FieldChoices, MergePreview, MergeResult } from '../../shared/domain/duplicates';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import { refreshContactViews } from './refresh-contact-views';

const SCAN_LIMIT = 200;

interface DuplicatesState {
  scan: DuplicateScan | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
  preview(ids: string[], survivorId?: string): Promise<MergePreview>;
  merge(preview: MergePreview, fieldChoices: FieldChoices): Promise<MergeResult>;
}

const scans = latestOnly();

export const useDuplicatesStore = create<DuplicatesState>()((set, get) => ({
  scan: null,
  loading: false,
  error: null,
  async load() {
    const isNewest = scans.begin();
    set({ loading: true });
    try {
      const scan = await api.call('duplicates.find', { limit: SCAN_LIMIT });
      if (isNewest()) set({ scan, loading: false, error: null });
    } catch (error) {
      if (isNewest()) set({ loading: false, error });
    }
  },
  preview: (ids, survivorId) => api.call('duplicates.preview', survivorId === undefined ? { ids } : { ids, survivorId }),
  async merge(preview, fieldChoices) {
    const result = await api.call('duplicates.merge', {
      survivorId: preview.survivorId,
      mergedIds: preview.contacts.map((contact) => contact.id).filter((id) => id !== preview.survivorId),
      fieldChoices,
    });
    await Promise.all([refreshContactViews(), get().load()]);
    return result;
  },
}));
