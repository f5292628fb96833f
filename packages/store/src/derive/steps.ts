import type { DeriveStep } from './derive-step.ts'
import { disputeRollupsStep } from './dispute-rollups.ts'
import { facetDaysStep } from './facet-days.ts'
import { mapMonthsStep } from './map-months.ts'
import { placeTollsStep } from './place-tolls.ts'
import { recordDisputesStep } from './record-disputes.ts'
import { recordFacetsStep } from './record-facets.ts'
import { recordLocationsStep } from './record-locations.ts'
import { sourceIdentityStep } from './source-identity.ts'
import { statementColumnsStep } from './statement-columns.ts'
import { statsColumnsStep } from './stats-columns.ts'
import { statsRollupsStep } from './stats-rollups.ts'

/**
 * Every derive step, run in this order after migrating (a static list, as the migrations are,
 * so it runs inside a Worker). A new step goes at the end unless it reads what another writes.
 */
export const deriveSteps: readonly DeriveStep[] = [
  statsColumnsStep,
  statementColumnsStep,
  placeTollsStep,
  sourceIdentityStep,
  recordDisputesStep,
  recordFacetsStep,
  // After every step whose columns they sum.
  statsRollupsStep,
  disputeRollupsStep,
  recordLocationsStep,
  // After the locations it counts.
  mapMonthsStep,
  facetDaysStep,
]
