/**
 * Rapport's own vCard properties, for the fields vCard has no property for. They are
 * X- properties, which RFC 6350 (6.10) asks every reader to keep or ignore, never to
 * reject; one self-contained line each (no item groups) so an app that keeps unknown
 * lines verbatim keeps the whole field:
 *
 * - `X-RAPPORT-FIELD;LABEL="Shoe size":43`: one custom field. The label is a parameter
 *   (RFC 6868 escapes for `"`, `^` and line breaks; quoted when it holds `;:,` or spaces),
 *   the value is text with the usual escapes and is not trimmed on reading.
 * - `X-RAPPORT-FAVORITE:1`: the favourite flag (absent means not a favourite). A CATEGORIES
 *   word was rejected: it would turn into a tag in every other app.
 * - `X-RAPPORT-CONTACT=<UID>` on RELATED / X-ABRELATEDNAMES: the related person is the
 *   contact exported under that UID. Import links it again once the whole file is in.
 */
export const RAPPORT_FIELD = 'X-RAPPORT-FIELD';
export const RAPPORT_FAVORITE = 'X-RAPPORT-FAVORITE';
export const RAPPORT_CONTACT_PARAM = 'X-RAPPORT-CONTACT';

/** The UID a contact is exported under: its own, else one made from its id. */
export function contactUidFor(vcardUid: string | null, id: string | undefined): string | null {
  return vcardUid ?? (id ? `urn:uuid:${id}` : null);
}

/** Values of X-RAPPORT-FAVORITE that mean "yes"; anything else is kept as an extra. */
export function isFavoriteValue(value: string): boolean {
  return /^(1|true|yes)$/i.test(value.trim());
}
