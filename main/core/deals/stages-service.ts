/**
 * Pipeline stages: list, add, rename, reorder, delete. The order is the `position` column,
 * rewritten for every stage on reorder (there are a handful, so no fractional tricks).
 */
import type { DealStatus, Stage } from '../../../shared/domain/deals';
import { RapportError } from '../../../shared/domain/errors';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { assertLiveRecord } from '../activities/replace-links';
import { write, type CoreContext } from '../context';
import { localToday } from '../reminders/user-time-zone';
import { ensureDefaultStages } from './default-stages';
import { moveDealToStage } from './move-deal';

interface StageRow {
  id: string;
  name: string;
  position: number;
  outcome: DealStatus;
  open_deals: number;
}

const SELECT = `SELECT s.id, s.name, s.position, s.outcome,
  (SELECT count(*) FROM deals d WHERE d.stage_id = s.id AND d.deleted_at IS NULL AND d.status = 'open') AS open_deals
  FROM pipeline_stages s`;

const toStage = (row: StageRow): Stage => ({ id: row.id, name: row.name, position: row.position, outcome: row.outcome, openDeals: row.open_deals });

export function createStagesService(ctx: CoreContext) {
  function get(id: string): Stage {
    const row = statement(ctx.db, `${SELECT} WHERE s.id = ?`).get(id) as StageRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no stage with id ${id}.`, { id });
    return toStage(row);
  }

  function list(): Stage[] {
    ensureDefaultStages(ctx);
    return (statement(ctx.db, `${SELECT} WHERE s.deleted_at IS NULL ORDER BY s.position, s.id`).all() as StageRow[]).map(toStage);
  }

  return {
    list,
    get,

    create(input: { name: string; outcome: DealStatus }): Stage {
      ensureDefaultStages(ctx);
      const { result: id } = write(ctx, { kind: 'user', label: `Add stage ${input.name}`, entities: ['deals'] }, (changes) => {
        const last = statement(ctx.db, 'SELECT max(position) FROM pipeline_stages WHERE deleted_at IS NULL').pluck().get() as number | null;
        const stageId = newId();
        changes.insert('pipeline_stage', { id: stageId, name: input.name, outcome: input.outcome, position: (last ?? -1) + 1 });
        return stageId;
      });
      return get(id);
    },

    rename(id: string, name: string): Stage {
      write(ctx, { kind: 'user', label: `Rename stage ${get(id).name}`, entities: ['deals'] }, (changes) => {
        assertLiveRecord(changes, 'pipeline_stage', id);
        changes.update('pipeline_stage', id, { name });
      });
      return get(id);
    },

    /** `ids` is every live stage, in the new order. */
    reorder(ids: readonly string[]): Stage[] {
      const current = list().map((stage) => stage.id);
      if (ids.length !== current.length || new Set(ids).size !== ids.length || !ids.every((id) => current.includes(id))) {
        throw new RapportError('INVALID_INPUT', 'Give every stage of the pipeline exactly once, in the new order.', { field: 'ids', expected: current });
      }
      write(ctx, { kind: 'user', label: 'Reorder stages', entities: ['deals'] }, (changes) => {
        ids.forEach((id, position) => changes.update('pipeline_stage', id, { position }));
      });
      return list();
    },

    /** A stage holding deals is deleted only when they have somewhere else to go. */
    delete(id: string, moveDealsTo?: string): { count: number; changeSetId: string | null } {
      const stage = get(id);
      const { result, changeSetId } = write(ctx, { kind: 'user', label: `Delete stage ${stage.name}`, entities: ['deals'] }, (changes) => {
        assertLiveRecord(changes, 'pipeline_stage', id);
        const live = statement(ctx.db, 'SELECT count(*) FROM pipeline_stages WHERE deleted_at IS NULL').pluck().get() as number;
        if (live <= 1) throw new RapportError('CONFLICT', 'The pipeline needs at least one stage.', { id });
        const deals = statement(ctx.db, 'SELECT id FROM deals WHERE stage_id = ? AND deleted_at IS NULL').pluck().all(id) as string[];
        if (deals.length > 0) {
          if (!moveDealsTo || moveDealsTo === id) {
            throw new RapportError('CONFLICT', `${stage.name} holds ${deals.length} deal(s); say which stage they move to.`, { id, deals: deals.length });
          }
          assertLiveRecord(changes, 'pipeline_stage', moveDealsTo);
          for (const dealId of deals) moveDealToStage(changes, dealId, moveDealsTo, { today: localToday(ctx) });
        }
        changes.trash('pipeline_stage', id);
        return deals.length;
      });
      return { count: result, changeSetId };
    },
  };
}

export type StagesService = ReturnType<typeof createStagesService>;
