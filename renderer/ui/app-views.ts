/**
 * The views the sidebar and the router know, and the slots other screens mount into.
 *
 * 'contacts' and 'trash' are built in. The others are screens built elsewhere
 * (renderer/ui/files, duplicates, settings, today, deals, insights, sync): they register a component
 * with mountView() from renderer/ui/mounts.ts, and from then on the sidebar shows their
 * entry and the router renders them in the main area (sidebar + one wide pane).
 */
import type { ComponentType } from 'react';

export const APP_VIEWS = ['contacts', 'trash', 'imports', 'duplicates', 'settings', 'today', 'deals', 'dashboard', 'sync'] as const;
export type AppView = (typeof APP_VIEWS)[number];
export type MountableView = Exclude<AppView, 'contacts' | 'trash'>;

const mountedViews = new Map<MountableView, ComponentType>();

/** Registers the screen for a view; call once, at start-up (renderer/ui/mounts.ts). */
export function mountView(view: MountableView, component: ComponentType): void {
  mountedViews.set(view, component);
}

export function mountedView(view: AppView): ComponentType | undefined {
  return view === 'contacts' || view === 'trash' ? undefined : mountedViews.get(view);
}

export function isViewAvailable(view: AppView): boolean {
  return view === 'contacts' || view === 'trash' || mountedViews.has(view);
}
