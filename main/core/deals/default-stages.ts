/**
 * The pipeline a new database starts with. The stages get fixed ids, so two devices that
 * each set up the pipeline before they first sync make the same rows rather than two
 * pipelines; the write is a 'system' change set, never an undo step of the user's.
 */
import type { DealStatus } from '../../../shared/domain/deals';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';

export const DEFAULT_STAGES: readonly { id: string; name: string; outcome: DealStatus }[] = [
  { id: 'stage-lead', name: 'Lead', outcome: 'open' },
  { id: 'stage-qualified', name: 'Qualified', outcome: 'open' },
  { id: 'stage-proposal', name: 'Proposal', outcome: 'open' },
  { id: 'stage-negotiation', name: 'Negotiation', outcome: 'open' },
  { id: 'stage-won', name: 'Won', outcome: 'won' },
  { id: 'stage-lost', name: 'Lost', outcome: 'lost' },
];

/** Idempotent: only a database that has never had a stage (trashed ones count) gets them. */
export function ensureDefaultStages(ctx: CoreContext): void {
  const any = statement(ctx.db, 'SELECT 1 FROM pipeline_stages LIMIT 1').get();
  if (any) return;
  write(ctx, { kind: 'system', label: 'Set up the pipeline', entities: ['deals'] }, (changes) => {
    DEFAULT_STAGES.forEach((stage, position) => {
      if (!changes.read('pipeline_stage', stage.id)) changes.insert('pipeline_stage', { ...stage, position });
    });
  });
}
