/** Organizations, tags, saved searches and the trash: the smaller records around contacts. */
import { z } from 'zod';

export const OrganizationDraftSchema = z.object({
  name: z.string().trim().min(1).max(1_000),
  domain: z.string().max(255).default(''),
  notes: z.string().max(200_000).default(''),
});
export type OrganizationDraft = z.output<typeof OrganizationDraftSchema>;

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain: z.string(),
  notes: z.string(),
  contactCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const TagSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string().nullable(),
  contactCount: z.number().int(),
});
export type Tag = z.infer<typeof TagSchema>;

export const TagColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #3366cc').nullable();

export const SavedSearchDraftSchema = z.object({
  name: z.string().trim().min(1).max(200),
  query: z.string().trim().min(1).max(2_000),
});
export const SavedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  position: z.number().int(),
  contactCount: z.number().int(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const TRASHABLE_ENTITIES = ['contact', 'organization', 'tag', 'saved_search'] as const;
export const TrashableEntitySchema = z.enum(TRASHABLE_ENTITIES);
export type TrashableEntity = z.infer<typeof TrashableEntitySchema>;

export const TrashItemSchema = z.object({
  entity: TrashableEntitySchema,
  id: z.string(),
  name: z.string(),
  deletedAt: z.string(),
});
export type TrashItem = z.infer<typeof TrashItemSchema>;

export const HistoryEntrySchema = z.object({
  changeSetId: z.string(),
  label: z.string(),
  kind: z.string(),
  at: z.string(),
  deviceId: z.string(),
  undone: z.boolean(),
  changes: z.array(
    z.object({
      entity: z.string(),
      entityId: z.string(),
      field: z.string(),
      oldValue: z.unknown(),
      newValue: z.unknown(),
    }),
  ),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const UndoResultSchema = z.object({
  changeSetId: z.string(),
  label: z.string(),
  undoneChangeSetId: z.string(),
});
export type UndoResult = z.infer<typeof UndoResultSchema>;
