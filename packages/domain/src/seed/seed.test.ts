import { describe, expect, it } from 'vitest'
import { seedDataset } from './index.ts'

describe('seed loads', () => {
  it('parses', () => {
    expect(seedDataset.records.length).toBeGreaterThan(20)
  })
})
