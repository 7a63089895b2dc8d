import { z } from 'zod';

export const LANGUAGES = ['en', 'he', 'fa', 'ro', 'tl'] as const;

/** An IANA zone the runtime knows (Intl is part of the language, so shared/ may use it). */
export const TimeZoneSchema = z.string().min(1).max(100).refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Bucharest');

/** Settings of this installation (not synced: another laptop may want another language). */
export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES).default('en'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** ISO 3166 alpha-2, used for phone numbers typed without a country code. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code such as US, RO or IL')
    .nullable()
    .default(null),
  /** Sizes of the sidebar and the detail pane, in pixels. */
  paneSizes: z.object({ sidebar: z.number().min(120).max(800), detail: z.number().min(200).max(1400) }).default({ sidebar: 240, detail: 420 }),
  firstRunDone: z.boolean().default(false),
  /** Reminders keep wall-clock times in this zone; null = the system's zone. */
  timeZone: TimeZoneSchema.nullable().default(null),
});
export type Settings = z.output<typeof SettingsSchema>;
export const SettingsPatchSchema = z
  .object({
    language: z.enum(LANGUAGES),
    theme: z.enum(['system', 'light', 'dark']),
    defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code such as US, RO or IL').nullable(),
    paneSizes: z.object({ sidebar: z.number().min(120).max(800), detail: z.number().min(200).max(1400) }),
    firstRunDone: z.boolean(),
    timeZone: TimeZoneSchema.nullable(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.output<typeof SettingsPatchSchema>;
