import type { DraftReview } from '../../app/ingest/ingest-state.ts'
import { spanSegments } from '../../lib/span-segments.ts'

/** The anchor a draft's claim links to: the first stretch of its words in the article. */
export const spanAnchor = (draftId: string, claimId: string) => `span-${draftId}-${claimId}`

/**
 * The pasted article with every claim's words marked; a stretch quoted by several drafts names
 * them all. Drawn from the spans the API returned, so what is marked is what will be published.
 */
export function HighlightedArticle({
  text,
  drafts,
}: {
  text: string
  drafts: readonly DraftReview[]
}) {
  const spans = drafts.flatMap((draft) =>
    draft.claims.flatMap((claim) =>
      claim.span
        ? [
            {
              id: spanAnchor(draft.id, claim.id),
              ...claim.span,
              draft: draft.title,
              fact: claim.fact,
            },
          ]
        : [],
    ),
  )
  return (
    <div className="source-text" data-testid="ingest-article">
      {spanSegments(text.length, spans).map((segment) => {
        const words = text.slice(segment.start, segment.end)
        if (segment.ids.length === 0) return <span key={segment.start}>{words}</span>
        const cited = spans.filter((s) => segment.ids.includes(s.id))
        return (
          <span key={segment.start}>
            {segment.starting.map((id) => (
              <span key={id} id={id} />
            ))}
            <mark title={cited.map((s) => `${s.fact} in “${s.draft}”`).join('; ')}>{words}</mark>
          </span>
        )
      })}
    </div>
  )
}
