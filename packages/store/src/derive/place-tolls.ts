import { retollAttackWindow } from '../queries/enclosing-places.ts'
import type { DeriveStep } from './derive-step.ts'
import { forEachSeqWindow } from './seq-windows.ts'

/**
 * The part of each attack's toll known to lie inside each of its places (0012), written with its
 * place rows again whole. After `stats_columns`, whose casualty floors say which attacks have one.
 */
export const placeTollsStep: DeriveStep = {
  name: 'place_tolls',
  version: '1',
  run: (db, context) =>
    forEachSeqWindow(db, context, (trx, after, through) => retollAttackWindow(trx, after, through)),
}
