/**
 * Merging contacts into one, as one change set: the survivor takes the chosen fields and
 * every list entry of the others, everything that pointed at the others points at it, and
 * the others go to the trash (not away: the trash can show them and restore them). One
 * change set means one undo step puts all of it back.
 *
 * CardDAV items are not moved: carddav_items is not a change-logged table, so moving its
 * rows could not be undone. A merged contact's server card stays tied to the trashed
 * contact, and sync treats it as a deletion, which is what the merge means on the server.
 */
import { ContactDraftSchema, type ContactDraft } from '../../../shared/domain/contact';
import { type FieldChoices, type MergeField } from '../../../shared/domain/duplicates';
import { RapportError } from '../../../shared/domain/errors';
import type { ChangeSet } from '../../db/change-set';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { deriveDisplayName } from '../contacts/display-name';
import { readContactDraft } from '../contacts/read-contact';
import { updateContact } from '../contacts/write-contact';
import { reindexContact } from '../search/search-index';
import { readSettings } from '../settings/settings-service';
import { planMerge, type MergeSource } from './merge-plan';
import { repointLinks, type MovedCounts } from './repoint-links';

const DRAFT_KEYS = Object.keys(ContactDraftSchema.shape) as (keyof ContactDraft)[];

export interface MergeRequest {
  survivorId: string;
  mergedIds: readonly string[];
  fieldChoices: FieldChoices;
}

export interface MergeOutcome {
  survivorId: string;
  mergedIds: string[];
  choices: Record<MergeField, string>;
  moved: MovedCounts;
  changeSetId: string | null;
}

/** Reads a live contact as a merge source; trashed or missing contacts cannot be merged. */
export function readMergeSource(ctx: CoreContext, id: string): MergeSource {
  const row = statement(ctx.db, 'SELECT deleted_at FROM contacts WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (!row) throw new RapportError('NOT_FOUND', `There is no contact with id ${id}.`, { id });
  if (row.deleted_at !== null) throw new RapportError('CONFLICT', 'A contact in the trash cannot be merged; restore it first.', { id });
  // Only the draft's own keys: the read carries id, timestamps and the like as well.
  const stored = readContactDraft(ctx.db, id);
  const draft = Object.fromEntries(DRAFT_KEYS.map((key) => [key, stored[key]])) as ContactDraft;
  // A contact whose organization was trashed keeps the name: the write would refuse the id.
  if (draft.organizationId) {
    const organization = statement(ctx.db, 'SELECT deleted_at FROM organizations WHERE id = ?').get(draft.organizationId) as
      | { deleted_at: string | null }
      | undefined;
    if (!organization || organization.deleted_at !== null) draft.organizationId = null;
  }
  return { id, draft };
}

function validate(request: MergeRequest): void {
  const ids = [request.survivorId, ...request.mergedIds];
  if (request.mergedIds.length === 0) throw new RapportError('INVALID_INPUT', 'Name at least one contact to merge into the survivor.');
  if (new Set(ids).size !== ids.length) {
    throw new RapportError('INVALID_INPUT', 'A contact appears twice in the merge (or is both survivor and merged).', { ids });
  }
}

function mergedName(draft: ContactDraft): string {
  return draft.displayName.trim() || deriveDisplayName(draft, draft.organizationName) || 'contact';
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function mergeContacts(ctx: CoreContext, request: MergeRequest): MergeOutcome {
  validate(request);
  const survivor = readMergeSource(ctx, request.survivorId);
  const merged = request.mergedIds.map((id) => readMergeSource(ctx, id));
  const plan = planMerge(survivor, merged, request.fieldChoices);
  const groupIds = new Set([survivor.id, ...merged.map((source) => source.id)]);
  const label = `Merge ${groupIds.size} contacts into ${mergedName(plan.draft)}`;
  const options = { defaultCountry: readSettings(ctx).defaultCountry };

  const { result: moved, changeSetId } = write(
    ctx,
    { kind: 'user', label, entities: ['contacts', 'organizations', 'tags', 'activities', 'deals', 'reminders', 'purchases'] },
    (changes: ChangeSet) => {
      const totals: MovedCounts = { activities: 0, deals: 0, reminders: 0, purchases: 0, related: 0 };
      for (const source of merged) {
        const counts = repointLinks(changes, survivor.id, source.id, groupIds);
        for (const key of Object.keys(totals) as (keyof MovedCounts)[]) totals[key] += counts[key];
      }
      updateContact(changes, survivor.id, plan.draft, options);
      // Fields outside the draft: the latest contact date and a cadence the survivor lacks.
      const rows = merged.map((source) => changes.read('contact', source.id));
      const survivorRow = changes.read('contact', survivor.id);
      let lastContacted = typeof survivorRow?.last_contacted_at === 'string' ? survivorRow.last_contacted_at : '';
      let cadence = survivorRow?.stay_in_touch_days ?? null;
      for (const row of rows) {
        if (typeof row?.last_contacted_at === 'string') lastContacted = laterOf(lastContacted, row.last_contacted_at);
        cadence ??= row?.stay_in_touch_days ?? null;
      }
      changes.update('contact', survivor.id, { last_contacted_at: lastContacted, stay_in_touch_days: cadence });
      for (const source of merged) {
        changes.trash('contact', source.id);
        reindexContact(changes.db, source.id);
      }
      reindexContact(changes.db, survivor.id);
      return totals;
    },
  );
  return { survivorId: survivor.id, mergedIds: [...request.mergedIds], choices: plan.choices, moved, changeSetId };
}
