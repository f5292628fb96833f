import type { SitrepRecord } from '@sitrep/domain'
import { seedRecord } from './fixtures.ts'

/**
 * A record that is not in the seed, for live-update tests: the Kremlin's confirmation from the
 * seed article under a new id and title, as an editor might file a follow-up report.
 */
export const followUpStatement = (id = 'st-kremlin-confirms-follow-up'): SitrepRecord => ({
  ...seedRecord('st-kremlin-confirms-interest').record,
  id,
  title: 'Kremlin follow-up: Istanbul round confirmed',
})
