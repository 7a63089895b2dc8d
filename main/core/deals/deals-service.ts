/**
 * Deals: create, edit, move across stages, close as won or lost, delete and restore.
 */
import {
  CloseDealInputSchema,
  DealDraftSchema,
  DealListInputSchema,
  DealPatchSchema,
  MoveDealInputSchema,
  type Deal,
  type DealDraftInput,
  type DealPatchInput,
} from '../../../shared/domain/deals';
import { RapportError } from '../../../shared/domain/errors';
import type { z } from 'zod';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { definedFields } from '../activities/defined-fields';
import { assertLiveRecord, replaceContactLinks } from '../activities/replace-links';
import type { WriteResult } from '../contacts/contacts-service';
import { write, type CoreContext } from '../context';
import { localToday } from '../reminders/user-time-zone';
import { ensureDefaultStages } from './default-stages';
import { moveDealToStage } from './move-deal';
import { listDeals, readDeal } from './read-deals';

const LINKS = { entity: 'deal_contact', ownerField: 'deal_id' } as const;

export function createDealsService(ctx: CoreContext) {
  function firstStage(outcome: 'open' | 'won' | 'lost'): string | null {
    return (
      (statement(ctx.db, 'SELECT id FROM pipeline_stages WHERE deleted_at IS NULL AND outcome = ? ORDER BY position, id LIMIT 1').pluck().get(outcome) as
        | string
        | undefined) ?? null
    );
  }

  function liveDeal(id: string): Deal {
    const deal = readDeal(ctx.db, id);
    if (deal.deletedAt) throw new RapportError('CONFLICT', `“${deal.title}” is in the trash; restore it first.`, { id });
    return deal;
  }

  function setTrashed(id: string, trashed: boolean): WriteResult<Deal> {
    const deal = readDeal(ctx.db, id);
    const { changeSetId } = write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} deal ${deal.title}`, entities: ['deals'] }, (changes) =>
      trashed ? changes.trash('deal', id) : changes.restore('deal', id),
    );
    return { value: readDeal(ctx.db, id), changeSetId };
  }

  return {
    create(input: DealDraftInput): WriteResult<Deal> {
      const draft = DealDraftSchema.parse(input);
      ensureDefaultStages(ctx);
      const stageId = draft.stageId ?? firstStage('open');
      if (!stageId) throw new RapportError('CONFLICT', 'The pipeline has no open stage to start a deal in; add one first.');
      const { result: id, changeSetId } = write(ctx, { kind: 'user', label: `Add deal ${draft.title}`, entities: ['deals'] }, (changes) => {
        assertLiveRecord(changes, 'pipeline_stage', stageId);
        if (draft.organizationId) assertLiveRecord(changes, 'organization', draft.organizationId);
        const dealId = newId();
        changes.insert('deal', {
          id: dealId,
          title: draft.title,
          amount_minor: draft.amountMinor,
          currency: draft.currency,
          stage_id: stageId,
          expected_close_on: draft.expectedCloseOn,
          organization_id: draft.organizationId,
          notes: draft.notes,
        });
        // A deal created straight into Won or Lost is closed today.
        moveDealToStage(changes, dealId, stageId, { today: localToday(ctx) });
        replaceContactLinks(changes, LINKS, dealId, draft.contactIds);
        return dealId;
      });
      return { value: readDeal(ctx.db, id), changeSetId };
    },

    get: (id: string): Deal => readDeal(ctx.db, id),

    list: (input: z.input<typeof DealListInputSchema>): Deal[] => {
      ensureDefaultStages(ctx);
      return listDeals(ctx.db, DealListInputSchema.parse(input));
    },

    update(id: string, input: DealPatchInput): WriteResult<Deal> {
      const patch = DealPatchSchema.parse(input);
      const deal = liveDeal(id);
      const { changeSetId } = write(ctx, { kind: 'user', label: `Edit deal ${deal.title}`, entities: ['deals'] }, (changes) => {
        if (patch.organizationId) assertLiveRecord(changes, 'organization', patch.organizationId);
        const changed = changes.update(
          'deal',
          id,
          definedFields({
            title: patch.title,
            amount_minor: patch.amountMinor,
            currency: patch.currency,
            expected_close_on: patch.expectedCloseOn,
            organization_id: patch.organizationId,
            notes: patch.notes,
          }),
        );
        const relinked = patch.contactIds ? replaceContactLinks(changes, LINKS, id, patch.contactIds) : [];
        if (!changed && relinked.length > 0) changes.touch('deal', id);
      });
      return { value: readDeal(ctx.db, id), changeSetId };
    },

    move(input: z.input<typeof MoveDealInputSchema>): WriteResult<Deal> {
      const { id, stageId } = MoveDealInputSchema.parse(input);
      const deal = liveDeal(id);
      const { changeSetId } = write(ctx, { kind: 'user', label: `Move deal ${deal.title}`, entities: ['deals'] }, (changes) => {
        assertLiveRecord(changes, 'pipeline_stage', stageId);
        moveDealToStage(changes, id, stageId, { today: localToday(ctx) });
      });
      return { value: readDeal(ctx.db, id), changeSetId };
    },

    /** Won or lost, with a reason; the deal moves to the first stage of that outcome when there is one. */
    close(input: z.input<typeof CloseDealInputSchema>): WriteResult<Deal> {
      const { id, outcome, reason, closedOn } = CloseDealInputSchema.parse(input);
      const deal = liveDeal(id);
      const target = firstStage(outcome);
      const { changeSetId } = write(ctx, { kind: 'user', label: `Mark deal ${deal.title} ${outcome}`, entities: ['deals'] }, (changes) => {
        const today = localToday(ctx);
        if (target) moveDealToStage(changes, id, target, { today, closedOn, reason });
        else changes.update('deal', id, { status: outcome, closed_on: closedOn ?? today, close_reason: reason });
      });
      return { value: readDeal(ctx.db, id), changeSetId };
    },

    delete: (id: string) => setTrashed(id, true),
    restore: (id: string) => setTrashed(id, false),
  };
}

export type DealsService = ReturnType<typeof createDealsService>;
