import { type Attack, actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Dictionaries } from '../lib/api.ts'
import { FactList } from './fact-list.tsx'

const dict: Dictionaries = {
  actor: (id) => actors.find((a) => a.id === id),
  place: (id) => places.find((p) => p.id === id),
  actors,
  places,
}

/** The words a reader sees, tags dropped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('FactList shows an attack’s hit count beside what was intercepted', () => {
  it('lists "two missiles hit their targets in Kyiv" under its own heading', () => {
    const wave = seedDataset.records.find(
      (r): r is Attack => r.id === 'attack-ru-drones-ukraine-2025-07-21',
    )
    const [first] = wave?.claims ?? []
    if (!wave || !first) throw new Error('no seed wave')
    const hit: Attack['claims'][number] = {
      ...first,
      id: 'at1-hit-kyiv',
      fact: 'hit',
      value: { qualifier: 'exact', value: 2, subject: 'missiles', scope: 'ua-kyiv' },
    }
    const record: Attack = { ...wave, claims: [...wave.claims, hit] }
    const html = renderToStaticMarkup(
      <FactList record={record} dict={dict} sources={new Map()} only={['intercepted', 'hit']} />,
    )
    expect(html).toContain('data-fact="hit"')
    expect(textOf(html)).toContain('Hit their targets')
    expect(textOf(html)).toContain('2 missiles in Kyiv')
  })
})
