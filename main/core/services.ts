/**
 * All services over one database context. The API handlers, the CLI and the tests build
 * this once and call into it.
 */
import { createActivitiesService } from './activities/activities-service';
import { createBackupService } from './backup/backup-service';
import type { CoreContext } from './context';
import { createContactsService } from './contacts/contacts-service';
import { createDealsService } from './deals/deals-service';
import { createStagesService } from './deals/stages-service';
import { createStagingService } from './files/staging-service';
import { createDuplicatesService } from './duplicates/duplicates-service';
import { createHistoryService } from './history/history-service';
import { createInsightsService } from './insights/insights-service';
import { createOrganizationsService } from './organizations/organizations-service';
import { createPurchasesService } from './purchases/purchases-service';
import { createRemindersService } from './reminders/reminders-service';
import { createSavedSearchesService } from './saved-searches/saved-searches-service';
import { createSearchService } from './search/search-service';
import { createSettingsService } from './settings/settings-service';
import { createStatsService } from './stats/stats-service';
import { createTagsService } from './tags/tags-service';
import { createTrashService } from './trash/trash-service';

export function createServices(ctx: CoreContext) {
  const contacts = createContactsService(ctx);
  const reminders = createRemindersService(ctx);
  return {
    ctx,
    contacts,
    search: createSearchService(ctx),
    organizations: createOrganizationsService(ctx),
    tags: createTagsService(ctx),
    savedSearches: createSavedSearchesService(ctx, (query) => contacts.count({ query })),
    trash: createTrashService(ctx),
    history: createHistoryService(ctx),
    duplicates: createDuplicatesService(ctx),
    settings: createSettingsService(ctx),
    stats: createStatsService(ctx),
    backup: createBackupService(ctx),
    staging: createStagingService(ctx),
    activities: createActivitiesService(ctx),
    reminders,
    stages: createStagesService(ctx),
    deals: createDealsService(ctx),
    purchases: createPurchasesService(ctx),
    insights: createInsightsService(ctx, reminders),
  };
}

export type Services = ReturnType<typeof createServices>;
