// biome-ignore-all lint/suspicious/noExplicitAny: an older release's database, whose tables today's Database type does not describe
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import { D1Dialect } from 'kysely-d1'
import { Miniflare } from 'miniflare'
import pg from 'pg'
import { inject } from 'vitest'
import { openD1Store } from '../dialects/d1.ts'
import { openPostgresStore } from '../dialects/postgres.ts'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { migrateD1ToLatest } from '../migrate-d1.ts'
import { migrationsFor, type SqlFamily } from '../migrations/index.ts'
import type { Engine, Store } from '../store.ts'
import type { OnUpgrade } from '../upgrade-event.ts'
import { withDatabase } from './dialects-under-test.ts'
import { REMOTE_D1_WORKER, remoteD1 } from './remote-d1.ts'

/** A database as an older release left it, and the way to open it with today's store. */
export interface OlderDatabase {
  /** Migrated up to the release's last migration and no further; typed as that era's tables. */
  db: Kysely<any>
  /** Closes `db` and opens today's store over the same database; its `close()` throws it away. */
  open(options?: { onUpgrade?: OnUpgrade; now?: () => Date }): Promise<Store>
}

const migrationsUpTo = (family: SqlFamily, last: string): Record<string, Migration> =>
  Object.fromEntries(Object.entries(migrationsFor(family)).filter(([name]) => name <= last))

const migrateWithKysely = async (db: Kysely<any>, family: SqlFamily, last: string) => {
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => migrationsUpTo(family, last) },
  }).migrateToLatest()
  if (error) throw error
}

const sqliteAt = async (last: string): Promise<OlderDatabase> => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-older-'))
  const file = join(dir, 'sitrep.db')
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
  await migrateWithKysely(db, 'sqlite', last)
  return {
    db,
    async open(options) {
      await db.destroy()
      const store = await openSqliteStore({ file, ...options })
      return {
        ...store,
        async close() {
          await store.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    },
  }
}

const postgresAt = async (adminUrl: string, last: string): Promise<OlderDatabase> => {
  const name = `sitrep_older_${crypto.randomUUID().replaceAll('-', '')}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    await client.query(statement)
    await client.end()
  }
  await admin(`create database ${name}`)
  const url = withDatabase(adminUrl, name)
  const db = new Kysely<any>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  })
  await migrateWithKysely(db, 'postgres', last)
  return {
    db,
    async open(options) {
      await db.destroy()
      const store = await openPostgresStore({ url, ...options })
      return {
        ...store,
        async close() {
          await store.close()
          await admin(`drop database if exists ${name}`)
        },
      }
    },
  }
}

const d1At = async (last: string): Promise<OlderDatabase> => {
  const mf = new Miniflare({ modules: true, script: REMOTE_D1_WORKER, d1Databases: ['DB'] })
  const db = new Kysely<any>({ dialect: new D1Dialect({ database: remoteD1(mf) as never }) })
  await migrateD1ToLatest(db, undefined, migrationsUpTo('sqlite', last))
  return {
    db,
    async open(options) {
      const store = await openD1Store(remoteD1(mf), options)
      return {
        ...store,
        async close() {
          await store.close()
          await mf.dispose()
        },
      }
    },
  }
}

/** A database of `engine` made by the migrations up to `last` (a name in migrations/index.ts). */
export const olderDatabase = (engine: Engine, last: string): Promise<OlderDatabase> => {
  if (engine === 'sqlite') return sqliteAt(last)
  if (engine === 'd1') return d1At(last)
  const url = inject('postgresUrl')
  if (!url) throw new Error('no PostgreSQL server for the store suite')
  return postgresAt(url, last)
}
