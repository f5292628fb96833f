import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Launch and downing counts in the wordings of wire and ministry prose (issue #15). */
const attacks = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )
const counts = (text: string, fact: string) =>
  attacks(text)
    .flatMap((a) => a.claims)
    .flatMap((c) =>
      c.fact === fact && 'qualifier' in c.value && c.value.qualifier !== 'range'
        ? [[c.value.value, c.value.scope]]
        : [],
    )

describe('launch counts told other ways than "launched"', () => {
  it('reads "was attacked by 80 Shahed drones" as 80 launched', () => {
    expect(counts('Odesa was attacked by 80 Shahed drones overnight.', 'launched')).toEqual([
      [80, undefined],
    ])
  })

  it('reads "employed more than 30 drones" as over 30 launched', () => {
    const [a] = attacks(
      "Kyiv's forces employed more than 30 drones in the raid on the Bryansk region, the governor said.",
    )
    expect(a?.attackerId).toBe('ukraine')
    expect(a?.claims.find((c) => c.fact === 'launched')?.value).toMatchObject({
      qualifier: 'over',
      value: 30,
    })
  })

  it('reads the breakdown after "attacked Ukraine with 100 targets:" as launched', () => {
    const launched = counts(
      'Russia attacked Ukraine with 100 targets overnight: 70 drones and 30 missiles, the air force said.',
      'launched',
    ).map(([v]) => v)
    expect(launched).toEqual(expect.arrayContaining([70, 30]))
  })

  it('reads "The attack included 40 drones" after a sentence naming the sides', () => {
    const launched = counts(
      'Russia attacked Ukraine overnight, the air force said. The attack included 40 drones and two ballistic missiles.',
      'launched',
    ).map(([v]) => v)
    expect(launched).toEqual([40, 2])
  })

  it('reads "with a barrage of 35 missiles" and "a wave of 49 drones" as launched', () => {
    expect(counts('Russia hit Sumy with a barrage of 12 missiles on Friday.', 'launched')).toEqual([
      [12, 'ua-sumy'],
    ])
    expect(
      counts(
        'Russia struck Ukraine with a wave of 49 drones overnight, officials said.',
        'launched',
      ),
    ).toEqual([[49, 'ua']])
  })

  it('reads a model name between the count and its noun ("4 Kh-101 cruise missiles")', () => {
    expect(
      counts(
        'The Russians launched 6 Kh-101/Kh-555 cruise missiles from strategic bombers.',
        'launched',
      ),
    ).toEqual([[6, undefined]])
  })

  it('reads "143 air attack assets were recorded" as launched, "detected, destroyed" as downed', () => {
    expect(
      counts(
        'Russia attacked Ukraine overnight. In total, 143 air attack assets were recorded, the air force said.',
        'launched',
      ),
    ).toEqual([[143, undefined]])
    expect(
      counts(
        'Ukrainian drones attacked Voronezh overnight. A total of 17 drones were detected, destroyed and their debris cleared, he wrote.',
        'intercepted',
      ).map(([v]) => v),
    ).toEqual([17])
  })
})

describe('shares of a count', () => {
  it('reads "Thirty of them were aimed at Kyiv" as 30 launched at Kyiv', () => {
    expect(
      counts(
        'Russia launched 70 drones overnight. Thirty of them were aimed at Kyiv, the air force said.',
        'launched',
      ),
    ).toEqual([
      [70, undefined],
      [30, 'ua-kyiv'],
    ])
  })

  it('reads "with 40 shot down" after a count of drones as 40 intercepted', () => {
    expect(
      counts(
        'A total of 50 drones were fired at Ukraine, with 40 shot down, the air force said.',
        'intercepted',
      ).map(([v]) => v),
    ).toEqual([40])
  })

  it('does not count "most were shot down" or "12 drones hit their targets"', () => {
    const text =
      'Russia launched 50 drones at Ukraine overnight. Most were shot down, the air force said, but 12 drones hit their targets.'
    expect(counts(text, 'intercepted')).toEqual([])
    expect(counts(text, 'launched').map(([v]) => v)).toEqual([50])
  })

  it('does not read the parts of a toll after its colon as a second toll', () => {
    expect(
      counts(
        'A Russian missile hit a block of flats in Uman. "In all, 23 people died: 22 were pulled from the rubble and one died in hospital," the minister said.',
        'killed',
      ).map(([v]) => v),
    ).toEqual([23])
  })
})

describe('"all" downed, told without a number', () => {
  it('reads "All of them were shot down" as the count launched', () => {
    expect(
      counts(
        'Russia launched 24 drones at Ukraine overnight. All of them were shot down, the air force said.',
        'intercepted',
      ),
    ).toEqual([[24, 'ua']])
  })

  it('takes the count launched at the place the sentence names', () => {
    expect(
      counts(
        'Russia launched 50 drones at Ukraine overnight. Twenty of them were aimed at Kyiv. Air defence destroyed all drones over Kyiv.',
        'intercepted',
      ),
    ).toEqual([[20, 'ua-kyiv']])
  })

  it('matches the weapons named: "All missiles were shot down"', () => {
    expect(
      counts(
        'Russia launched 10 missiles and 40 drones at Ukraine. All missiles were shot down.',
        'intercepted',
      ),
    ).toEqual([[10, 'ua']])
  })
})

describe('who fired', () => {
  it('reads "Russia\'s large-scale missile strike on Ukraine" as Russia attacking', () => {
    const [a] = attacks(
      "After Russia's large-scale missile strike on Ukraine, rescuers kept working. It hit a hospital and houses. So far 20 are confirmed killed.",
    )
    expect([a?.attackerId, a?.targetId]).toEqual(['russia', 'ukraine'])
  })
})

describe('direction and background', () => {
  it('reads "Drones launched by Ukraine hit a refinery" as Ukraine attacking', () => {
    const [a] = attacks(
      'Drones launched by Ukraine hit an oil refinery in the Saratov region overnight, the governor said.',
    )
    expect([a?.attackerId, a?.targetId]).toEqual(['ukraine', 'russia'])
  })

  it('makes no attack of weapons told as a habit', () => {
    expect(
      attacks(
        'Russia has been using Iranian-made Shahed drones to attack Ukrainian cities since 2022.',
      ),
    ).toEqual([])
    expect(attacks('Russia regularly launches Shahed drones at Odesa.')).toEqual([])
  })
})

describe('a total told before its share', () => {
  it('reads "tracked 120 drones, of which 100 were shot down" as 120 launched', () => {
    expect(
      counts(
        'The air force said it had tracked 120 Russian drones overnight, of which 100 were shot down.',
        'launched',
      ),
    ).toEqual([[120, undefined]])
  })

  it('reads "unleashed 120 missiles" as launched', () => {
    expect(
      counts('Russia unleashed 120 missiles on Ukraine overnight, officials said.', 'launched'),
    ).toEqual([[120, 'ua']])
  })
})
