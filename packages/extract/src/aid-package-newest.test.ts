import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) => (d.record.kind === 'aid' ? [d.record] : []))
const items = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])) ?? []

describe('a package told on in the next sentence and in a quote', () => {
  it('goes on with "The newest package includes …" and a quoted "The package includes …"', () => {
    const [a, ...rest] = aid(
      'Latvia will send its next package of military aid to Ukraine, worth €15 million. The newest package includes mortar rounds that the front lacks.\n"The package includes night-vision devices, field radios and tents," the minister said.',
    )
    expect(rest).toHaveLength(0)
    expect(items(a)).toEqual(['Mortar rounds', 'Night-vision devices', 'Field radios', 'Tents'])
  })
})
