/**
 * The contact as Rapport models it. These zod schemas are the single source of truth:
 * the API contract validates with them, the editor's forms validate with them, and the
 * importers produce `ContactDraft` values that must pass them.
 *
 * Pure TypeScript: no node:*, electron, react or DOM imports (shared/ rule).
 */
import { z } from 'zod';
import { PartialDateSchema } from './partial-date';

/** Text fields are bounded so a hostile file cannot make one row gigantic. */
export const SHORT_TEXT_MAX = 1_000;
export const LONG_TEXT_MAX = 200_000;
/** Photos are stored as blobs; larger ones are refused by the API and cut by importers. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const shortText = z.string().max(SHORT_TEXT_MAX);
const label = z.string().max(64).default('');

export const EmailSchema = z.object({
  id: z.string().optional(),
  label,
  address: z.string().trim().min(1).max(320),
  primary: z.boolean().default(false),
});

export const PhoneSchema = z.object({
  id: z.string().optional(),
  label,
  /** Exactly as the user typed or the file carried it. */
  number: z.string().trim().min(1).max(100),
  /** Normalised E.164 (+15551234567) where the country is known; computed by the service. */
  e164: z.string().nullable().optional(),
  primary: z.boolean().default(false),
});

export const AddressSchema = z.object({
  id: z.string().optional(),
  label,
  street: shortText.default(''),
  extended: shortText.default(''),
  poBox: shortText.default(''),
  city: shortText.default(''),
  region: shortText.default(''),
  postalCode: shortText.default(''),
  country: shortText.default(''),
  primary: z.boolean().default(false),
});

export const UrlSchema = z.object({
  id: z.string().optional(),
  label,
  url: z.string().trim().min(1).max(2_000),
  primary: z.boolean().default(false),
});

export const InstantMessagingSchema = z.object({
  id: z.string().optional(),
  label,
  /** skype, xmpp, telegram, whatsapp, signal, … or a URI scheme; free text. */
  service: z.string().max(64).default(''),
  handle: z.string().trim().min(1).max(SHORT_TEXT_MAX),
  primary: z.boolean().default(false),
});

export const RelatedPersonSchema = z.object({
  id: z.string().optional(),
  /** spouse, child, assistant, manager, … (Apple's _$!<Spouse>!$_ becomes "Spouse"). */
  label,
  name: z.string().max(SHORT_TEXT_MAX).default(''),
  /** Set when the related person is also a contact here. */
  contactId: z.string().nullable().default(null),
});

export const CustomFieldSchema = z.object({
  label: z.string().trim().min(1).max(200),
  value: z.string().max(LONG_TEXT_MAX).default(''),
});

export const PhotoSchema = z.object({
  mediaType: z.string().max(100).default('image/jpeg'),
  /** Base64 of the image bytes; bounded by PHOTO_MAX_BYTES once decoded. */
  base64: z
    .string()
    .max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'photo must be base64'),
});

/**
 * A vCard property Rapport does not model, kept verbatim (unfolded, as read) so that an
 * export can write it back. `line` is a whole content line: `[group.]NAME[;params]:value`.
 */
export const VcardExtraSchema = z.object({
  line: z.string().min(1).max(LONG_TEXT_MAX),
});

/**
 * The editable fields of a contact, without defaults. Kept apart from the draft so that a
 * patch schema can be made from it: zod applies a default even inside `.optional()`, and a
 * patch that filled every missing field with its default would wipe the contact.
 */
