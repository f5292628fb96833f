import { Draft } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { devPassages } from '../eval/real/dev.ts'
import { texts } from '../eval/texts/index.ts'
import { extract } from './extract.ts'

/**
 * Every draft the extractor proposes must be one the store can hold: a draft that fails the
 * domain schema (an aid pledge with no claims, as one dev text once gave) is refused at publish,
 * after an editor has spent time on it. Run over every text we may read: the seed, our own texts
 * and the real dev passages (the frozen test set is scored, never inspected).
 */
const corpus = [
  ...seedDataset.sources.flatMap((s) =>
    s.text ? [{ id: s.id, text: s.text, publishedAt: s.publishedAt }] : [],
  ),
  ...texts,
  ...devPassages,
]

describe('extract on every text we may read', () => {
  it('proposes only drafts that pass the domain schema', () => {
    const invalid = corpus.flatMap((t) =>
      extract(t.text, {
        ...(t.publishedAt ? { publishedAt: t.publishedAt } : {}),
        source: { id: t.id },
      }).flatMap((draft) => {
        const parsed = Draft.safeParse(draft)
        return parsed.success
          ? []
          : [
              `${t.id} ${draft.record.id}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
            ]
      }),
    )
    expect(corpus.length).toBeGreaterThan(150)
    expect(invalid).toEqual([])
    // a few seconds for some 260 texts on an idle core; shared cores under load take longer
  }, 60_000)
})
