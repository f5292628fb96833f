import { z } from 'zod'
import { SitrepRecord } from '../record.ts'
import { Source } from '../source.ts'
import { aid } from './aid.ts'
import { attacks } from './attacks.ts'
import { istanbulTalksArticle } from './source.ts'
import { statements } from './statements.ts'
import { talks } from './talks.ts'

export const SeedDataset = z.strictObject({
  sources: z.array(Source),
  records: z.array(SitrepRecord),
})
export type SeedDataset = z.infer<typeof SeedDataset>

/**
 * The first dataset: the seed article captured completely. Parsed at load so that a mistake in
 * it fails loudly at once rather than in a store.
 */
export const seedDataset: SeedDataset = SeedDataset.parse({
  sources: [istanbulTalksArticle],
  records: [...talks, ...aid, ...attacks, ...statements],
})

export { istanbulTalksArticleText } from './article-text.ts'
export {
  editedCopy,
  retypedCopy,
  sameNightOtherReport,
  secondOutletReport,
  shortenedCopy,
} from './copies.ts'
export { istanbulTalksArticle } from './source.ts'
export { julyRound, juneRound, mayRound } from './talks.ts'
