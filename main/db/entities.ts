/**
 * The tables whose rows are tracked field by field in the change log. Undo, history and
 * sync all work through this one registry, so a new table is tracked by adding it here.
 */
export interface EntityDefinition {
  table: string;
  /** Columns recorded in the change log (everything a peer needs to rebuild the row). */
  fields: readonly string[];
  /** Rows of soft entities go to the trash (deleted_at) rather than away. */
  soft: boolean;
  /** For child rows: the field naming the record they belong to (history is shown per owner). */
  owner?: string;
}

/** updated_at is tracked too, so reversing a change (undo, cancelled import) restores it exactly. */
const timestamps = ['created_at', 'updated_at', 'deleted_at'] as const;

export const ENTITIES = {
  contact: {
    table: 'contacts',
    soft: true,
    fields: [
      'prefix', 'given', 'middle', 'family', 'suffix', 'display_name', 'display_name_set', 'sort_key',
      'nickname', 'phonetic_given', 'phonetic_middle', 'phonetic_family', 'birthday', 'anniversary',
      'photo', 'photo_type', 'notes', 'organization_id', 'title', 'department', 'custom_fields', 'favorite',
      'vcard_uid', 'last_contacted_at', 'stay_in_touch_days', 'import_id', ...timestamps,
    ],
  },
  contact_email: {
    table: 'contact_emails', owner: 'contact_id',
    soft: false,
    fields: ['contact_id', 'position', 'label', 'address', 'address_key', 'is_primary'],
  },
  contact_phone: {
    table: 'contact_phones', owner: 'contact_id',
    soft: false,
    fields: ['contact_id', 'position', 'label', 'number', 'e164', 'digits', 'is_primary'],
  },
  contact_address: {
    table: 'contact_addresses', owner: 'contact_id',
    soft: false,
    fields: ['contact_id', 'position', 'label', 'street', 'extended', 'po_box', 'city', 'region', 'postal_code', 'country', 'is_primary'],
  },
  contact_url: { table: 'contact_urls', owner: 'contact_id', soft: false, fields: ['contact_id', 'position', 'label', 'url', 'is_primary'] },
  contact_im: { table: 'contact_ims', owner: 'contact_id', soft: false, fields: ['contact_id', 'position', 'label', 'service', 'handle', 'is_primary'] },
  contact_related: {
    table: 'contact_related', owner: 'contact_id',
    soft: false,
    fields: ['contact_id', 'position', 'label', 'name', 'related_contact_id'],
  },
  contact_vcard_extra: { table: 'contact_vcard_extras', owner: 'contact_id', soft: false, fields: ['contact_id', 'position', 'line'] },
  contact_tag: { table: 'contact_tags', owner: 'contact_id', soft: false, fields: ['contact_id', 'tag_id'] },
  organization: { table: 'organizations', soft: true, fields: ['name', 'name_key', 'domain', 'notes', ...timestamps] },
  tag: { table: 'tags', soft: true, fields: ['name', 'name_key', 'color', 'stay_in_touch_days', ...timestamps] },
  saved_search: { table: 'saved_searches', soft: true, fields: ['name', 'query', 'position', ...timestamps] },
  csv_mapping: { table: 'csv_mappings', soft: true, fields: ['name', 'mapping', ...timestamps] },
  pipeline_stage: { table: 'pipeline_stages', soft: true, fields: ['name', 'position', 'outcome', ...timestamps] },
  deal: {
    table: 'deals',
    soft: true,
    fields: [
      'title', 'amount_minor', 'currency', 'stage_id', 'status', 'close_reason', 'expected_close_on', 'closed_on',
      'organization_id', 'notes', ...timestamps,
    ],
  },
  deal_contact: { table: 'deal_contacts', owner: 'deal_id', soft: false, fields: ['deal_id', 'contact_id'] },
  activity: {
    table: 'activities',
    soft: true,
    fields: ['kind', 'occurred_at', 'duration_minutes', 'outcome', 'subject', 'body', 'organization_id', 'deal_id', ...timestamps],
  },
  activity_contact: { table: 'activity_contacts', owner: 'activity_id', soft: false, fields: ['activity_id', 'contact_id'] },
  reminder: {
    table: 'reminders',
    soft: true,
    fields: [
      'title', 'notes', 'due_at', 'all_day', 'recurrence', 'snoozed_until', 'done_at', 'notified_at', 'source',
      'contact_id', 'deal_id', 'time_zone', 'series_start', 'occurrence', ...timestamps,
    ],
  },
  purchase: {
    table: 'purchases',
    soft: true,
    fields: ['contact_id', 'organization_id', 'deal_id', 'purchased_on', 'currency', 'total_minor', 'notes', ...timestamps],
  },
  purchase_item: {
    table: 'purchase_items', owner: 'purchase_id',
    soft: false,
    fields: ['purchase_id', 'position', 'description', 'quantity', 'unit_price_minor'],
  },
} as const satisfies Record<string, EntityDefinition>;

export type EntityName = keyof typeof ENTITIES;

export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(ENTITIES, name);
}

/** The pseudo-field that records a row coming into being ('present') or going away (null). */
export const ROW_FIELD = '_row';
