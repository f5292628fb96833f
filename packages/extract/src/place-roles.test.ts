import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined

describe('places that are not where the attack was', () => {
  it.each([
    'LVIV, Oct 2 (Wire) – Russian drones struck Rivne overnight, injuring three people.',
    'Lviv — Russian drones struck Rivne overnight, injuring three people.',
    'Russian drones struck Rivne overnight, injuring three people, the head of the Lviv Regional Military Administration said.',
    'Russian drones struck Rivne overnight, injuring three people, said the mayor of Lviv.',
    'Moscow launched 30 drones at Rivne overnight, injuring three people.',
    'Russia launched 30 drones from the directions of Kursk and Oryol at Rivne, injuring three.',
    'Russia fired two missiles from Crimea at Rivne overnight, injuring three people.',
    'Russian drones heading towards Lviv struck Rivne overnight, injuring three people.',
    'Russian drones struck Rivne overnight, injuring three people, and damaged the Lviv Thermal Power Plant.',
    'MOSCOW, Oct 2 (Wire) - Russian drones struck Rivne overnight, injuring three people.',
    'Lviv, Russian drones struck Rivne overnight, injuring three people.',
    'At about 3 am Kyiv time, Russian drones struck Rivne, injuring three people.',
  ])('keeps only Rivne in "%s"', (text) => {
    expect(attack(text)?.placeIds).toEqual(['ua-rivne'])
  })

  it('reads no Russian territory in "according to Moscow"', () => {
    expect(
      attack('According to Moscow, the strikes hit 40 military sites in Ukraine.'),
    ).toMatchObject({ attackerId: 'russia', targetId: 'ukraine' })
  })

  it('still reads whose territory a governor’s region is', () => {
    expect(
      attack(
        'Ivan Petrov, governor of the Tula region, reported a drone attack on a depot in Aleksin, where two people were hurt.',
      ),
    ).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
  })

  it('reads "Kramatorsk, Donetsk region" as Kramatorsk, and scopes the toll there', () => {
    const a = attack(
      'Russian missiles struck Kramatorsk, Donetsk region. At least nine people were killed.',
    )
    expect(a?.placeIds).toEqual(['ua-kramatorsk'])
    expect(a?.claims.find((c) => c.fact === 'killed')?.value).toMatchObject({
      scope: 'ua-kramatorsk',
    })
  })

  it('reads no place in a government named by its capital', () => {
    expect(
      attack(
        'Russian missiles struck Zhytomyr overnight, damaging plants and hurting Kyiv’s ability to repair weapons.',
      )?.placeIds,
    ).toEqual(['ua-zhytomyr'])
  })
})

describe('whose air force counts the drones', () => {
  it('is the side attacked, though the sentence names the launch sites', () => {
    const a = attack(
      'The enemy launched 40 Shahed drones from the directions of Kursk and Bryansk, the Air Force said.',
    )
    expect(a?.claims[0]?.assertedBy).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    expect(a?.placeIds).toEqual([])
  })
})

describe('places after a comma that are no dateline', () => {
  it('keeps every place of a list opening the sentence', () => {
    expect(
      attack(
        'Lviv, Rivne and Lutsk were struck by Russian drones overnight, injuring three people.',
      )?.placeIds,
    ).toEqual(['ua-lviv', 'ua-rivne', 'ua-lutsk'])
  })
})

describe('the region a regional governor speaks for', () => {
  it('counts a toll a "Kharkiv regional governor" gives in the region, not the city', () => {
    const a = attack(
      'Russian drones attacked the north-east overnight. Kharkiv regional governor Oleh Syniehubov said four people were injured.',
    )
    const injured = a?.claims.find((c) => c.fact === 'injured')?.value
    expect(injured).toMatchObject({ scope: 'ua-kharkiv-oblast' })
  })
})
