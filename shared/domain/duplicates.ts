/**
 * Duplicate finding and merging: what the finder reports, what a merge preview shows and
 * what a merge takes. The API contract, the CLI and the renderer share these schemas.
 */
import { z } from 'zod';
import { ContactDraftSchema, ContactSchema } from './contact';

const id = z.string().min(1).max(200);

/** Why two contacts look like one person. `detail` is for people: the shared address, the two names… */
export const MatchReasonKindSchema = z.enum(['email', 'phone', 'name', 'similar-name', 'organization']);
export type MatchReasonKind = z.infer<typeof MatchReasonKindSchema>;

export const MatchReasonSchema = z.object({ kind: MatchReasonKindSchema, detail: z.string() });
export type MatchReason = z.infer<typeof MatchReasonSchema>;

export const DuplicatePairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** 0..1; pairs below the finder's threshold are not reported. */
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

export const DuplicateGroupSchema = z.object({
  contacts: z.array(z.object({ id: z.string(), displayName: z.string() })),
  /** The strongest pair in the group. */
  score: z.number(),
  pairs: z.array(DuplicatePairSchema),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroupSchema>;

export const BlockingKeyKindSchema = z.enum(['email', 'phone', 'full-name', 'family-initial', 'phonetic']);
export type BlockingKeyKind = z.infer<typeof BlockingKeyKindSchema>;

/** A block too big to compare: many people sharing "Smith|j" is no evidence they are one. */
export const SkippedBlockSchema = z.object({ kind: BlockingKeyKindSchema, key: z.string(), size: z.number().int() });
export type SkippedBlock = z.infer<typeof SkippedBlockSchema>;

export const FindDuplicatesInputSchema = z
  .object({ limit: z.number().int().min(1).max(10_000).default(200) })
  .strict();
export type FindDuplicatesInput = z.input<typeof FindDuplicatesInputSchema>;

export const DuplicateScanSchema = z.object({
  groups: z.array(DuplicateGroupSchema),
  /** Groups found before `limit` cut the list. */
  totalGroups: z.number().int(),
  scannedContacts: z.number().int(),
  comparedPairs: z.number().int(),
  blockCap: z.number().int(),
  /** The largest skipped blocks (at most 100), and how many there were in all. */
  skippedBlocks: z.array(SkippedBlockSchema),
  skippedBlockCount: z.number().int(),
});
export type DuplicateScan = z.infer<typeof DuplicateScanSchema>;

/** The fields a merge takes from one chosen contact. Lists are never chosen: they are united. */
export const MERGE_FIELDS = [
  'prefix', 'given', 'middle', 'family', 'suffix', 'displayName', 'nickname',
  'phoneticGiven', 'phoneticMiddle', 'phoneticFamily', 'birthday', 'anniversary', 'photo', 'notes',
  'organization', 'title', 'department', 'favorite', 'vcardUid',
] as const;
export const MergeFieldSchema = z.enum(MERGE_FIELDS);
export type MergeField = z.infer<typeof MergeFieldSchema>;

/** Field → the id of the contact whose value wins. Fields left out take the default choice. */
export const FieldChoicesSchema = z.partialRecord(MergeFieldSchema, id);
export type FieldChoices = z.infer<typeof FieldChoicesSchema>;

export const MergeInputSchema = z
  .object({
    survivorId: id,
    mergedIds: z.array(id).min(1).max(50),
    fieldChoices: FieldChoicesSchema.default({}),
  })
  .strict();
export type MergeInput = z.input<typeof MergeInputSchema>;

export const MergePreviewInputSchema = z
  .object({
    ids: z.array(id).min(2).max(51),
    /** Defaults to the contact with the most filled in (the oldest on a tie). */
    survivorId: id.optional(),
  })
  .strict();
export type MergePreviewInput = z.input<typeof MergePreviewInputSchema>;

export const MergePreviewSchema = z.object({
  survivorId: z.string(),
  contacts: z.array(ContactSchema),
  /** The default choice for every field: what merge does when fieldChoices leaves it out. */
  choices: z.record(MergeFieldSchema, z.string()),
  /** Fields whose values differ between the contacts: the ones worth asking about. */
  differing: z.array(MergeFieldSchema),
  /** True when differing notes will be joined rather than one of them chosen. */
  notesCombined: z.boolean(),
  /** The survivor as it will be after the merge with the default choices. */
  result: ContactDraftSchema,
});
export type MergePreview = z.infer<typeof MergePreviewSchema>;

export const MergeResultSchema = z.object({
  value: ContactSchema,
  changeSetId: z.string().nullable(),
  mergedIds: z.array(z.string()),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;

/** For the importer: an existing contact an incoming card probably is, and the rule that said so. */
export const DraftMatchRuleSchema = z.enum(['uid', 'email', 'phone', 'name']);
export type DraftMatchRule = z.infer<typeof DraftMatchRuleSchema>;

export const DraftMatchSchema = z.object({
  contactId: z.string(),
  rule: DraftMatchRuleSchema,
  detail: z.string(),
  score: z.number(),
});
export type DraftMatch = z.infer<typeof DraftMatchSchema>;
