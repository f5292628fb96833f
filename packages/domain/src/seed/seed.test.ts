import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Evidence } from '../evidence.ts'
import type { SitrepRecord } from '../record.ts'
import { istanbulTalksArticleText } from './article-text.ts'
import { seedDataset } from './index.ts'

/**
 * The article read sentence by sentence: what each sentence gives sitrep. Headings and background
 * sentences give nothing; every other sentence names the records it must appear in.
 */
const inventory: readonly (readonly [opening: string, records: readonly string[]])[] = [
  ['Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky', []],
  ['The next round of negotiations', ['talk-istanbul-2025-07', 'st-zelensky-next-round-wednesday']],
  ['This was reported to him', ['talk-istanbul-2025-07', 'st-zelensky-next-round-wednesday']],
  ['A new prisoner exchange is being prepared.', ['talk-istanbul-2025-07']],
  ['There was initially no official confirmation', ['talk-istanbul-2025-07']],
  ['The Russian state news agency TASS', ['talk-istanbul-2025-07', 'st-tass-source-thursday']],
  ['Focus on prisoners and Putin meeting', []],
  ['Earlier, Zelensky said', ['talk-istanbul-2025-07', 'st-zelensky-no-ceasefire-agenda']],
  [
    'Wednesday’s meeting should instead focus',
    ['talk-istanbul-2025-07', 'st-zelensky-agenda-to-diplomats'],
  ],
  ['“We need more momentum', ['st-zelensky-more-momentum']],
  ['He stated that results', ['st-zelensky-highest-level']],
  ['Moscow confirms interest in negotiations with Kiev', []],
  ['The Kremlin confirmed its interest', ['talk-istanbul-2025-07', 'st-kremlin-confirms-interest']],
  ['At the previous meeting', ['talk-istanbul-2025-06', 'st-peskov-position-papers']],
  ['According to Russian news agencies', ['st-peskov-diplomatic-work']],
  ['In May, Kiev and Moscow', ['talk-istanbul-2025-05']],
  ['At this meeting and a later one in June', ['talk-istanbul-2025-05', 'talk-istanbul-2025-06']],
  ['However, steps towards ending the war', ['talk-istanbul-2025-05', 'talk-istanbul-2025-06']],
  ['Call for more arms', []],
  [
    'Zelensky reiterated on Monday',
    ['aid-ua-request-air-defence-2025-07-21', 'st-zelensky-air-defence'],
  ],
  [
    'Officials in Kiev said earlier',
    ['aid-ua-request-weapons-production-2025', 'st-kyiv-officials-five-billion'],
  ],
  [
    'The funds are necessary',
    ['aid-ua-request-weapons-production-2025', 'st-shmyhal-funds-for-drones'],
  ],
  [
    'According to the Interfax-Ukraine news agency',
    ['aid-ua-request-funds-2026', 'st-shmyhal-funds-2026'],
  ],
  [
    'Ukrainian Commander-in-Chief Oleksandr Syrskyi',
    ['aid-ua-request-syrskyi-needs', 'st-syrskyi-more-aid'],
  ],
  [
    '“We are still urgently lacking',
    ['aid-ua-request-syrskyi-needs', 'st-syrskyi-urgently-lacking', 'st-syrskyi-joint-efforts'],
  ],
  [
    'The 29th meeting was attended',
    ['aid-ua-request-weapons-production-2025', 'aid-ua-request-funds-2026'],
  ],
  ['Ukraine has been defending itself', []],
  ['Support from Berlin and Oslo', []],
  ['Germany and Norway want to jointly finance', ['aid-no-de-pledge-air-defence-2025-07']],
  [
    'Following a meeting with German Chancellor',
    ['aid-no-de-pledge-air-defence-2025-07', 'st-store-considerable-contribution'],
  ],
  ['Germany wants to support Ukraine', ['aid-de-pledge-patriots-2025-07']],
  ['The original plan was to buy', ['aid-de-pledge-patriots-2025-07']],
  ['However, as they are not immediately available', ['aid-de-pledge-patriots-2025-07']],
  ['Fresh wave of attacks from both sides', []],
  [
    'At least one person was killed',
    ['attack-ru-drones-ukraine-2025-07-21', 'st-ua-officials-kyiv-toll'],
  ],
  ['Zelensky wrote on X', ['attack-ru-drones-ukraine-2025-07-21', 'st-zelensky-x-toll']],
  ['The attacks hit the capital', ['attack-ru-drones-ukraine-2025-07-21']],
  [
    'Referring to Ivano-Frankivsk',
    ['attack-ru-drones-ukraine-2025-07-21', 'st-martsinkiv-largest-attack'],
  ],
  [
    'The Ministry of Defence in Moscow said',
    ['attack-ua-drones-russia-2025-07-21', 'st-ru-mod-74-drones'],
  ],
  ['Of these, 15 were reportedly', ['attack-ua-drones-russia-2025-07-21']],
  ['The drone attacks once again affected air traffic.', []],
  [
    'According to the aviation authority Rosaviatsiya',
    ['attack-ua-drones-russia-2025-07-21', 'st-rosaviatsiya-airports'],
  ],
]

