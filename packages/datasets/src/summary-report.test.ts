import { describe, expect, it } from 'vitest'
import { reasonsTally } from './summary-report.ts'

describe('reasonsTally', () => {
  it('keeps a reason whose quoted words never vary as the rows wrote it', () => {
    const reason = 'Other: the dataset’s "Other" group names no kind of event'
    expect(
      reasonsTally([
        { line: 4, reason },
        { line: 9, reason },
      ]),
    ).toEqual([{ reason, count: 2, firstLine: 4 }])
  })

  it('names the values a varying quoted part took instead of a placeholder', () => {
    const rows = ['Belarus', 'Poland', 'Belarus', 'Moldova', 'Georgia'].map((country, i) => ({
      line: i + 2,
      reason: `event in "${country}": outside Ukraine and Russia, no attacker to name`,
    }))
    const [tally] = reasonsTally(rows)
    expect(tally).toEqual({
      reason:
        'event in "Belarus" / "Poland" / "Moldova" / … (4 values): outside Ukraine and Russia, no attacker to name',
      count: 5,
      firstLine: 2,
    })
    expect(tally?.reason).not.toContain('"…"')
  })
})
