import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { Transact } from '../transaction.ts'
import type { OnUpgrade } from '../upgrade-event.ts'
import type { DeriveStep } from './derive-step.ts'
import { deriveSteps } from './steps.ts'

/** Where a step's version is recorded; `source_identity_scheme` was the first. */
export const deriveStepKey = (step: Pick<DeriveStep, 'name'>): string => `${step.name}_scheme`

export interface DeriveOptions {
  /** One batch's writes together (see DeriveContext). */
  transact: Transact
  onUpgrade?: OnUpgrade | undefined
  steps?: readonly DeriveStep[]
}

/**
 * Runs, in order, every step whose recorded version is not its current one, and records it;
 * run at every open after migrating. Returns the names of the steps it ran. A new database runs
 * each over no rows and records it, so a store written by today's code is never derived again
 * until a step's version changes.
 */
export const deriveToLatest = async (
  db: Kysely<Database>,
  { transact, onUpgrade, steps = deriveSteps }: DeriveOptions,
): Promise<string[]> => {
  const recorded = new Map(
    (
      await db
        .selectFrom('store_meta')
        .select(['store_meta.key', 'store_meta.value'])
        .where('store_meta.key', 'in', steps.map(deriveStepKey))
        .execute()
    ).map((row) => [row.key, row.value]),
  )
  const ran: string[] = []
  for (const step of steps) {
    const key = deriveStepKey(step)
    if (recorded.get(key) === step.version) continue
    await step.run(db, {
      transact,
      progress: (done, total) =>
        onUpgrade?.({ phase: 'derive', step: step.name, version: step.version, done, total }),
    })
    await db
      .insertInto('store_meta')
      .values({ key, value: step.version })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: step.version }))
      .execute()
    ran.push(step.name)
  }
  return ran
}
