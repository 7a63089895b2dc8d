/**
 * Sections other screens add to a contact's detail pane (its timeline, follow-ups, deals,
 * purchases), shown above its history in `order`. A section renders its own
 * <DetailSection> and gets the open contact.
 *
 *   mountContactSection({ id: 'activities', order: 10, component: ContactTimeline });
 */
import type { ComponentType } from 'react';
import type { Contact } from '../../../shared/domain/contact';

export interface ContactSection {
  /** Unique; a later section with the same id replaces the earlier. */
  id: string;
  /** Lower comes first. */
  order: number;
  component: ComponentType<{ contact: Contact }>;
}

const sections = new Map<string, ContactSection>();

export function mountContactSection(section: ContactSection): void {
  sections.set(section.id, section);
}

export function contactSections(): ContactSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order);
}
