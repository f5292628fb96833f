import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('deliveries from two states told one after the other', () => {
  it('keeps each state’s delivery a record of its own', () => {
    const records = aid(
      'Ukraine has received 50 ambulances from Germany. Ukraine has also received 20 generators from Poland.',
    )
    expect(records.map((a) => a.donorIds)).toEqual([['germany'], ['poland']])
  })

  it('reads no "Also" as a thing given', () => {
    const items = aid(
      'Ukraine has received 50 ambulances from Germany. It has also received 20 generators.',
    ).flatMap((a) => a.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])))
    expect(items).not.toContain('Also')
  })

  it('reads no speaker from a state that only "promised" what was received', () => {
    const records = aid(
      'Ukraine has received the howitzers Norway promised. Ukraine has received 30 vehicles from Canada.',
    )
    expect(records.map((a) => a.donorIds)).toEqual([['norway'], ['canada']])
    expect(records.flatMap((a) => a.claims.map((c) => c.assertedBy))).not.toContainEqual({
      type: 'actor',
      actorId: 'norway',
    })
  })
})

describe('what goes on about a delivery after the line that says who told of it', () => {
  it('joins a quote two lines on, past "This was announced by X."', () => {
    const records = aid(
      'Spain has handed over 20 ambulances to Ukraine.\nThis was announced by the head of the regional administration, Ivan Petrenko.\nMore aid from Spain is already in Poland.\n“We have received generators, light ones that fit in a car, and tents,” Petrenko said.',
    )
    expect(records).toHaveLength(1)
    const items = records[0]?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))
    expect(items).toEqual(['Ambulances', 'Generators'])
  })
})
