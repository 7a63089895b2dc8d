/**
 * The translations shipped with the app, one JSON file per language and namespace.
 * English is the source; a language missing a key falls back to it.
 *
 * "translation" is the core interface (en.json, he.json, …). Each screen built on top has
 * its own namespace, so that its strings live beside nobody else's: "files" (import/export,
 * duplicates, settings, welcome), "activities" (timelines, logging), "followups" (Today,
 * reminders, notices), "deals" (pipeline, purchases), "insights" (the dashboard) and "sync"
 * (bundles, CardDAV, conflicts). Use them as useTranslation('deals') or t('deals:key').
 */
import type { Language } from './languages';
import en from './en.json';
import fa from './fa.json';
import he from './he.json';
import ro from './ro.json';
import tl from './tl.json';
import enFiles from './en-files.json';
import faFiles from './fa-files.json';
import heFiles from './he-files.json';
import roFiles from './ro-files.json';
import tlFiles from './tl-files.json';
import enActivities from './en-activities.json';
import faActivities from './fa-activities.json';
import heActivities from './he-activities.json';
import roActivities from './ro-activities.json';
import tlActivities from './tl-activities.json';
import enFollowups from './en-followups.json';
import faFollowups from './fa-followups.json';
import heFollowups from './he-followups.json';
import roFollowups from './ro-followups.json';
import tlFollowups from './tl-followups.json';
import enDeals from './en-deals.json';
import faDeals from './fa-deals.json';
import heDeals from './he-deals.json';
import roDeals from './ro-deals.json';
import tlDeals from './tl-deals.json';
import enInsights from './en-insights.json';
import faInsights from './fa-insights.json';
import heInsights from './he-insights.json';
import roInsights from './ro-insights.json';
import tlInsights from './tl-insights.json';
import enSync from './en-sync.json';
import faSync from './fa-sync.json';
import heSync from './he-sync.json';
import roSync from './ro-sync.json';
import tlSync from './tl-sync.json';

/** The English resources: the shape every other language follows (missing keys fall back). */
export interface AppResources {
  translation: typeof en;
  files: typeof enFiles;
  activities: typeof enActivities;
  followups: typeof enFollowups;
  deals: typeof enDeals;
  insights: typeof enInsights;
  sync: typeof enSync;
}
export type Namespace = keyof AppResources;

type Partial2<T> = { [K in keyof T]: Partial<T[K]> | T[K] };

export const resources: Record<Language, Partial2<AppResources>> = {
  en: { translation: en, files: enFiles, activities: enActivities, followups: enFollowups, deals: enDeals, insights: enInsights, sync: enSync },
  he: { translation: he, files: heFiles, activities: heActivities, followups: heFollowups, deals: heDeals, insights: heInsights, sync: heSync },
  fa: { translation: fa, files: faFiles, activities: faActivities, followups: faFollowups, deals: faDeals, insights: faInsights, sync: faSync },
  ro: { translation: ro, files: roFiles, activities: roActivities, followups: roFollowups, deals: roDeals, insights: roInsights, sync: roSync },
  tl: { translation: tl, files: tlFiles, activities: tlActivities, followups: tlFollowups, deals: tlDeals, insights: tlInsights, sync: tlSync },
};
