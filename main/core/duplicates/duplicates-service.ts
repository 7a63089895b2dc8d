/**
 * The duplicates service: find candidate groups over the whole database, preview a merge
 * side by side with a default choice per field, and merge (one undo step).
 */
import {
  FindDuplicatesInputSchema,
  MergeInputSchema,
  MergePreviewInputSchema,
  type DuplicateScan,
  type FindDuplicatesInput,
  type MergeInput,
  type MergePreview,
  type MergePreviewInput,
  type MergeResult,
} from '../../../shared/domain/duplicates';
import { RapportError } from '../../../shared/domain/errors';
import type { CoreContext } from '../context';
import { readContact } from '../contacts/read-contact';
import { findDuplicateCandidates } from './find-candidates';
import { mergeContacts, readMergeSource } from './merge-contacts';
import { pickSurvivor, planMerge } from './merge-plan';

export function createDuplicatesService(ctx: CoreContext) {
  return {
    /** Inputs are parsed here too: the CLI and tests call services directly. */
    findCandidates(input: FindDuplicatesInput = {}): DuplicateScan {
      const { limit } = FindDuplicatesInputSchema.parse(input);
      return findDuplicateCandidates(ctx.db, { limit });
    },

    preview(input: MergePreviewInput): MergePreview {
      const { ids, survivorId: requested } = MergePreviewInputSchema.parse(input);
      if (new Set(ids).size !== ids.length) throw new RapportError('INVALID_INPUT', 'A contact appears twice in the merge.', { ids });
      if (requested && !ids.includes(requested)) throw new RapportError('INVALID_INPUT', 'The survivor must be one of the contacts.', { id: requested });
      const sources = ids.map((id) => readMergeSource(ctx, id));
      const survivorId = requested ?? pickSurvivor(sources);
      const survivor = sources.find((source) => source.id === survivorId);
      if (!survivor) throw new RapportError('INVALID_INPUT', 'The survivor must be one of the contacts.', { id: survivorId });
      const plan = planMerge(survivor, sources.filter((source) => source !== survivor), {});
      return {
        survivorId,
        contacts: ids.map((id) => readContact(ctx.db, id)),
        choices: plan.choices,
        differing: plan.differing,
        notesCombined: plan.notesCombined,
        result: plan.draft,
      };
    },

    merge(input: MergeInput): MergeResult {
      const request = MergeInputSchema.parse(input);
      const outcome = mergeContacts(ctx, request);
      return { value: readContact(ctx.db, outcome.survivorId), changeSetId: outcome.changeSetId, mergedIds: outcome.mergedIds };
    },
  };
}

export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
