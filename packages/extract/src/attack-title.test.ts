import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const title = (text: string) =>
  (
    extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
      (d) => d.record.kind === 'attack',
    )?.record as Attack | undefined
  )?.title

describe('attack titles', () => {
  it.each([
    [
      'Russia launched 40 drones and six missiles at Lutsk overnight.',
      'Russian drone and missile attack on Lutsk',
    ],
    [
      'Air defences destroyed 30 Ukrainian drones over the Tula Region, 12 over the Oryol Region and four over Crimea.',
      'Ukrainian drone attack on Tula Oblast and 2 other places',
    ],
    [
      'Russian shelling killed two people in the village of Bilozerka.',
      'Russian artillery attack on Bilozerka',
    ],
    ['Russia launched 52 drones at Ukraine overnight.', 'Russian drone attack on Ukraine'],
  ])('titles "%s" as "%s"', (text, expected) => {
    expect(title(text)).toBe(expected)
  })
})
