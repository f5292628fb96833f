import type { SitrepClient } from '@sitrep/client'
import {
  type DraftDecision,
  describeHeld,
  describeIssues,
  type IngestProposal,
  type IngestPublished,
  IngestRequest,
  type MatchSuggestion,
} from '@sitrep/domain'
import { UsageError } from '../lib/failure.ts'
import { formatClaimValue } from '../lib/format-value.ts'
import { readInput } from './import-file.ts'

export interface IngestFlags {
  readonly published: string
  readonly title?: string
  readonly outlet?: string
  readonly url?: string
  readonly publish?: boolean
  /**
   * Matches scoring at least this add their evidence to the existing record instead; without
   * it every draft takes the API's default decision.
   */
  readonly mergeAbove?: number
}

/** The first non-empty line: a wire report's headline, the source's title when none is given. */
const headline = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean)
    ?.slice(0, 500) ?? 'untitled article'

export const buildIngestRequest = (text: string, flags: IngestFlags): IngestRequest => {
  const parsed = IngestRequest.safeParse({
    text,
    publishedAt: flags.published,
    source: {
      title: flags.title ?? headline(text),
      ...(flags.outlet ? { outletName: flags.outlet } : {}),
      ...(flags.url ? { url: flags.url } : {}),
    },
  })
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error))
  return parsed.data
}

export type IngestOutcome =
  | { readonly proposal: IngestProposal; readonly published?: undefined }
  | { readonly proposal: IngestProposal; readonly published: IngestPublished }

/**
 * `--merge-above` as decisions: each draft merges into its best match when that scores at
 * least the threshold, else is published as new. Without the flag nothing is sent and every
 * draft takes the API's default.
 */
export const decisionsAbove = (
  proposal: IngestProposal,
  mergeAbove: number | undefined,
): DraftDecision[] =>
  mergeAbove === undefined
    ? []
    : proposal.drafts.map(({ record }): DraftDecision => {
        const best = proposal.matches
          .filter((m) => m.draftId === record.id)
          .reduce<MatchSuggestion | undefined>(
            (a, m) => (a && a.score >= m.score ? a : m),
            undefined,
          )
        return best && best.score >= mergeAbove
          ? { draftId: record.id, action: 'merge', recordId: best.recordId }
          : { draftId: record.id, action: 'new' }
      })

/**
 * Reads the article, asks the API for drafts and, with `publish`, publishes it by decisions
 * (editor key): the API reads the article again and applies them, so only the article and the
 * decisions are sent, never the drafts.
 */
export const ingestArticle = async (
  client: SitrepClient,
  file: string,
  flags: IngestFlags,
): Promise<IngestOutcome> => {
  const request = buildIngestRequest(await readInput(file), flags)
  const proposal = await client.ingest.propose(request)
  if (!flags.publish) return { proposal }
  const published = await client.ingest.publish({
    ...request,
    decisions: decisionsAbove(proposal, flags.mergeAbove),
  })
  return { proposal, published }
}

/** What publishing does with a draft, as one line. */
const describeDecision = (decision: DraftDecision | undefined): string =>
  decision?.action === 'merge'
    ? `merge into ${decision.recordId}`
    : decision?.action === 'reject'
      ? 'reject'
      : 'publish as new'

/** Each draft with its claims and the exact words and span each claim stands on. */
export const describeProposal = (
  { proposal, published }: IngestOutcome,
  mergeAbove?: number,
): string => {
  const lines: string[] = [`source: ${proposal.source.title} (${proposal.source.id})`]
  if (proposal.held) lines.push(describeHeld(proposal.held, proposal.source.id))
  const decisions =
    mergeAbove === undefined ? proposal.defaults : decisionsAbove(proposal, mergeAbove)
  for (const { record, newNames } of proposal.drafts) {
    const match = proposal.matches.find((m) => m.draftId === record.id)
    const decision = decisions.find((d) => d.draftId === record.id)
    lines.push('', `${record.kind} ${record.id}: ${record.title}`)
    lines.push(`  on publish: ${describeDecision(decision)}`)
    if (match)
      lines.push(
        `  matches ${match.recordId} (${match.score.toFixed(2)}): ${match.reasons.join('; ')}`,
      )
    for (const claim of record.claims) {
      const span = claim.span ? `[${claim.span.start}-${claim.span.end}]` : '[no span]'
      lines.push(`  ${claim.fact}: ${formatClaimValue(claim, (id) => id)} ${span} "${claim.quote}"`)
    }
    for (const name of newNames)
      lines.push(
        `  new ${name.type}: ${name.name} → ${name.proposedId} [${name.span.start}-${name.span.end}]`,
      )
  }
  lines.push('', `${proposal.drafts.length} drafts, ${proposal.matches.length} matches`)
  if (published)
    lines.push(`published: ${published.created.length} created, ${published.merged.length} merged`)
  else lines.push('nothing written; pass --publish (editor key) to publish the drafts')
  return lines.join('\n')
}
