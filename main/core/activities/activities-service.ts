/**
 * Activities: log, edit, delete and restore calls, meetings, e-mails, notes, complaints
 * and feedback; read timelines. Every write also rewrites the last-contacted date of the
 * contacts it touches, inside the same change set (one undo step for both).
 */
import {
  ActivityDraftSchema,
  ActivityPatchSchema,
  TimelineInputSchema,
  type Activity,
  type ActivityDraftInput,
  type ActivityPatchInput,
  type TimelineInput,
  type TimelinePage,
} from '../../../shared/domain/activities';
import { RapportError } from '../../../shared/domain/errors';
import { newId } from '../../db/ids';
import type { WriteResult } from '../contacts/contacts-service';
import { write, type CoreContext } from '../context';
import { definedFields } from './defined-fields';
import { linkedContactIds, refreshLastContacted } from './last-contacted';
import { readActivity, readTimeline } from './read-activities';
import { assertLiveRecord, replaceContactLinks } from './replace-links';

const LINKS = { entity: 'activity_contact', ownerField: 'activity_id' } as const;

function label(kind: string, verb: string): string {
  return `${verb} ${kind}`;
}

export function createActivitiesService(ctx: CoreContext) {
  function setTrashed(id: string, trashed: boolean): WriteResult<Activity> {
    const before = readActivity(ctx.db, id);
    const { changeSetId } = write(
      ctx,
      { kind: 'user', label: label(before.kind, trashed ? 'Delete' : 'Restore'), entities: ['activities', 'contacts'] },
      (changes) => {
        const changed = trashed ? changes.trash('activity', id) : changes.restore('activity', id);
        if (changed) refreshLastContacted(changes, linkedContactIds(changes, id));
      },
    );
    return { value: readActivity(ctx.db, id), changeSetId };
  }

  return {
    create(input: ActivityDraftInput): WriteResult<Activity> {
      const draft = ActivityDraftSchema.parse(input);
      const occurredAt = draft.occurredAt ? new Date(draft.occurredAt).toISOString() : ctx.now().toISOString();
      const { result: id, changeSetId } = write(ctx, { kind: 'user', label: label(draft.kind, 'Log'), entities: ['activities', 'contacts'] }, (changes) => {
        if (draft.organizationId) assertLiveRecord(changes, 'organization', draft.organizationId);
        if (draft.dealId) assertLiveRecord(changes, 'deal', draft.dealId);
        const activityId = newId();
        changes.insert('activity', {
          id: activityId,
          kind: draft.kind,
          occurred_at: occurredAt,
          duration_minutes: draft.durationMinutes,
          outcome: draft.outcome,
          subject: draft.subject,
          body: draft.body,
          organization_id: draft.organizationId,
          deal_id: draft.dealId,
        });
        refreshLastContacted(changes, replaceContactLinks(changes, LINKS, activityId, draft.contactIds));
        return activityId;
      });
      return { value: readActivity(ctx.db, id), changeSetId };
    },

    get: (id: string): Activity => readActivity(ctx.db, id),

    update(id: string, input: ActivityPatchInput): WriteResult<Activity> {
      const patch = ActivityPatchSchema.parse(input);
      const before = readActivity(ctx.db, id);
      if (before.deletedAt) throw new RapportError('CONFLICT', 'This activity is in the trash; restore it before editing.', { id });
      const { changeSetId } = write(ctx, { kind: 'user', label: label(patch.kind ?? before.kind, 'Edit'), entities: ['activities', 'contacts'] }, (changes) => {
        if (patch.organizationId) assertLiveRecord(changes, 'organization', patch.organizationId);
        if (patch.dealId) assertLiveRecord(changes, 'deal', patch.dealId);
        const fields = definedFields({
          kind: patch.kind,
          occurred_at: patch.occurredAt === undefined ? undefined : new Date(patch.occurredAt).toISOString(),
          duration_minutes: patch.durationMinutes,
          outcome: patch.outcome,
          subject: patch.subject,
          body: patch.body,
          organization_id: patch.organizationId,
          deal_id: patch.dealId,
        });
        const fieldsChanged = changes.update('activity', id, fields);
        const relinked = patch.contactIds ? replaceContactLinks(changes, LINKS, id, patch.contactIds) : [];
        // A new time or kind can move the date of everyone linked; a new link moves only theirs.
        refreshLastContacted(changes, fieldsChanged ? [...linkedContactIds(changes, id), ...relinked] : relinked);
      });
      return { value: readActivity(ctx.db, id), changeSetId };
    },

    delete: (id: string) => setTrashed(id, true),
    restore: (id: string) => setTrashed(id, false),

    timeline(input: TimelineInput): TimelinePage {
      return readTimeline(ctx.db, TimelineInputSchema.parse(input));
    },
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
