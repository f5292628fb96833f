import type { Change } from '@sitrep/domain'
import { z } from 'zod'
import { changesSince, countChanges, latestChange } from '../queries/changes.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'

/** Every write in order, for subscribers to the change stream and for cache validators. */
export interface FeedStore {
  /** Writes after change `after` (a `Change.seq`), oldest first, at most `limit`. */
  changesSince(after: number, limit: number): Promise<Change[]>
  /** The newest change's `seq`; 0 when nothing was ever written. */
  latestChange(): Promise<number>
  /** How many writes have a `seq` after `after` and up to `through`. */
  countChanges(after: number, through: number): Promise<number>
}

const Cursor = z.number().int().nonnegative()
const Limit = z.number().int().min(1).max(10_000)

export const createFeedStore = ({ db, engine }: StoreContext): FeedStore => {
  // D1 is SQLite: the sequence is the revisions' rowid there too.
  const family = engine === 'postgres' ? 'postgres' : 'sqlite'
  return {
    changesSince: async (after, limit) =>
      changesSince(
        db,
        family,
        validate(Cursor, after, 'change id'),
        validate(Limit, limit, 'limit'),
      ),
    latestChange: () => latestChange(db, family),
    countChanges: async (after, through) =>
      countChanges(
        db,
        family,
        validate(Cursor, after, 'change id'),
        validate(Cursor, through, 'change id'),
      ),
  }
}
