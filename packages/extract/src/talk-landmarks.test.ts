import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt = '2025-10-21'): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('where talks sit: seats, palaces, capitals by demonym, hosts', () => {
  it('reads a guest received at the Kremlin as talks held in Moscow', () => {
    const [t] = talks('Putin received Witkoff at the Kremlin on Thursday.')
    expect(t).toMatchObject({ venueId: 'ru-moscow', partyIds: ['russia', 'united-states'] })
    expect(t?.claims.find((c) => c.fact === 'status')?.value).toMatchObject({ status: 'held' })
  })

  it('reads palaces and seats as the city that holds them', () => {
    expect(
      talks('The delegations of Ukraine and Russia met at the Dolmabahce Palace on Friday.')[0]
        ?.venueId,
    ).toBe('tr-istanbul')
    expect(talks('Zelensky and Trump met at the White House on Friday.')[0]?.venueId).toBe(
      'us-washington',
    )
  })

  it('reads "the Russian capital" as Moscow, but lets a named capital speak for itself', () => {
    expect(
      talks('Witkoff is due to meet Putin in the Russian capital next week.')[0]?.venueId,
    ).toBe('ru-moscow')
    expect(
      talks('US and Ukrainian officials met in the Saudi capital, Jeddah, on Tuesday.')[0]?.venueId,
    ).toBe('sa-jeddah')
  })

  it('reads the host country of talks as their venue when no city is named', () => {
    expect(
      talks('Russian and Ukrainian delegations held talks hosted by Turkey on Friday.')[0]?.venueId,
    ).toBe('tr')
    expect(
      talks('Saudi Arabia hosted talks between US and Ukrainian officials on Monday.')[0]?.venueId,
    ).toBe('sa')
  })

  it('reads a meeting "for what the Kremlin called" something as the reporter’s, sides and place', () => {
    const [t] = talks(
      'Putin met Witkoff in Moscow on Tuesday for what the Kremlin called “useful” talks.',
      '2025-12-03',
    )
    expect(t).toMatchObject({ venueId: 'ru-moscow', partyIds: ['russia', 'united-states'] })
    expect(t?.claims.find((c) => c.fact === 'status')).toMatchObject({
      value: { status: 'held' },
      assertedBy: { type: 'unnamed' },
    })
  })

  it('places talks by the meeting the next sentence names', () => {
    const [t] = talks(
      'Delegations from Turkey, the United States and Ukraine met on Friday. Turkish officials also took part in the two-hour meeting at the presidential office in Istanbul.',
    )
    expect(t?.venueId).toBe('tr-istanbul')
  })
})
