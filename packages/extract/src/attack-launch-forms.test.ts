import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { claims, counts } from './testing/attack-claims.ts'

/** Launch and downing tallies in the wordings of outlets the rules had not yet read (issue #15). */
describe('launch tallies', () => {
  it('counts "launched 12 attacks with Shahed-136 and 131 drones" as 12 drones, not 131', () => {
    const c = claims(
      'The air force said Russian forces launched 12 attacks with Shahed-136 and 131 drones on Mykolaiv overnight.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 12 ua-mykolaiv'])
  })

  it('reads both totals after "out of": "out of 120 drones and 30 missiles fired by Russia"', () => {
    const c = claims(
      'Air defences shot down 25 missiles and 100 drones out of 120 drones and 30 missiles fired by Russia overnight, the air force said.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 120 -', 'exact 30 -'])
    expect(counts(c, 'intercepted')).toEqual(['exact 25 -', 'exact 100 -'])
  })

  it('keeps "40 missiles were launched … and 31 were destroyed" a launch of 40', () => {
    const c = claims(
      'Russia struck power plants across Ukraine overnight. The defence ministry said 40 cruise missiles were launched mostly from strategic bombers and 31 were destroyed.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 40 -'])
    expect(counts(c, 'intercepted')).toEqual(['exact 31 -'])
  })

  it('reads "shot down all 12 missiles" as 12 launched and 12 downed', () => {
    const c = claims('Air defences shot down all 12 Russian missiles launched at Lviv overnight.')
    expect(counts(c, 'launched')).toEqual(['exact 12 ua-lviv'])
    expect(counts(c, 'intercepted')).toEqual(['exact 12 ua-lviv'])
  })

  it('reads "managed to stop three missiles and 40 drones" as downings', () => {
    const c = claims(
      'Russia fired four missiles and 52 drones at Ukraine overnight. Air defences managed to stop three missiles and 40 drones.',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 3 -', 'exact 40 -'])
  })
})

describe('the air force by other names', () => {
  const speakers = (text: string) =>
    extract(text, { source: { id: 't' } }).flatMap((d) =>
      d.record.kind === 'statement' ? [d.record.speaker] : [],
    )

  it.each([
    'Ukraine’s Air Force Command said Russia launched 30 drones overnight.',
    'Russia launched 30 drones overnight, said the Air Force Command of Ukraine.',
    'The air force statement reported that Russia launched 30 drones overnight.',
  ])('reads the Ukrainian Air Force in "%s"', (text) => {
    expect(speakers(text)).toContainEqual({ type: 'actor', actorId: 'ua-air-force' })
  })
})
