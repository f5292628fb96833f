import { describe, expect, it } from 'vitest'
import { describeDatabase } from './open-node-store.ts'
import { readPostgresUrl } from './postgres-url.ts'

describe('readPostgresUrl', () => {
  it.each([
    ['postgres://u:secret@db.internal:5433/sitrep', 'PostgreSQL db.internal:5433/sitrep'],
    ['postgresql://user@/sitrep?host=/run/postgresql', 'PostgreSQL /run/postgresql/sitrep'],
    ['postgresql:///sitrep?host=/var/run/postgresql', 'PostgreSQL /var/run/postgresql/sitrep'],
    ['postgres://localhost/sitrep', 'PostgreSQL localhost:5432/sitrep'],
  ])('reads %s as the driver does, printing no password', (url, described) => {
    expect(describeDatabase({ databaseUrl: url })).toBe(described)
  })

  it('refuses what the driver refuses, without echoing the URL', () => {
    expect(() => readPostgresUrl('postgres://u:secret@h:notaport/db')).toThrow(
      /^DATABASE_URL is not a URL the PostgreSQL driver reads$/,
    )
  })
})
