/** Rapport's own vCard / jCard reader and writer: pure code, no database. */
export { readVcardRecords } from './read-vcard';
export type { ReadVcardOptions } from './read-vcard';
export { readJcardRecords, writeJcard } from './jcard';
export type { Jcard, JcardProperty, JcardValue } from './jcard';
export { writeVcard } from './write-vcard';
export type { VcardWriteVersion, WriteVcardOptions, WritableContact } from './write-vcard';
export { detectVcardKind } from './detect-kind';
export type { VcardKind } from './detect-kind';
export { contactUidFor, RAPPORT_CONTACT_PARAM, RAPPORT_FAVORITE, RAPPORT_FIELD } from './rapport-properties';
