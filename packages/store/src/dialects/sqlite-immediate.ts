import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'

/** Takes the write lock when the transaction begins, not at its first write. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
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

  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
}
