import type { Evidence } from '../evidence.ts'
import type { Source } from '../source.ts'
import type { BriefCitation, BriefPart } from './brief.ts'
import { actorName } from './phrases.ts'

/** What a footnote needs of a source; the text itself stays in the store. */
export type BriefSource = Pick<
  Source,
  'id' | 'title' | 'url' | 'outletId' | 'outletName' | 'publishedAt'
>
export type BriefSources = ReadonlyMap<string, BriefSource>

export const outletOf = (source: BriefSource | undefined): string | undefined =>
  source?.outletName ?? (source?.outletId ? actorName(source.outletId) : undefined)

/**
 * One citation per source and span: claims quoting the same words of the same source share a
 * footnote, so a sentence citing three agenda items of one paragraph shows one mark.
 */
export const citationsOf = (
  recordId: string,
  claims: readonly Evidence[],
  sources: BriefSources,
): BriefCitation[] => {
  const byWords = new Map<string, BriefCitation>()
  for (const claim of claims) {
    const key = `${claim.sourceId}\u0000${claim.span?.start ?? ''}\u0000${claim.quote}`
    const held = byWords.get(key)
    if (held) {
      if (!held.claimIds.includes(claim.id)) held.claimIds.push(claim.id)
      continue
    }
    const source = sources.get(claim.sourceId)
    const outlet = outletOf(source)
    byWords.set(key, {
      recordId,
      claimIds: [claim.id],
      sourceId: claim.sourceId,
      ...(claim.span ? { span: claim.span } : {}),
      quote: claim.quote,
      ...(source?.url ? { url: source.url } : {}),
      ...(outlet ? { outlet } : {}),
      ...(source?.publishedAt ? { publishedAt: source.publishedAt } : {}),
      ...(source?.title ? { sourceTitle: source.title } : {}),
    })
  }
  return [...byWords.values()]
}

/** Words and the claims of one record that stand behind them. */
export const cited = (
  text: string,
  recordId: string,
  claims: readonly Evidence[],
  sources: BriefSources,
): BriefPart => ({ text, citations: citationsOf(recordId, claims, sources) })
