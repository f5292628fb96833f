import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain, seedNames, seedRecord } from '../testing/fixtures.ts'
import { DisputeDetail, RecordDetail } from './record-detail.tsx'

describe('RecordDetail', () => {
  it('opens the July round with the disputed date first, then status and agenda with sources', () => {
    const frame = plain(
      render(
        <RecordDetail stored={seedRecord('talk-istanbul-2025-07')} names={seedNames} />,
      ).lastFrame(),
    )
    expect(frame).toContain('Third round of Ukraine–Russia talks in Istanbul')
    expect(frame).toContain('Round 3 · delegation · Istanbul')
    expect(frame.indexOf('date — DISPUTED')).toBeLessThan(frame.indexOf('status:'))
    expect(frame).toContain('source: TASS')
    expect(frame).toContain('not on agenda')
  })

  it('gives Shmyhal the role he held on the day: defence minister, not prime minister', () => {
    const frame = plain(
      render(
        <RecordDetail stored={seedRecord('st-shmyhal-funds-2026')} names={seedNames} />,
      ).lastFrame(),
    )
    expect(frame).toContain('Denys Shmyhal, Minister of Defence of Ukraine · paraphrase')
    expect(frame).not.toContain('Prime Minister')
  })

  it('shows an aid pledge in its stated currency with donor and recipient', () => {
    const frame = plain(
      render(
        <RecordDetail stored={seedRecord('aid-de-pledge-patriots-2025-07')} names={seedNames} />,
      ).lastFrame(),
    )
    expect(frame).toContain('pledge · military · Germany → Ukraine')
    expect(frame).toContain('about 1B EUR each')
    expect(frame).toContain('Patriot')
  })
})

describe('DisputeDetail', () => {
  it('shows one contested fact from /v1/disputes with its record', () => {
    const record = seedRecord('talk-istanbul-2025-07').record
    const dates = record.claims.filter((c) => c.fact === 'date')
    const frame = plain(
      render(
        <DisputeDetail
          dispute={{
            recordId: record.id,
            kind: record.kind,
            title: record.title,
            fact: 'date',
            key: '',
            status: 'disputed',
            positions: dates.map((c) => ({ value: c.value, strongestAttribution: 1, claims: [c] })),
          }}
          names={seedNames}
        />,
      ).lastFrame(),
    )
    expect(frame).toContain('talk · talk-istanbul-2025-07')
    expect(frame).toContain('date — DISPUTED (2 positions)')
    expect(frame).toContain('source: TASS')
  })
})
