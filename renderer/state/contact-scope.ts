/** Which contacts the list shows: the sidebar's choice, turned into a contacts.list filter. */
import type { ContactListFilter } from '../../shared/domain/listing';

export type ContactScope =
  | { kind: 'all' }
  | { kind: 'favorites' }
  | { kind: 'tag'; tagId: string }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'savedSearch'; savedSearchId: string };

export function filterOfScope(scope: ContactScope, query: string): ContactListFilter {
  const filter: ContactListFilter = {};
  if (scope.kind === 'favorites') filter.favorite = true;
  if (scope.kind === 'tag') filter.tagId = scope.tagId;
  if (scope.kind === 'organization') filter.organizationId = scope.organizationId;
  if (scope.kind === 'savedSearch') filter.savedSearchId = scope.savedSearchId;
  if (query.trim()) filter.query = query.trim();
  return filter;
}

export function sameScope(a: ContactScope, b: ContactScope): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
