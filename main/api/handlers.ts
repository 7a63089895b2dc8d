/**
 * One table of handlers: method name → service call. Inputs arrive already validated by
 * the dispatcher against the contract, so handlers only translate.
 */
import type { Contract, MethodName } from '../../shared/api/contract';
import type { z } from 'zod';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import type { AppServices } from './app-services';

export interface HostInfo {
  version: string;
  host: 'electron' | 'http' | 'cli' | 'test';
}

type Handler<M extends MethodName> = (input: z.output<Contract[M]['input']>) => z.input<Contract[M]['output']> | Promise<z.input<Contract[M]['output']>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export interface Lifecycle {
  restoreBackup(path: string): Promise<{ restoredFrom: string; previousSavedAt: string }>;
}

export function createHandlers(services: AppServices, host: HostInfo, lifecycle: Lifecycle): Handlers {
  const { contacts, ctx } = services;
  return {
    'app.info': () => ({
      version: host.version,
      databasePath: ctx.dbPath,
      schemaVersion: LATEST_SCHEMA_VERSION,
      deviceId: ctx.device.id,
      deviceName: ctx.device.name,
      host: host.host,
    }),
    'app.stats': () => services.stats.get(),
    'app.backup': ({ path }) => services.backup.backup(path),
    'app.restoreBackup': ({ path }) => lifecycle.restoreBackup(path),

    'contacts.create': (draft) => contacts.create(draft),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.update': ({ id, patch }) => contacts.update(id, patch),
    'contacts.list': (input) => contacts.list(input),
    'contacts.count': ({ filter }) => contacts.count(filter),
    'contacts.delete': ({ ids }) => contacts.trash(ids),
    'contacts.restore': ({ ids }) => contacts.restore(ids),
    'contacts.bulkTag': ({ ids, tagName }) => contacts.bulkTag(ids, tagName),
    'contacts.bulkUntag': ({ ids, tagId }) => contacts.bulkUntag(ids, tagId),

    'search.query': ({ text, limit }) => services.search.query(text, limit),

    'organizations.list': () => services.organizations.list(),
    'organizations.get': ({ id }) => services.organizations.get(id),
    'organizations.create': (draft) => services.organizations.create(draft),
    'organizations.update': ({ id, patch }) => services.organizations.update(id, patch),
    'organizations.delete': ({ id }) => services.organizations.setTrashed(id, true),
    'organizations.restore': ({ id }) => services.organizations.setTrashed(id, false),

    'tags.list': () => services.tags.list(),
    'tags.create': ({ name, color }) => services.tags.create(name, color),
    'tags.update': ({ id, patch }) => services.tags.update(id, patch),
    'tags.delete': ({ id }) => services.tags.setTrashed(id, true),

    'savedSearches.list': () => services.savedSearches.list(),
    'savedSearches.create': (draft) => services.savedSearches.create(draft),
    'savedSearches.update': ({ id, patch }) => services.savedSearches.update(id, patch),
    'savedSearches.delete': ({ id }) => services.savedSearches.setTrashed(id, true),

    'trash.list': () => services.trash.list(),
    'trash.restore': ({ items }) => {
      const contactIds = items.filter((item) => item.entity === 'contact').map((item) => item.id);
      let count = 0;
      let changeSetId: string | null = null;
      if (contactIds.length > 0) ({ count, changeSetId } = contacts.restore(contactIds));
      for (const item of items) {
        if (item.entity === 'organization') services.organizations.setTrashed(item.id, false);
        if (item.entity === 'tag') services.tags.setTrashed(item.id, false);
        if (item.entity === 'saved_search') services.savedSearches.setTrashed(item.id, false);
        if (item.entity !== 'contact') count += 1;
      }
      return { count, changeSetId };
    },
    'trash.purge': ({ items }) => services.trash.purge(items),

    'duplicates.find': (input) => services.duplicates.findCandidates(input),
    'duplicates.preview': (input) => services.duplicates.preview(input),
    'duplicates.merge': (input) => services.duplicates.merge(input),

    'history.forRecord': ({ id, limit }) => services.history.forRecord(id, limit),
    'history.undo': ({ changeSetId }) => services.history.undo(changeSetId),
    'history.redo': () => services.history.redo(),

    'imports.inspect': ({ path, format, mapping }) => services.imports.inspect(path, format, mapping),
    'imports.run': (request) => services.imports.run(request),
    'imports.cancel': ({ taskId }) => ({ cancelled: services.imports.cancel(taskId) }),
    'imports.list': () => services.imports.list(),
    'imports.get': ({ id }) => services.imports.get(id),
    'imports.undo': ({ id }) => services.imports.undo(id),
    'imports.mappings': () => services.imports.savedMappings(),
    'imports.saveMapping': ({ name, mapping }) => services.imports.saveMapping(name, mapping),
    'imports.deleteMapping': ({ id }) => {
      services.imports.deleteMapping(id);
      return { deleted: true };
    },

    'exports.run': (request) => services.exports.run(request),

    'files.upload': (input) => services.staging.appendChunk(input),
    'files.read': ({ path, offset }) => services.staging.readChunk(path, offset),
    'files.discard': ({ path }) => {
      services.staging.discard(path);
      return { discarded: true };
    },

    'sync.exportBundle': (input) => services.sync.exportBundle(input),
    'sync.importBundle': (input) => services.sync.importBundle(input),
    'sync.peers': () => services.sync.peers(),
    'sync.conflicts': ({ includeResolved }) => services.conflicts.list({ includeResolved }),
    'sync.resolveConflict': (input) => services.conflicts.resolve(input),
    'carddav.accounts': () => services.carddav.accounts(),
    'carddav.add': (input) => services.carddav.add(input),
    'carddav.remove': async ({ id }) => ({ removed: await services.carddav.remove(id) }),
    'carddav.sync': ({ id }) => services.carddav.sync(id),

    'activities.create': (draft) => services.activities.create(draft),
    'activities.get': ({ id }) => services.activities.get(id),
    'activities.update': ({ id, patch }) => services.activities.update(id, patch),
    'activities.delete': ({ id }) => services.activities.delete(id),
    'activities.restore': ({ id }) => services.activities.restore(id),
    'activities.timeline': (input) => services.activities.timeline(input),

    'reminders.create': (draft) => services.reminders.create(draft),
    'reminders.get': ({ id }) => services.reminders.get(id),
    'reminders.list': (input) => services.reminders.list(input),
    'reminders.update': ({ id, patch }) => services.reminders.update(id, patch),
    'reminders.complete': ({ id }) => services.reminders.complete(id),
    'reminders.snooze': (input) => services.reminders.snooze(input),
    'reminders.delete': ({ id }) => services.reminders.delete(id),
    'reminders.restore': ({ id }) => services.reminders.restore(id),
    'reminders.today': (input) => services.reminders.today(input),
    'reminders.due': ({ now }) => services.reminders.due({ now }),
    'reminders.markNotified': ({ ids }) => services.reminders.markNotified(ids),
    'reminders.setCadence': (input) => services.reminders.setCadence(input),
    'reminders.cadences': () => services.reminders.cadences(),

    'stages.list': () => services.stages.list(),
    'stages.create': (draft) => services.stages.create(draft),
    'stages.rename': ({ id, name }) => services.stages.rename(id, name),
    'stages.reorder': ({ ids }) => services.stages.reorder(ids),
    'stages.delete': ({ id, moveDealsTo }) => services.stages.delete(id, moveDealsTo),

    'deals.create': (draft) => services.deals.create(draft),
    'deals.get': ({ id }) => services.deals.get(id),
    'deals.list': (input) => services.deals.list(input),
    'deals.update': ({ id, patch }) => services.deals.update(id, patch),
    'deals.move': (input) => services.deals.move(input),
    'deals.close': (input) => services.deals.close(input),
    'deals.delete': ({ id }) => services.deals.delete(id),
    'deals.restore': ({ id }) => services.deals.restore(id),

    'purchases.create': (draft) => services.purchases.create(draft),
    'purchases.get': ({ id }) => services.purchases.get(id),
    'purchases.list': (input) => services.purchases.list(input),
    'purchases.update': ({ id, patch }) => services.purchases.update(id, patch),
    'purchases.delete': ({ id }) => services.purchases.delete(id),
    'purchases.restore': ({ id }) => services.purchases.restore(id),
    'purchases.lifetimeValue': (input) => services.purchases.lifetimeValue(input),

    'insights.dashboard': (input) => services.insights.dashboard(input),
    'insights.rfm': (input) => services.insights.rfm(input),
    'insights.rfmScores': (input) => services.insights.rfmScores(input),
    'insights.pareto': (input) => services.insights.pareto(input),
    'insights.pipeline': () => services.insights.pipeline(),
    'insights.revenue': (input) => services.insights.revenue(input),

    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
  };
}
