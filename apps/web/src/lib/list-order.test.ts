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
    expect(pageTotal({ items: [], total: 1234 })).toBe(1234)
    expect(pageTotal({ items: [] })).toBeUndefined()
    expect(pageTotal({ items: [], total: '12' })).toBeUndefined()
    expect(pageTotal(undefined)).toBeUndefined()
  })
})

describe('countOf', () => {
  it('writes counts in English with a fixed locale, so server and client agree', () => {
    expect(countOf(1, 'record')).toBe('1 record')
    expect(countOf(1234, 'attack')).toBe('1,234 attacks')
    expect(countOf(0, 'record')).toBe('0 records')
  })
})
