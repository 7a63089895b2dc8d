import { v7 as uuidv7 } from 'uuid';

/** UUIDv7: time-ordered, so rows sort by creation and ids from two machines never collide. */
export function newId(): string {
  return uuidv7();
}

/** Link rows (contact↔tag, deal↔contact) get an id both machines compute the same way. */
export function linkId(left: string, right: string): string {
  return `${left}|${right}`;
}
