/**
 * A deal's status follows its stage's outcome: landing in a won or lost stage closes it
 * (closed today unless a date is given), landing in an open stage reopens it and forgets
 * the closing date and reason.
 */
import type { ChangeSet } from '../../db/change-set';

export interface MoveOptions {
  today: string;
  closedOn?: string | undefined;
  reason?: string | undefined;
}

export function moveDealToStage(changes: ChangeSet, dealId: string, stageId: string, options: MoveOptions): boolean {
  const deal = changes.read('deal', dealId)!;
  const stage = changes.read('pipeline_stage', stageId)!;
  const outcome = stage.outcome as 'open' | 'won' | 'lost';
  if (outcome === 'open') {
    return changes.update('deal', dealId, { stage_id: stageId, status: 'open', closed_on: null, close_reason: '' });
  }
  const stayingClosed = deal.status === outcome;
  return changes.update('deal', dealId, {
    stage_id: stageId,
    status: outcome,
    closed_on: options.closedOn ?? (stayingClosed && deal.closed_on ? deal.closed_on : options.today),
    close_reason: options.reason ?? (stayingClosed ? (deal.close_reason ?? '') : ''),
  });
}
