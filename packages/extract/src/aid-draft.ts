import type { Aid, NewName } from '@sitrep/domain'
import { categoryOf } from './aid-category.ts'
import type { AidAccumulator as Accumulator } from './aid-forum.ts'
import type { Article } from './article.ts'
import { type DraftContext, withId } from './evidence.ts'

export interface AidDraft {
  readonly record: Aid
  readonly newNames: NewName[]
  readonly sentences: number[]
}

/** The record a run of sentences about one payment makes, titled and categorised by its words. */
export const toDraft = (acc: Accumulator, article: Article, ctx: DraftContext): AidDraft => {
  const id = ctx.nextId('aid')
  const words = acc.sentences.map((i) => article.sentences[i]?.text ?? '').join(' ')
  const category = categoryOf(words, acc.claims)
  // a giver the dictionary lacks is titled by the article's spelling, never by its proposed id
  const donors = acc.donorIds
    .map(
      (d) =>
        ctx.lexicon.actor(d)?.name ??
        acc.newNames.find((n) => n.proposedId === d)?.name ??
        'a new giver',
    )
    .join(' and ')
  const one = acc.donorIds.length === 1
  const first = acc.claims.find((c) => c.fact === 'item' || c.fact === 'money')
  const what =
    first?.fact === 'item'
      ? first.value.name
      : first?.fact === 'money' && first.value.kind === 'amount'
        ? (first.value.raw ?? 'money')
        : 'support'
  const title =
    acc.stage === 'request'
      ? `Ukraine asks for ${what}`
      : `${donors || 'Partners'} ${acc.stage === 'pledge' ? 'pledge' : 'deliver'}${one ? 's' : ''} ${what}`
  return {
    record: {
      kind: 'aid',
      id,
      title: title.slice(0, 300),
      stage: acc.stage,
      category,
      donorIds: acc.donorIds,
      recipientId: 'ukraine',
      ...(acc.forum ? { forum: acc.forum } : {}),
      claims: acc.claims.map((c, i) => withId(c, `${id}-e${i + 1}`)),
    },
    newNames: acc.newNames,
    sentences: acc.sentences,
  }
}
