import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Counts tied to a whole country by the wordings news prose uses for it (issue #15). */
const counts = (text: string, fact: string) =>
  extract(text, { source: { id: 't' } })
    .flatMap((d) => (d.record.kind === 'attack' ? d.record.claims : []))
    .flatMap((c) => (c.fact === fact && 'qualifier' in c.value ? [c.value] : []))
    .map((v) => (v.qualifier === 'range' ? undefined : [v.value, v.scope]))

describe('a wave counted against the whole country', () => {
  it('reads "fired into Ukraine" as the country', () => {
    expect(
      counts('Russia fired 95 drones into Ukraine overnight, the air force said.', 'launched'),
    ).toEqual([[95, 'ua']])
  })

  it('reads "targeting northern and eastern Ukraine" as the country', () => {
    expect(
      counts(
        'Russian forces launched 64 drones targeting northern, eastern and southern Ukraine overnight.',
        'launched',
      ),
    ).toEqual([[64, 'ua']])
  })

  it('reads "at Ukrainian targets" and "against Russian cities" as the country', () => {
    expect(
      counts(
        'Moscow fired six missiles at Ukrainian targets on Sunday, the air force said.',
        'launched',
      ),
    ).toEqual([[6, 'ua']])
    expect(
      counts(
        'Ukraine launched 40 drones against Russian cities overnight, the defence ministry in Moscow said.',
        'launched',
      ),
    ).toEqual([[40, 'ru']])
  })

  it('reads "regions of the country" as the country', () => {
    expect(
      counts(
        'The air force said Russia launched 51 drones targeting the central and western regions of the country.',
        'launched',
      ),
    ).toEqual([[51, 'ua']])
  })
})

describe('places that stay places', () => {
  it('keeps "the Sumy and Poltava regions of Ukraine" from naming the country', () => {
    const injured = counts(
      'Four people were injured in Russian drone strikes on the Sumy and Poltava regions of Ukraine overnight.',
      'injured',
    )
    expect(injured).toEqual([[4, undefined]])
  })

  it('keeps a possessive "Ukraine\'s Odesa region" for the region', () => {
    expect(
      counts(
        "Russia launched 30 drones at Ukraine's Odesa region overnight, the governor said.",
        'launched',
      ),
    ).toEqual([[30, 'ua-odesa-oblast']])
  })
})

describe('drones sent towards the country', () => {
  it('reads "launched 100 drones towards Ukraine" as the country', () => {
    expect(
      counts(
        'Russia launched 100 drones towards Ukraine overnight, the air force said.',
        'launched',
      ),
    ).toEqual([[100, 'ua']])
  })
})
