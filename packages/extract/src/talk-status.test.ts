import { describe, expect, it } from 'vitest'
import { statusIn } from './talk-status.ts'

describe('statuses told in the wordings of round 15 of issue #15', () => {
  it('reads what was announced from the clause announced, not from the verb', () => {
    expect(statusIn('The envoy announced that the border talks in Vienna have concluded.')).toBe(
      'concluded',
    )
    expect(statusIn('The ministry announced that both teams met in Doha.')).toBe('held')
    expect(statusIn('The ministry announced that a delegation goes to Doha.')).toBe('announced')
    expect(statusIn('The ministry announced new talks.')).toBe('announced')
  })

  it('reads "the conclusion of the talks" as concluded, though only confirmed', () => {
    expect(
      statusIn('The conclusion of the Vienna talks was confirmed by a spokesman for the team.'),
    ).toBe('concluded')
  })

  it('reads a meeting confirmed as coming as confirmed, an outcome confirmed as nothing', () => {
    expect(statusIn('The palace confirmed that the envoy will meet the king on Friday.')).toBe(
      'confirmed',
    )
    expect(statusIn('The palace confirmed that both sides had agreed to a truce.')).toBeUndefined()
  })

  it('reads "should begin", "is anticipated" and "will sit at the negotiating table" as announced', () => {
    expect(statusIn('The talks in Minsk should begin at about noon.')).toBe('announced')
    expect(statusIn('Another meeting is anticipated in the near future.')).toBe('announced')
    expect(statusIn('"We will sit at the negotiating table at two," he said.')).toBe('announced')
  })

  it('reads discussions held, meetings held and days spent at the table as held', () => {
    expect(statusIn('Envoys of the two states held discussions in Oman.')).toBe('held')
    expect(statusIn('The meetings, held in Oman on Monday, were cordial.')).toBe('held')
    expect(statusIn('The visit follows two days of discussions in Oman.')).toBe('held')
    expect(statusIn('Three days of talks are planned in Oman.')).toBe('announced')
  })

  it('reads talks "held yesterday" a few words after the noun as held, "to be held" as not', () => {
    expect(
      statusIn('The spokesman briefed reporters on talks with Oman held yesterday in Muscat.'),
    ).toBe('held')
    expect(statusIn('He spoke of talks with Oman to be held in Muscat.')).toBeUndefined()
  })
})
