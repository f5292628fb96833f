import { describe, expect, it } from 'vitest'
import { knownIds } from './known-ids.ts'

describe('knownIds', () => {
  it('reads an id proposed for a name the dictionary now holds as the dictionary id', () => {
    expect(knownIds('sweden->ukraine@new-sweden')).toBe('sweden->ukraine@sweden')
  })
  it('keeps proposed ids of names the dictionary does not hold', () => {
    expect(knownIds('@new-ministry-of-nowhere')).toBe('@new-ministry-of-nowhere')
  })
})

describe('knownIds for places', () => {
  it('reads a region proposed before the gazetteer held it as the gazetteer id', () => {
    expect(knownIds('exact 7 scope=new-kursk-region@ru-mod')).toBe(
      'exact 7 scope=ru-kursk-oblast@ru-mod',
    )
    expect(knownIds('new-belgorod-province')).toBe('ru-belgorod-oblast')
  })
  it('keeps an effect’s places sorted after the rewrite', () => {
    expect(knownIds('damage new-belgorod-region,ru-aksay@unnamed')).toBe(
      'damage ru-aksay,ru-belgorod-oblast@unnamed',
    )
  })
  it('keeps proposed ids of places the gazetteer does not hold', () => {
    expect(knownIds('new-izmail-district')).toBe('new-izmail-district')
  })
})
