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

describe('the verb of a count is its own, not the next count’s', () => {
  it('reads "attacked with 60 drones overnight and that 41 had been shot down"', () => {
    const c = claims(
      'The air force said Russia had attacked with 60 drones overnight and that 41 had been shot down.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 60 -'])
    expect(counts(c, 'intercepted')).toEqual(['exact 41 -'])
  })

  it('keeps a pair that shares its verb: "20 drones and two missiles were shot down"', () => {
    const c = claims(
      'Russia attacked Kharkiv overnight. 20 drones and two missiles were shot down.',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 20 -', 'exact 2 -'])
  })

  it('counts no drone in "the largest single drone attack"', () => {
    const c = claims(
      'Russia pounded Ukraine with 90 drones overnight, the largest single drone attack.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 90 ua'])
  })
})

describe('launches told by the air force’s bulletin', () => {
  it('aims "attacked the territory of Ukraine with 95 drones" at the whole country', () => {
    const c = claims(
      'On the night of March 3, Russian forces attacked the territory of Ukraine with 95 Shahed strike drones, the air force said.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 95 ua'])
  })

  it('reads "40 means of enemy air attack were recorded" as launched, beside a later downing', () => {
    const c = claims(
      'Russia attacked Ukraine overnight. A total of 30 means of enemy air attack were recorded, the air force said, adding it destroyed six missiles.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 30 -'])
    expect(counts(c, 'intercepted')).toEqual(['exact 6 -'])
  })

  it('reads "tracked 70 drones launched by Russia and shot down 50 of them"', () => {
    const c = claims(
      'The air force said it tracked 70 drones launched by Russia overnight and shot down 50 of them.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 70 -'])
    expect(counts(c, 'intercepted')).toEqual(['exact 50 -'])
  })

  it('aims "an attack against all regions of Ukraine" at the whole country', () => {
    const c = claims(
      'Russia launched about 60 missiles and 70 drones in an attack against all regions of Ukraine, the president said.',
    )
    expect(counts(c, 'launched')).toEqual(['about 60 ua', 'exact 70 ua'])
  })
})

describe('downings told by region and in quotes', () => {
  it('places "shot down six drones in the southern Kursk region" in the region', () => {
    const c = claims(
      'The governor said air defence units shot down six Ukrainian drones in the southern Kursk region on Monday.',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 6 ru-kursk-oblast'])
  })

  it('reads a weapon named in quotes: "shot down 12 “Shahed” drones over Mykolaiv"', () => {
    const c = claims(
      'Russian drones attacked Mykolaiv overnight. Air defence managed to shoot down 12 “Shahed” drones over Mykolaiv.',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 12 ua-mykolaiv'])
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
