import type { Row } from '../../db/change-set';
import type { SqlValue } from '../../db/log-values';

/** A patch's columns without the ones it leaves alone, so ChangeSet.update sees only real changes. */
export function definedFields(fields: Record<string, SqlValue | undefined>): Row {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, SqlValue] => entry[1] !== undefined));
}
