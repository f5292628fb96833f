import type { AppDeps } from '../app.ts'
import type { AppSettings } from './app-settings.ts'

/** The one reading of the shared settings as `createApp` options, for both entries. */
export const appOptions = (
  settings: AppSettings,
): Pick<AppDeps, 'requireKeyForReads' | 'corsOrigins' | 'rateLimit'> => ({
  requireKeyForReads: settings.SITREP_REQUIRE_KEY_FOR_READS,
  corsOrigins: settings.SITREP_CORS_ORIGINS,
  rateLimit:
    settings.SITREP_RATE_LIMIT_PER_MINUTE > 0
      ? { limit: settings.SITREP_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }
      : false,
})
