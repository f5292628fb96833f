import { describe, expect, it } from 'vitest'
import { countOf, inListOrder, pageTotal } from './list-order.ts'

describe('inListOrder', () => {
  it('asks for newest first when the URL names no order, and keeps the order it names', () => {
    const unordered: { limit: number; sort?: 'date' | '-date' } = { limit: 50 }
    expect(inListOrder(unordered)).toEqual({ limit: 50, sort: '-date' })
    expect(inListOrder({ ...unordered, sort: 'date' })).toEqual({ limit: 50, sort: 'date' })
  })
})

describe('pageTotal', () => {
  it('reads the total an answer carries, and nothing from one without it', () => {
    const total = { value: 1234, exact: true }
    expect(pageTotal({ total })).toEqual(total)
    expect(pageTotal({})).toBeUndefined()
    expect(pageTotal(undefined)).toBeUndefined()
  })
})

describe('countOf', () => {
  it('writes counts in English with a fixed locale, so server and client agree', () => {
    expect(countOf(1, 'record')).toBe('1 record')
    expect(countOf(1234, 'attack')).toBe('1,234 attacks')
    expect(countOf(0, 'record')).toBe('0 records')
    expect(countOf({ value: 10000, exact: false }, 'attack')).toBe('at least 10,000 attacks')
  })
})