/** Sentence bounds: line breaks end headings; ". " and ".”" end sentences within a paragraph. */
const sentenceStarts = (text: string): number[] =>
  inventory.map(([opening]) => {
    const at = text.indexOf(opening)
    if (at < 0) throw new Error(`inventory opening not in the article: ${opening}`)
    return at
  })

const text = istanbulTalksArticleText
/** The project's shared folder sits beside the repository on developer machines and in CI. */
const original = await readFile(
  new URL('../../../../../shared/seed/istanbul-talks-2025-07-21.txt', import.meta.url),
  'utf8',
).catch(() => undefined)
const starts = sentenceStarts(text)
const ends = starts.map((_, i) => starts[i + 1] ?? text.length)

describe('the seed article is captured completely', () => {
  it('lists every sentence of the article in order', () => {
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
    const lines = text.split('\n').filter((l) => l.trim())
    for (const line of lines)
      expect(inventory.some(([opening]) => line.startsWith(opening))).toBe(true)
  })

  it.each(inventory.map((row, i) => [row[0], row[1], i] as const))(
    '"%s…" is evidence for %j',
    (_opening, expected, i) => {
      const start = starts[i] ?? 0
      const end = ends[i] ?? text.length
      const citing = new Set(
        seedDataset.records
          .filter((r) => r.claims.some((c) => c.span && c.span.start < end && c.span.end > start))
          .map((r) => r.id),
      )
      expect([...citing].sort()).toEqual([...expected].sort())
    },
  )

  it('counts 3 talks, 6 aid records, 2 attacks and 22 statements, as the inventory does', () => {
    const expected = new Set(inventory.flatMap(([, ids]) => ids))
    const byKind = (prefix: string) => [...expected].filter((id) => id.startsWith(prefix)).length
    const count = (kind: SitrepRecord['kind']) =>
      seedDataset.records.filter((r) => r.kind === kind).length
    expect([count('talk'), count('aid'), count('attack'), count('statement')]).toEqual([
      3, 6, 2, 22,
    ])
    expect([byKind('talk-'), byKind('aid-'), byKind('attack-'), byKind('st-')]).toEqual([
      3, 6, 2, 22,
    ])
  })

  it('quotes the article exactly at every evidence span', () => {
    for (const claim of seedDataset.records.flatMap((r): readonly Evidence[] => r.claims)) {
      expect(claim.span).toBeDefined()
      expect(text.slice(claim.span?.start, claim.span?.end)).toBe(claim.quote)
    }
  })

  it('gives every record and every claim a unique id', () => {
    const ids = seedDataset.records.map((r) => r.id)
    const claimIds = seedDataset.records.flatMap((r) => r.claims.map((c) => c.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(claimIds).size).toBe(claimIds.length)
  })

  it('links only to records that exist', () => {
    const ids = new Set(seedDataset.records.map((r) => r.id))
    const links = seedDataset.records.flatMap((r) =>
      r.kind === 'statement'
        ? r.aboutIds
        : r.kind === 'talk'
          ? [r.previousRoundId ?? []].flat()
          : r.kind === 'aid'
            ? [r.respondsToId ?? []].flat()
            : [],
    )
    for (const link of links) expect(ids.has(link)).toBe(true)
  })

  it.skipIf(original === undefined)('is the original article, character for character', () => {
    expect(text).toBe(original)
  })
})
