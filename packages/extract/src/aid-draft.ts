import type { Aid, NewName } from '@sitrep/domain'
import type { AidAccumulator as Accumulator } from './aid-forum.ts'
import type { Article } from './article.ts'
import { type DraftContext, withId } from './evidence.ts'

export interface AidDraft {
  readonly record: Aid
  readonly newNames: NewName[]
  readonly sentences: number[]
}

const CATEGORY: readonly [RegExp, Aid['category']][] = [
  [
    /\b(?:weapons?|military|defen[cs]e|missiles?|drones?|shells|ammunition|Patriot|artillery|armou?red|radars?|tanks?)\b/i,
    'military',
  ],
  [
    /\b(?:humanitarian|food|medical|medicine|ambulances|shelters?|generators|energy (?:equipment|sector|facilities|infrastructure)|electricity|heating|winter)\b/i,
    'humanitarian',
  ],
  [
    /\b(?:budget|macro-financial|loans?|lend|credit|grants?|financial|assets|tranche|disburse(?:d|s|ment)?|Ukraine Facility|World Bank|IMF|International Monetary Fund|EIB|EBRD|European (?:Investment Bank|Bank for Reconstruction))\b/i,
    'financial',
  ],
]

/** The record a run of sentences about one payment makes, titled and categorised by its words. */
export const toDraft = (acc: Accumulator, article: Article, ctx: DraftContext): AidDraft => {
  const id = ctx.nextId('aid')
  const words = acc.sentences.map((i) => article.sentences[i]?.text ?? '').join(' ')
  const category = CATEGORY.find(([re]) => re.test(words))?.[1] ?? 'military'
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
