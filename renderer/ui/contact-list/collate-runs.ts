/**
 * Display order within what is loaded. The server sorts by a folded key (foldKey of the
 * display name) and pages by it, so the list must keep the server's order between rows of
 * different keys, or a page appended later would land in the wrong place. Rows that share
 * a folded key ("Ștefan", "Stefan", "STEFAN") are ties to the server; only within such a
 * run do we re-sort with Intl.Collator for the window's language. That never moves a row
 * across a page boundary in a way paging could contradict.
 */
import type { ContactSummary } from '../../../shared/domain/contact';
import { foldKey } from '../../../shared/text/fold-key';

export function collateRuns(items: readonly ContactSummary[], collator: Intl.Collator): ContactSummary[] {
  const result: ContactSummary[] = [];
  let run: ContactSummary[] = [];
  let runKey: string | null = null;
  const flush = () => {
    if (run.length > 1) run.sort((a, b) => collator.compare(a.displayName, b.displayName));
    result.push(...run);
    run = [];
  };
  for (const item of items) {
    const key = foldKey(item.displayName);
    if (key !== runKey) {
      flush();
      runKey = key;
    }
    run.push(item);
  }
  flush();
  return result;
}
