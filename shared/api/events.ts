/**
 * Events the main process pushes to the renderer (and to HTTP clients as server-sent
 * events). Every event is one of these shapes.
 */
import { z } from 'zod';

export const DataEntitySchema = z.enum([
  'contacts', 'organizations', 'tags', 'savedSearches', 'activities', 'reminders', 'deals', 'purchases',
  'imports', 'settings', 'sync',
]);
export type DataEntity = z.infer<typeof DataEntitySchema>;

export const AppEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('dataChanged'),
    entities: z.array(DataEntitySchema),
    changeSetId: z.string().nullable(),
  }),
  z.object({
    type: z.literal('progress'),
    taskId: z.string(),
    phase: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    counts: z.record(z.string(), z.number()).default({}),
  }),
  /** A native menu item or global shortcut asked the interface to do something. */
  z.object({
    type: z.literal('command'),
    command: z.enum(['import', 'export', 'backup', 'undo', 'redo', 'newContact', 'find', 'settings', 'commandPalette']),
  }),
  z.object({
    type: z.literal('reminderDue'),
    reminderId: z.string(),
    title: z.string(),
    dueAt: z.string(),
  }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;