const contactFields = {
  prefix: shortText,
  given: shortText,
  middle: shortText,
  family: shortText,
  suffix: shortText,
  /** Empty means "derive it from the name parts, organization, email or phone". */
  displayName: shortText,
  nickname: shortText,
  phoneticGiven: shortText,
  phoneticMiddle: shortText,
  phoneticFamily: shortText,
  birthday: PartialDateSchema.nullable(),
  anniversary: PartialDateSchema.nullable(),
  photo: PhotoSchema.nullable(),
  notes: z.string().max(LONG_TEXT_MAX),
  /** Organization by name: found case-insensitively or created. Ignored when organizationId is set. */
  organizationName: shortText,
  organizationId: z.string().nullable(),
  title: shortText,
  department: shortText,
  customFields: z.array(CustomFieldSchema).max(200),
  favorite: z.boolean(),
  vcardUid: z.string().max(SHORT_TEXT_MAX).nullable(),
  emails: z.array(EmailSchema).max(100),
  phones: z.array(PhoneSchema).max(100),
  addresses: z.array(AddressSchema).max(50),
  urls: z.array(UrlSchema).max(100),
  ims: z.array(InstantMessagingSchema).max(100),
  related: z.array(RelatedPersonSchema).max(100),
  /** Tag names; created when missing. */
  tags: z.array(z.string().trim().min(1).max(100)).max(200),
  vcardExtras: z.array(VcardExtraSchema).max(1_000),
};
type ContactFields = typeof contactFields;

const CONTACT_DEFAULTS: { [K in keyof ContactFields]: z.output<ContactFields[K]> } = {
  prefix: '', given: '', middle: '', family: '', suffix: '', displayName: '', nickname: '',
  phoneticGiven: '', phoneticMiddle: '', phoneticFamily: '', birthday: null, anniversary: null, photo: null,
  notes: '', organizationName: '', organizationId: null, title: '', department: '', customFields: [],
  favorite: false, vcardUid: null, emails: [], phones: [], addresses: [], urls: [], ims: [], related: [],
  tags: [], vcardExtras: [],
};

function withDefaults<S extends Record<string, z.ZodType>>(
  shape: S,
  defaults: { [K in keyof S]: z.output<S[K]> },
): { [K in keyof S]: z.ZodDefault<S[K]> } {
  // Arrays are copied per parse by zod's default(), so no draft shares a list with another.
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema.default(defaults[key] as never)]),
  ) as { [K in keyof S]: z.ZodDefault<S[K]> };
}

/** What a person (the editor) or a program (an importer) submits to create a contact. */
export const ContactDraftSchema = z.object(withDefaults(contactFields, CONTACT_DEFAULTS));
export type ContactDraft = z.output<typeof ContactDraftSchema>;
export type ContactDraftInput = z.input<typeof ContactDraftSchema>;

/**
 * A partial update. Fields present are replaced; a list present replaces the whole list
 * (rows keep their ids where the caller passes them, or where the value is unchanged).
 * Fields absent stay as they are.
 */
export const ContactPatchSchema = z.object(contactFields).partial().strict();
export type ContactPatch = z.output<typeof ContactPatchSchema>;
export type ContactPatchInput = z.input<typeof ContactPatchSchema>;

/** A draft with nothing in it, for forms and importers to fill. */
export function emptyContactDraft(): ContactDraft {
  return ContactDraftSchema.parse({});
}

export const TagRefSchema = z.object({ id: z.string(), name: z.string(), color: z.string().nullable() });
export type TagRef = z.infer<typeof TagRefSchema>;

/** A stored contact, as read back. */
export const ContactSchema = ContactDraftSchema.omit({ tags: true, organizationName: true }).extend({
  id: z.string(),
  displayName: z.string(),
  organizationName: z.string(),
  emails: z.array(EmailSchema.required({ id: true })),
  phones: z.array(PhoneSchema.required({ id: true })),
  addresses: z.array(AddressSchema.required({ id: true })),
  urls: z.array(UrlSchema.required({ id: true })),
  ims: z.array(InstantMessagingSchema.required({ id: true })),
  related: z.array(RelatedPersonSchema.required({ id: true })),
  tags: z.array(TagRefSchema),
  lastContactedAt: z.string().nullable(),
  importId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Contact = z.output<typeof ContactSchema>;

/** One row of a list or search result: what the list pane needs, nothing heavier. */
export const ContactSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  organizationName: z.string(),
  title: z.string(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  favorite: z.boolean(),
  hasPhoto: z.boolean(),
  lastContactedAt: z.string().nullable(),
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ContactSummary = z.infer<typeof ContactSummarySchema>;
