import type { AppDeps } from '../app.ts'
import type { AppSettings } from './app-settings.ts'

/** The one reading of the shared settings as `createApp` options, for both entries. */
export const appOptions = (
  settings: AppSettings,
): Pick<
  AppDeps,
  'requireKeyForReads' | 'corsOrigins' | 'rateLimit' | 'importLimits' | 'maxStreamsPerClient'
> => ({
  requireKeyForReads: settings.SITREP_REQUIRE_KEY_FOR_READS,
  corsOrigins: settings.SITREP_CORS_ORIGINS,
  rateLimit:
    settings.SITREP_RATE_LIMIT_PER_MINUTE > 0
      ? { limit: settings.SITREP_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }
      : false,
  maxStreamsPerClient: settings.SITREP_MAX_STREAMS_PER_CLIENT,
  importLimits: {
    maxBytes: settings.SITREP_IMPORT_MAX_BYTES,
    maxLineBytes: settings.SITREP_IMPORT_MAX_LINE_BYTES,
    maxLines: settings.SITREP_IMPORT_MAX_LINES,
  },
})
