/**
 * Purchases and money. Amounts are integers in the currency's minor unit (cents), so
 * totals are exact; a quantity may be fractional (1.5 hours), and each line is rounded to
 * a whole minor unit once. Totals in different currencies are never added together.
 */
import { z } from 'zod';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR, RON or USD');

/** ISO 4217 currencies whose minor unit is not the usual hundredth. */
const ZERO_DECIMAL = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'] as const;
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'] as const;

/** How many digits the minor unit has: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  if ((ZERO_DECIMAL as readonly string[]).includes(currency)) return 0;
  if ((THREE_DECIMAL as readonly string[]).includes(currency)) return 3;
  return 2;
}

/** The SQL CASE giving 10^digits for a currency column, from the same lists as above. */
export function minorUnitFactorSql(column: string): string {
  const list = (codes: readonly string[]): string => codes.map((code) => `'${code}'`).join(', ');
  return `(CASE WHEN ${column} IN (${list(ZERO_DECIMAL)}) THEN 1 WHEN ${column} IN (${list(THREE_DECIMAL)}) THEN 1000 ELSE 100 END)`;
}

/** A line's amount: quantity × unit price, rounded half away from zero to a whole minor unit. */
export function lineTotalMinor(quantity: number, unitPriceMinor: number): number {
  return Math.sign(quantity * unitPriceMinor) * Math.round(Math.abs(quantity * unitPriceMinor));
}

export const MoneySchema = z.object({ currency: z.string(), amountMinor: z.number().int() });
export type Money = z.infer<typeof MoneySchema>;

export const PurchaseItemSchema = z.object({
  description: z.string().trim().min(1).max(1_000),
  quantity: z.number().positive().max(1_000_000_000).default(1),
  unitPriceMinor: z.number().int().min(-1_000_000_000_000).max(1_000_000_000_000),
});

const purchaseFields = {
  contactId: z.string().min(1).max(200).nullable(),
  organizationId: z.string().min(1).max(200).nullable(),
  dealId: z.string().min(1).max(200).nullable(),
  /** The calendar date of the purchase. */
  purchasedOn: z.iso.date(),
  currency: CurrencySchema,
  notes: z.string().max(200_000),
  items: z.array(PurchaseItemSchema).min(1).max(1_000),
};

export const PurchaseDraftSchema = z
  .object({
    ...purchaseFields,
    contactId: purchaseFields.contactId.default(null),
    organizationId: purchaseFields.organizationId.default(null),
    dealId: purchaseFields.dealId.default(null),
    notes: purchaseFields.notes.default(''),
  })
  .strict()
  .refine((draft) => draft.contactId !== null || draft.organizationId !== null, { message: 'a purchase belongs to a contact or an organization' });
export type PurchaseDraftInput = z.input<typeof PurchaseDraftSchema>;

/** items, when given, replace the lines. */
export const PurchasePatchSchema = z.object(purchaseFields).partial().strict();
export type PurchasePatchInput = z.input<typeof PurchasePatchSchema>;

export const PurchaseSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  dealId: z.string().nullable(),
  purchasedOn: z.string(),
  currency: z.string(),
  totalMinor: z.number().int(),
  notes: z.string(),
  items: z.array(
    z.object({ id: z.string(), description: z.string(), quantity: z.number(), unitPriceMinor: z.number().int(), totalMinor: z.number().int() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Purchase = z.infer<typeof PurchaseSchema>;

export const PurchaseListInputSchema = z
  .object({
    contactId: z.string().min(1).max(200).optional(),
    organizationId: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(1_000).default(200),
  })
  .strict();

export const LifetimeValueInputSchema = z
  .object({ contactId: z.string().min(1).max(200).optional(), organizationId: z.string().min(1).max(200).optional() })
  .strict()
  .refine((input) => (input.contactId === undefined) !== (input.organizationId === undefined), { message: 'give contactId or organizationId (one of them)' });

/** One row per currency: mixed currencies are reported side by side, never summed. */
export const LifetimeValueSchema = z.array(
  z.object({ currency: z.string(), totalMinor: z.number().int(), purchases: z.number().int(), firstOn: z.string(), lastOn: z.string() }),
);
export type LifetimeValue = z.infer<typeof LifetimeValueSchema>;

/** `123456, 'EUR'` → `1234.56 EUR`, from the integer (no float rounding on the way). */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return `${sign}${major} ${currency}`;
}
