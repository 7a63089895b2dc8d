/**
 * What a merge will produce, computed without writing: the preview shows it and the merge
 * writes it, so the two can never disagree. Each scalar field comes from one chosen
 * contact (by default the survivor, or the first contact that has a value when the
 * survivor's is empty); lists are united; favourite is an OR; differing notes are joined
 * unless someone chose one, so nothing typed is lost by default.
 */
import type { ContactDraft } from '../../../shared/domain/contact';
import { MERGE_FIELDS, type FieldChoices, type MergeField } from '../../../shared/domain/duplicates';
import { RapportError } from '../../../shared/domain/errors';
import { unitedLists } from './union-lists';

export interface MergeSource {
  id: string;
  draft: ContactDraft;
}

export interface MergePlan {
  draft: ContactDraft;
  /** The contact each field was taken from. */
  choices: Record<MergeField, string>;
  differing: MergeField[];
  notesCombined: boolean;
}

/** The draft keys behind each field: organization is an id and a name that travel together. */
const FIELD_KEYS: Record<MergeField, readonly (keyof ContactDraft)[]> = {
  prefix: ['prefix'], given: ['given'], middle: ['middle'], family: ['family'], suffix: ['suffix'],
  displayName: ['displayName'], nickname: ['nickname'], phoneticGiven: ['phoneticGiven'],
  phoneticMiddle: ['phoneticMiddle'], phoneticFamily: ['phoneticFamily'], birthday: ['birthday'],
  anniversary: ['anniversary'], photo: ['photo'], notes: ['notes'],
  organization: ['organizationId', 'organizationName'], title: ['title'], department: ['department'],
  favorite: ['favorite'], vcardUid: ['vcardUid'],
};

function fieldValue(draft: ContactDraft, field: MergeField): string {
  if (field === 'organization') return draft.organizationId ?? draft.organizationName.trim();
  const value = draft[field];
  if (value === null || value === false) return '';
  if (typeof value === 'string') return value.trim();
  return JSON.stringify(value);
}

/** Most filled in wins; on a tie the first given (callers pass the oldest first). */
export function pickSurvivor(sources: readonly MergeSource[]): string {
  const filled = (draft: ContactDraft): number =>
    MERGE_FIELDS.filter((field) => fieldValue(draft, field) !== '').length +
    draft.emails.length + draft.phones.length + draft.addresses.length + draft.urls.length + draft.ims.length;
  let best = sources[0];
  for (const source of sources) if (best && filled(source.draft) > filled(best.draft)) best = source;
  if (!best) throw new RapportError('INVALID_INPUT', 'A merge needs at least two contacts.');
  return best.id;
}

export function planMerge(survivor: MergeSource, merged: readonly MergeSource[], explicit: FieldChoices): MergePlan {
  const all = [survivor, ...merged];
  const byId = new Map(all.map((source) => [source.id, source]));
  const draft: ContactDraft = { ...survivor.draft };
  const choices = {} as Record<MergeField, string>;
  const differing: MergeField[] = [];
  let notesCombined = false;

  for (const field of MERGE_FIELDS) {
    const values = new Set(all.map((source) => fieldValue(source.draft, field)));
    if (values.size > 1) differing.push(field);
    const chosenId = explicit[field];
    let chosen: MergeSource | undefined;
    if (chosenId !== undefined) {
      chosen = byId.get(chosenId);
      if (!chosen) throw new RapportError('INVALID_INPUT', `The choice for ${field} names a contact that is not in the merge.`, { field, id: chosenId });
    } else if (field === 'favorite') {
      chosen = all.find((source) => source.draft.favorite) ?? survivor;
    } else {
      chosen = all.find((source) => fieldValue(source.draft, field) !== '') ?? survivor;
    }
    choices[field] = chosen.id;
    for (const key of FIELD_KEYS[field]) Object.assign(draft, { [key]: chosen.draft[key] });

    if (field === 'notes' && chosenId === undefined) {
      const distinct = [...new Set(all.map((source) => source.draft.notes.trim()).filter(Boolean))];
      if (distinct.length > 1) {
        draft.notes = distinct.join('\n\n');
        notesCombined = true;
      }
    }
  }

  const groupIds = new Set(all.map((source) => source.id));
  Object.assign(draft, unitedLists(survivor.draft, merged.map((source) => source.draft), groupIds));
  return { draft, choices, differing, notesCombined };
}
