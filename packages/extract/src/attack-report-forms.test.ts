import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { findDates } from './dates.ts'
import { extract } from './extract.ts'

const attack = (text: string, publishedAt = '2025-07-27'): Attack | undefined =>
  extract(text, { publishedAt, source: { id: 's' } }).find((d) => d.record.kind === 'attack')
    ?.record as Attack | undefined

const dateOf = (a: Attack | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value] : []))[0]

describe('attack reports in the forms outlets write them', () => {
  it('reads a colon dateline as where the report was written, not where the strike fell', () => {
    const a = attack(
      'Moscow: A fire broke out at an oil refinery in southern Russia following a drone attack by Ukraine, an official said.',
    )
    expect(a?.placeIds).not.toContain('ru-moscow')
  })

  it('reads "in Zelenskyy’s office" as no place, "Russia’s Leningrad Region" as the region', () => {
    const a = attack(
      'A Ukrainian attack on Russia’s Leningrad Region has killed one civilian, the governor said. A senior official in Zelenskyy’s office said nothing.',
    )
    expect(a?.placeIds).toEqual(['ru-leningrad-oblast'])
  })

  it('dates a raid "launched in the early hours on Sunday" to part of that day', () => {
    const a = attack(
      'Ukrainian drones attacked the Leningrad region. The raid was launched in the early hours on Sunday, the governor said.',
    )
    expect(dateOf(a)).toMatchObject({ start: '2025-07-27', precision: 'part-of-day' })
  })

  it('reads "the night of 30–31 July" as the night that began on the 30th', () => {
    const [d] = findDates('Russia attacked Kyiv on the night of 30–31 July.', '2025-08-02')
    expect(d?.date).toMatchObject({ start: '2025-07-30', end: '2025-07-31', precision: 'night' })
  })

  it('reads "the Kiev regime" as Ukraine acting, not as a place struck', () => {
    const drafts = extract(
      'Last night, an attempt by the Kiev regime to carry out a terrorist attack using drones on facilities in Russian territory was thwarted, the ministry said.',
      { publishedAt: '2025-07-27', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record] : []))
    expect(drafts.map((a) => [a.attackerId, a.targetId, a.placeIds])).toEqual([
      ['ukraine', 'russia', []],
    ])
  })

  it('reads "Russian forces had destroyed two drones" as Russia fired at, not firing', () => {
    const a = attack(
      "Russia's Defense Ministry later said Russian forces had destroyed two drones in the Kursk region.",
    )
    expect([a?.attackerId, a?.targetId]).toEqual(['ukraine', 'russia'])
  })

  it('does not date the strike by the night rescuers worked through after it', () => {
    const a = attack(
      'At night, rescuers retrieved several more dead from the rubble of a high-rise building in Dnipro destroyed by a Russian missile.',
      '2023-01-16',
    )
    expect(a?.claims.some((c) => c.fact === 'date')).toBe(false)
  })

  it('reads "an attack on international order" as no strike', () => {
    expect(
      attack(
        "Pistorius said the war unleashed by Russia is an attack on international order, as Putin refuses to recognise the sovereignty of Russia's neighbours.",
      ),
    ).toBeUndefined()
  })

  it('reads "over Kursk and Belgorod provinces" as two regions, not their cities', () => {
    const a = attack(
      'Russian air defenses shot down 19 Ukrainian drones over Kursk and Belgorod provinces.',
    )
    expect(a?.placeIds).toEqual(['ru-kursk-oblast', 'ru-belgorod-oblast'])
  })

  it('reads "managed to shoot down 10 Shahed drones over Odesa" as a strike', () => {
    const a = attack('Air defense forces managed to shoot down 10 Shahed drones over Odesa.')
    expect([a?.attackerId, a?.targetId, a?.placeIds]).toEqual(['russia', 'ukraine', ['ua-odesa']])
  })

  it('reads "four fatalities are known" and "the number of victims killed has increased to 35"', () => {
    const killed = (text: string) =>
      attack(text)?.claims.flatMap((c) =>
        c.fact === 'killed' && 'value' in c.value ? [c.value.value] : [],
      )
    expect(killed('Russia struck Kyiv overnight. As of now, four fatalities are known.')).toEqual([
      4,
    ])
    expect(
      killed(
        'A Russian missile struck Dnipro. The number of victims killed has increased to 35 people.',
      ),
    ).toEqual([35])
  })

  it('reads "the Novoshakhtinsk oil refinery" as the town struck', () => {
    const a = attack(
      'A drone attacked the Novoshakhtinsk oil refinery overnight, says the governor of the Rostov region.',
    )
    expect(a?.placeIds).toEqual(['ru-novoshakhtinsk'])
  })

  it('reads "an oil refinery caught fire in the Krasnodar Region" as the strike it reports', () => {
    const a = attack(
      'An oil refinery caught fire in the Krasnodar Region of southern Russia on Friday morning. The fire started after a Ukrainian drone attacked the building.',
    )
    expect(a?.placeIds).toEqual(['ru-krasnodar-krai'])
  })
})
