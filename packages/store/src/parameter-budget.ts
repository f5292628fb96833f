import type { Kysely } from 'kysely'

/**
 * How many bound parameters one statement may carry. SQLite allows 32,766 and PostgreSQL 65,535;
 * D1 allows only 100, so the D1 dialect registers its own budget for the Kysely instances it
 * hands to the shared queries. Keyed by instance so no query signature carries engine details.
 */
const DEFAULT_BUDGET = 20_000
const budgets = new WeakMap<object, number>()

export const setParameterBudget = (db: Kysely<never> | object, parameters: number): void => {
  budgets.set(db, parameters)
}

/** Rows of `columns` values each that fit in one statement on this instance's engine. */
export const rowsPerStatement = (db: object, columns: number): number =>
  Math.max(1, Math.floor((budgets.get(db) ?? DEFAULT_BUDGET) / columns))
