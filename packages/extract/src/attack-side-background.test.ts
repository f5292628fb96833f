import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Sides named by way of background, which open no attack of their own (issue #15). */
const sides = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [`${d.record.attackerId}>${d.record.targetId}`] : [],
  )

describe('a state named as the agent or the invader is no territory struck', () => {
  it('reads "a strategy by Russia to terrorize civilians" as Russia acting', () => {
    expect(
      sides(
        'Zelensky said the strikes were part of a strategy by Russia to terrorize civilians and damage Ukrainian infrastructure.',
      ),
    ).not.toContain('ukraine>russia')
  })

  it('reads "the war, which began with Russia \'s invasion" as no strike on Russia', () => {
    expect(
      sides(
        "Russian drones hit Odesa overnight. The attack marks a new escalation of the war, which began with Russia 's invasion in 2022.",
      ),
    ).toEqual(['russia>ukraine'])
  })
})

describe('strikes told as what something is for', () => {
  it('keeps "Kyiv said Russia had used the base to carry out strikes" from opening an attack', () => {
    const text =
      'Ukrainian drones attacked an airfield in the city of Engels, the governor said. Kyiv said Russia had used the base to carry out strikes on Ukraine. Six people were injured in the attack, officials said.'
    expect(sides(text)).toEqual(['ukraine>russia'])
    const injured = extract(text, { source: { id: 't' } })
      .flatMap((d) => (d.record.kind === 'attack' ? d.record.claims : []))
      .filter((c) => c.fact === 'injured')
    expect(injured).toHaveLength(1)
  })
})
