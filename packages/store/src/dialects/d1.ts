import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely'
import { D1Dialect } from 'kysely-d1'
import type { Database } from '../database.ts'
import { deriveToLatest } from '../derive/derive-to-latest.ts'
import { WriteRaced } from '../errors.ts'
import { createKyselyStore } from '../kysely-store.ts'
import { migrateD1ToLatest } from '../migrate-d1.ts'
import { setParameterBudget } from '../parameter-budget.ts'
import { sqliteSearch } from '../search/sqlite-search.ts'
import type { Store } from '../store.ts'
import type { Transact } from '../transaction.ts'
import type { OnUpgrade } from '../upgrade-event.ts'

/** The parts of Cloudflare's D1Database binding the store uses (no workers-types dependency). */
export interface D1Statement {
  bind(...values: unknown[]): D1Statement
  all(): Promise<{ results?: unknown[] }>
}
export interface D1Binding {
  prepare(query: string): D1Statement
  batch(statements: D1Statement[]): Promise<unknown[]>
}

/** D1 refuses statements with more than 100 bound parameters. */
const D1_MAX_PARAMETERS = 100

/**
 * Reads run at once; writes are queued and answered as if they touched one row, so a guarded
 * update cannot see a lost race here. The batch does: the loser's revision number is taken, the
 * batch is refused whole and surfaces as WriteRaced (see batchTransaction).
 */
class QueueingConnection implements DatabaseConnection {
  constructor(
    private readonly d1: D1Binding,
    private readonly queue: CompiledQuery[],
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (query.query.kind === 'SelectQueryNode') {
      const { results } = await this.d1
        .prepare(query.sql)
        .bind(...query.parameters)
        .all()
      // D1 returns rows as plain objects shaped by the SELECT; Kysely typed them.
      return { rows: (results ?? []) as R[] }
    }
    this.queue.push(query)
    return { rows: [], numAffectedRows: 1n }
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered on D1
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('D1 does not stream query results')
  }
}

class QueueingDriver implements Driver {
  constructor(private readonly connection: QueueingConnection) {}
  async init() {}
  async acquireConnection() {
    return this.connection
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

/**
 * D1 has no interactive transactions (kysely-d1 throws on `db.transaction()`): a write runs the
 * shared query code against a queueing Kysely, then sends every queued statement in one
 * `batch()`, which D1 applies atomically.
 */
const batchTransaction =
  (d1: D1Binding): Transact =>
  async (work) => {
    const queue: CompiledQuery[] = []
    const connection = new QueueingConnection(d1, queue)
    const trx = new Kysely<Database>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new QueueingDriver(connection),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      },
    })
    setParameterBudget(trx, D1_MAX_PARAMETERS)
    const result = await work(trx)
    if (queue.length > 0) {
      try {
        await d1.batch(queue.map((q) => d1.prepare(q.sql).bind(...q.parameters)))
      } catch (error) {
        throw isRevisionTaken(error) ? new WriteRaced() : error
      }
    }
    return result
  }

/**
 * Every write inserts the record's next revision, keyed (record_id, version): when two writes
 * from the same version race, the second batch collides there, and D1 rolls it back whole.
 */
const isRevisionTaken = (error: unknown): boolean =>
  error instanceof Error &&
  error.message.includes('UNIQUE constraint failed: revisions.record_id, revisions.version')

/** The Worker entry's store over a D1 binding (`env.DB`). */
export const openD1Store = async (
  d1: D1Binding,
  options: { now?: () => Date; onUpgrade?: OnUpgrade } = {},
): Promise<Store> => {
  const db = new Kysely<Database>({ dialect: new D1Dialect({ database: d1 as never }) })
  setParameterBudget(db, D1_MAX_PARAMETERS)
  await migrateD1ToLatest(db, options.onUpgrade)
  // Statement by statement rather than batches: the steps are idempotent, and a batch's reads
  // could not see its own writes.
  await deriveToLatest(db, { transact: (work) => work(db), onUpgrade: options.onUpgrade })
  return createKyselyStore({
    engine: 'd1',
    db,
    search: sqliteSearch,
    transact: batchTransaction(d1),
    ...(options.now ? { now: options.now } : {}),
  })
}
