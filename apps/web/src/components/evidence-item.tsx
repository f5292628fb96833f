import {
  type AnyClaim,
  isBelligerentClaim,
  originName,
  originOf,
  type Source,
} from '@sitrep/domain'
import Link from 'next/link'
import type { Dictionaries } from '../lib/api.ts'
import { stanceWords } from '../lib/origin-words.ts'
import { asserterName } from './asserter-name.tsx'

const attributionWords: Record<AnyClaim['attribution'], string> = {
  dataset: 'dataset',
  'named-official': 'named official',
  'official-body': 'official body',
  'unnamed-officials': 'unnamed officials',
  'media-report': 'media report',
  'unnamed-source': 'unnamed source',
}

/** The page anchor of a claim's evidence, so a correction can point at the claim it answers. */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`

interface Props {
  readonly claim: AnyClaim
  readonly dict: Dictionaries
  readonly sources: ReadonlyMap<string, Source>
}

/** One piece of evidence: the words, where they come from and the chain of attribution. */
export function EvidenceItem({ claim, dict, sources }: Props) {
  const source = sources.get(claim.sourceId)
  const belligerent = isBelligerentClaim(claim.assertedBy, dict.actor)
  const origin = originName(
    originOf(claim, (id) => sources.get(id)),
    { actorName: (id) => dict.actor(id)?.name, sourceTitle: (id) => sources.get(id)?.title },
  )
  const answered = claim.stance?.answersAsserter && asserterName(claim.stance.answersAsserter, dict)
  return (
    <div className="evidence" id={claimAnchor(claim.id)} data-evidence-id={claim.id}>
      {claim.stance ? (
        <p className={`badge stance stance-${claim.stance.type}`} data-testid="stance">
          {stanceWords(claim.stance, answered)}
          {claim.stance.answersClaimId ? (
            <>
              {' '}
              (<a href={`#${claimAnchor(claim.stance.answersClaimId)}`}>the claim it answers</a>)
            </>
          ) : null}
        </p>
      ) : null}
      <blockquote cite={source?.url}>{claim.quote}</blockquote>
      <dl className="attribution">
        <dt>Asserted by</dt>
        <dd data-testid="asserted-by">{asserterName(claim.assertedBy, dict)}</dd>
        {claim.citing ? (
          <>
            <dt>Citing</dt>
            <dd>{asserterName(claim.citing, dict)}</dd>
          </>
        ) : null}
        {claim.reportedBy ? (
          <>
            <dt>Reported by</dt>
            <dd data-testid="reported-by">{asserterName(claim.reportedBy, dict)}</dd>
          </>
        ) : null}
        <dt>Origin</dt>
        <dd data-testid="origin">{origin}</dd>
        <dt>Attribution</dt>
        <dd>
          <span className={`badge attribution-${claim.attribution}`}>
            {attributionWords[claim.attribution]}
          </span>
          {belligerent ? <span className="badge belligerent">party to the war</span> : null}
          {claim.verification !== 'confirmed' ? (
            <span className="badge">{claim.verification}</span>
          ) : null}
        </dd>
        <dt>Source</dt>
        <dd>
          <Link href={`/sources/${encodeURIComponent(claim.sourceId)}#ev-${claim.id}`}>
            {source ? source.title : claim.sourceId}
          </Link>
          {source?.publishedAt ? `, ${source.publishedAt.slice(0, 10)}` : ''}
          {claim.span ? ` (characters ${claim.span.start}–${claim.span.end})` : ''}
          {claim.channel ? ` · ${claim.channel.replaceAll('-', ' ')}` : ''}
        </dd>
      </dl>
    </div>
  )
}
