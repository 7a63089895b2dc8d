/**
 * Purchases on a contact or an organization, with their lines. The purchase's total is
 * kept in `total_minor`, rewritten from the lines in the same change set, so revenue
 * figures read one column.
 */
import { RapportError } from '../../../shared/domain/errors';
import {
  LifetimeValueInputSchema,
  PurchaseDraftSchema,
  PurchaseListInputSchema,
  PurchasePatchSchema,
  lineTotalMinor,
  type LifetimeValue,
  type Purchase,
  type PurchaseDraftInput,
  type PurchasePatchInput,
} from '../../../shared/domain/purchases';
import type { z } from 'zod';
import type { ChangeSet } from '../../db/change-set';
import { newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { definedFields } from '../activities/defined-fields';
import { assertLiveRecord } from '../activities/replace-links';
import type { WriteResult } from '../contacts/contacts-service';
import { write, type CoreContext } from '../context';
import { lifetimeValue, listPurchases, readPurchase } from './read-purchases';

type Item = z.output<typeof PurchaseDraftSchema>['items'][number];

function writeItems(changes: ChangeSet, purchaseId: string, items: readonly Item[]): number {
  const old = statement(changes.db, 'SELECT id FROM purchase_items WHERE purchase_id = ?').pluck().all(purchaseId) as string[];
  for (const id of old) changes.remove('purchase_item', id);
  items.forEach((item, position) =>
    changes.insert('purchase_item', {
      id: newId(),
      purchase_id: purchaseId,
      position,
      description: item.description,
      quantity: item.quantity,
      unit_price_minor: item.unitPriceMinor,
    }),
  );
  return items.reduce((total, item) => total + lineTotalMinor(item.quantity, item.unitPriceMinor), 0);
}

function assertLinks(changes: ChangeSet, links: { contactId?: string | null | undefined; organizationId?: string | null | undefined; dealId?: string | null | undefined }): void {
  if (links.contactId) assertLiveRecord(changes, 'contact', links.contactId);
  if (links.organizationId) assertLiveRecord(changes, 'organization', links.organizationId);
  if (links.dealId) assertLiveRecord(changes, 'deal', links.dealId);
}

export function createPurchasesService(ctx: CoreContext) {
  function setTrashed(id: string, trashed: boolean): WriteResult<Purchase> {
    readPurchase(ctx.db, id);
    const { changeSetId } = write(ctx, { kind: 'user', label: `${trashed ? 'Delete' : 'Restore'} purchase`, entities: ['purchases'] }, (changes) =>
      trashed ? changes.trash('purchase', id) : changes.restore('purchase', id),
    );
    return { value: readPurchase(ctx.db, id), changeSetId };
  }

  return {
    create(input: PurchaseDraftInput): WriteResult<Purchase> {
      const draft = PurchaseDraftSchema.parse(input);
      const { result: id, changeSetId } = write(ctx, { kind: 'user', label: `Add purchase ${draft.items[0]!.description}`, entities: ['purchases'] }, (changes) => {
        assertLinks(changes, draft);
        const purchaseId = newId();
        changes.insert('purchase', {
          id: purchaseId,
          contact_id: draft.contactId,
          organization_id: draft.organizationId,
          deal_id: draft.dealId,
          purchased_on: draft.purchasedOn,
          currency: draft.currency,
          notes: draft.notes,
        });
        changes.update('purchase', purchaseId, { total_minor: writeItems(changes, purchaseId, draft.items) });
        return purchaseId;
      });
      return { value: readPurchase(ctx.db, id), changeSetId };
    },

    get: (id: string): Purchase => readPurchase(ctx.db, id),

    update(id: string, input: PurchasePatchInput): WriteResult<Purchase> {
      const patch = PurchasePatchSchema.parse(input);
      const before = readPurchase(ctx.db, id);
      if (before.deletedAt) throw new RapportError('CONFLICT', 'This purchase is in the trash; restore it first.', { id });
      const contactId = patch.contactId === undefined ? before.contactId : patch.contactId;
      const organizationId = patch.organizationId === undefined ? before.organizationId : patch.organizationId;
      if (!contactId && !organizationId) throw new RapportError('INVALID_INPUT', 'A purchase belongs to a contact or an organization.', { field: 'contactId' });
      const { changeSetId } = write(ctx, { kind: 'user', label: 'Edit purchase', entities: ['purchases'] }, (changes) => {
        assertLinks(changes, patch);
        const total = patch.items ? writeItems(changes, id, patch.items) : undefined;
        const changed = changes.update(
          'purchase',
          id,
          definedFields({
            contact_id: patch.contactId,
            organization_id: patch.organizationId,
            deal_id: patch.dealId,
            purchased_on: patch.purchasedOn,
            currency: patch.currency,
            notes: patch.notes,
            total_minor: total,
          }),
        );
        if (!changed && patch.items) changes.touch('purchase', id);
      });
      return { value: readPurchase(ctx.db, id), changeSetId };
    },

    delete: (id: string) => setTrashed(id, true),
    restore: (id: string) => setTrashed(id, false),

    list: (input: z.input<typeof PurchaseListInputSchema>): Purchase[] => listPurchases(ctx.db, PurchaseListInputSchema.parse(input)),

    lifetimeValue: (input: z.input<typeof LifetimeValueInputSchema>): LifetimeValue => lifetimeValue(ctx.db, LifetimeValueInputSchema.parse(input)),
  };
}

export type PurchasesService = ReturnType<typeof createPurchasesService>;
