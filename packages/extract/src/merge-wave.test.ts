import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchRecord } from './merge.ts'
import { DEFAULT_MERGE_THRESHOLD } from './merge-threshold.ts'
import { waveSignal } from './merge-wave.ts'

/** The attack an outlet's text yields, published on the morning after the night it tells. */
const attack = (text: string, source: string, publishedAt = '2025-07-10'): Attack => {
  const found = extract(text, { publishedAt, source: { id: source } }).find(
    (d) => d.record.kind === 'attack',
  )?.record
  if (found?.kind !== 'attack') throw new Error(`no attack in: ${text}`)
  return found
}

const wave = attack(
  'Russia launched 540 drones and 20 missiles at Ukraine overnight, the Air Force said; two people were killed in Kyiv.',
  'src-wire',
)
const bridge = attack(
  'A Russian drone attack on the night of 9-10 July damaged a bridge in Kremenchuk, Poltava Oblast, the regional governor said.',
  'src-regional',
)

describe('waveSignal', () => {
  it('places a city struck on the night of a wave across the country in that wave', () => {
    expect(waveSignal(wave, bridge)).toEqual({
      weight: 0.2,
      reason: 'both of the night 2025-07-09 to 2025-07-10, a wave of 540 drones',
    })
    expect(matchRecord(bridge, wave)?.score).toBeGreaterThanOrEqual(DEFAULT_MERGE_THRESHOLD)
  })

  it('reads a wave from words of the whole country when no count is given', () => {
    const across = attack(
      'Russian drones and missiles struck Kyiv and other regions of Ukraine overnight, officials said.',
      'src-across',
    )
    expect(waveSignal(across, bridge)?.reason).toBe(
      'both of the night 2025-07-09 to 2025-07-10, an attack across the country',
    )
  })

  it('reads a combined wave from two cities struck that night by drones and missiles', () => {
    const cherkasy = attack(
      'On the night of July 10 Russian missiles and drones hit Smila in the Cherkasy region, injuring four people, the governor said.',
      'src-cherkasy',
    )
    const lviv = attack(
      'Russia struck an industrial site in Drohobych, Lviv Oblast, with missiles and drones on the night of 9-10 July, the city council said.',
      'src-lviv',
    )
    expect(waveSignal(cherkasy, lviv)?.reason).toBe(
      'both of the night 2025-07-09 to 2025-07-10, drones and missiles in both, a combined wave',
    )
    // Drones alone on one side say no more than a raid: no count, no words of the country.
    expect(waveSignal(cherkasy, bridge)).toBeUndefined()
  })

  it('takes the morning of the day a wave night ended for that night', () => {
    const morning = attack(
      'On the morning of July 10 a Russian missile hit a factory in Zaporizhzhia, the regional head said.',
      'src-morning',
    )
    expect(waveSignal(wave, morning)?.weight).toBe(0.2)
  })

  it('keeps shelling of a front-line town apart from the night wave', () => {
    const shelling = attack(
      'Russian artillery shelling killed three people in Pokrovsk on Thursday, the regional governor said.',
      'src-front',
    )
    expect(waveSignal(wave, shelling)).toBeUndefined()
  })

  it('keeps the next night apart, and a night a later report may mean', () => {
    const next = attack(
      'A Russian drone attack on the night of 10-11 July damaged a bridge in Kremenchuk, Poltava Oblast.',
      'src-next',
      '2025-07-11',
    )
    expect(waveSignal(wave, next)).toBeUndefined()
    const later = attack(
      'Russia launched 540 drones and 20 missiles at Ukraine overnight; the toll has risen to five.',
      'src-later',
      '2025-07-12',
    )
    expect(waveSignal(later, bridge)).toBeUndefined()
  })

  it('sees two nights in two counts of the country far apart', () => {
    const small = attack(
      'Russia launched 95 drones at Ukraine overnight, the Air Force said; a house burned in Kremenchuk.',
      'src-small',
    )
    expect(waveSignal(wave, small)).toBeUndefined()
  })
})
