import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { preparingOnce } from './statement-cache.ts'

const database = () => {
  const db = new BetterSqlite3(':memory:')
  db.exec('create table t (n integer); insert into t values (1), (2), (3)')
  return db
}

describe('preparingOnce', () => {
  it('prepares a SQL text once and hands the same statement back', () => {
    const db = preparingOnce(database())
    const first = db.prepare('select n from t')
    expect(db.prepare('select n from t')).toBe(first)
    expect(db.prepare('select n from t where n > ?')).not.toBe(first)
    db.close()
  })

  it('gives a fresh statement while the kept one is still being iterated', () => {
    const db = preparingOnce(database())
    const kept = db.prepare('select n from t')
    const rows = kept.iterate([])
    rows.next()
    const meanwhile = db.prepare('select n from t')
    expect(meanwhile).not.toBe(kept)
    expect(meanwhile.all([])).toHaveLength(3)
    rows.return?.()
    expect(db.prepare('select n from t')).toBe(kept)
    db.close()
  })

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const db = preparingOnce(database(), 2)
    const a = db.prepare('select 1')
    db.prepare('select 2')
    expect(db.prepare('select 1')).toBe(a)
    db.prepare('select 3')
    expect(db.prepare('select 1')).toBe(a)
    const b = db.prepare('select 2')
    expect(db.prepare('select 2')).toBe(b)
    db.close()
  })
})
