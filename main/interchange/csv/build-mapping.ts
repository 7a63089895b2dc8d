/**
 * Turns a header row into a ColumnMapping: every column gets the dialect's target, a
 * generic synonym's target, or becomes a custom field named like its header, so nothing a
 * file carries is dropped without the user seeing it on the mapping screen.
 */
import { customFieldTarget, type ColumnMapping, type ColumnTarget, type CsvDialect } from '../../../shared/domain/column-mapping';
import { headerMatcherFor } from './dialects/detect-dialect';
import { AUTO_GROUP } from './dialects/header-matcher';
import { normalizeHeader, unwrapStrayQuotes } from './header-match';

/** Layouts Rapport writes; in their files a leading apostrophe is our own formula guard. */
const GUARDED_DIALECTS: ReadonlySet<CsvDialect> = new Set(['rapport', 'google', 'google-legacy', 'outlook', 'outlook-com']);

export function columnLabel(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim();
  return header ? header : `Column ${index + 1}`;
}

export function buildMappingFromHeaders(rawHeaders: readonly string[], dialect: CsvDialect): ColumnMapping {
  const headers = rawHeaders.map((header) => unwrapStrayQuotes(header).trim());
  const matcher = headerMatcherFor(dialect);
  const normalized = headers.map(normalizeHeader);
  // With both "Title" and "Job Title" present, "Title" can only be the honorific.
  const titleIsHonorific = normalized.includes('title') && normalized.includes('jobtitle');
  const targets = headers.map((header, index): ColumnTarget => {
    const key = normalized[index] ?? '';
    if (titleIsHonorific && key === 'title') return { target: 'prefix' };
    return (key || dialect === 'rapport' ? matcher(key, header) : null) ?? customFieldTarget(columnLabel(headers, index));
  });
  return {
    version: 1,
    dialect,
    headers,
    columns: assignAutomaticGroups(targets),
    formulaGuard: GUARDED_DIALECTS.has(dialect) ? 'all' : 'phones',
  };
}

type GroupedTarget = Extract<ColumnTarget, { group: number }>;

function hasGroup(target: ColumnTarget): target is GroupedTarget {
  return 'group' in target;
}

/** `emails`, `addresses`, … from `emails[].address`. */
function groupKind(target: GroupedTarget): string {
  return target.target.slice(0, target.target.indexOf('['));
}

/**
 * Generic columns arrive with AUTO_GROUP. E-mails, phones, … each get the next group not
 * used by a numbered column; address parts share a group per label ("Home City" joins
 * "Home Street") until a part repeats.
 */
export function assignAutomaticGroups(targets: readonly ColumnTarget[]): ColumnTarget[] {
  const highest = new Map<string, number>();
  for (const target of targets) {
    if (hasGroup(target) && target.group !== AUTO_GROUP) {
      const kind = groupKind(target);
      highest.set(kind, Math.max(highest.get(kind) ?? 0, target.group));
    }
  }
  const nextGroup = (kind: string): number => {
    const next = (highest.get(kind) ?? 0) + 1;
    highest.set(kind, next);
    return next;
  };
  const addressGroups = new Map<string, { group: number; parts: Set<string> }>();
  return targets.map((target) => {
    if (!hasGroup(target) || target.group !== AUTO_GROUP) return target;
    const kind = groupKind(target);
    if (kind !== 'addresses') return { ...target, group: nextGroup(kind) };
    const label = 'label' in target ? (target.label ?? '') : '';
    let block = addressGroups.get(label);
    if (!block || block.parts.has(target.target)) {
      block = { group: nextGroup(kind), parts: new Set() };
      addressGroups.set(label, block);
    }
    block.parts.add(target.target);
    return { ...target, group: block.group };
  });
}
