import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'
import type { WriteGate } from './sqlite-write-gate.ts'

/** Takes the write lock when the transaction begins, not at its first write. */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #gate: WriteGate | undefined

  constructor(config: SqliteDialectConfig, gate: WriteGate | undefined) {
    super(config)
    this.#gate = gate
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    this.#gate?.enter()
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    } catch (error) {
      this.#gate?.leave()
      throw error
    }
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection)
    } finally {
      this.#gate?.leave()
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection)
    } finally {
      this.#gate?.leave()
    }
  }
}

/**
 * SQLite with every transaction begun IMMEDIATE. A second connection writes to the file (the
 * webhook delivery thread), and a deferred transaction that has read and then wants to write
 * while the other holds the lock fails with SQLITE_BUSY at once: the busy timeout only waits
 * for a lock taken before the transaction has read anything. Begun immediate, a write waits
 * (up to busy_timeout) at its BEGIN instead of failing halfway.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  readonly #gate: WriteGate | undefined

  /** `gate` orders its transactions with another thread's connection to the same file. */
  constructor(config: SqliteDialectConfig, gate?: WriteGate) {
    super(config)
    this.#config = config
    this.#gate = gate
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#gate)
  }
}
