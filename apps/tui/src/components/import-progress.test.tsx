import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain } from '../testing/fixtures.ts'
import { ImportProgress, progressFigures } from './import-progress.tsx'

const state = { rows: 250, total: 1000, imported: 248, rejected: 2, startedAt: 0 }

describe('ImportProgress', () => {
  it('derives the rate from rows sent so far and the time left from the rows still to send', () => {
    expect(progressFigures(state, 5_000)).toEqual({ fraction: 0.25, rate: 50, eta: 15 })
    expect(progressFigures({ ...state, rows: 0 }, 5_000).eta).toBeUndefined()
  })

  it('draws a bar with percentage, rows, rate, ETA and the rejected count', () => {
    const frame = plain(render(<ImportProgress state={state} now={5_000} width={20} />).lastFrame())
    expect(frame).toContain('[#####...............]')
    expect(frame).toContain('25% 250/1000 rows · 50 rows/s · ETA 15s · 248 imported')
    expect(frame).toContain('2 rejected')
  })
})
