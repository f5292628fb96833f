import { type ClientOptions, proposeIngest, publishIngest } from '@sitrep/client'
import {
  describeIssues,
  type IngestProposal,
  type IngestPublished,
  IngestRequest,
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
  /** Matches scoring at least this add their evidence to the existing record instead. */
  readonly mergeAbove: number
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

/** Reads the article, asks the API for drafts and, with `publish`, writes them (editor key). */
export const ingestArticle = async (
  options: ClientOptions,
  file: string,
  flags: IngestFlags,
): Promise<IngestOutcome> => {
  const request = buildIngestRequest(await readInput(file), flags)
  const proposal = await proposeIngest(options, request)
  if (!flags.publish) return { proposal }
  const merges = proposal.matches
    .filter((m) => m.score >= flags.mergeAbove)
    .map(({ draftId, recordId }) => ({ draftId, recordId }))
  const published = await publishIngest(options, {
    source: proposal.source,
    drafts: proposal.drafts,
    merges,
  })
  return { proposal, published }
}

/** Each draft with its claims and the exact words and span each claim stands on. */
export const describeProposal = ({ proposal, published }: IngestOutcome): string => {
  const lines: string[] = [`source: ${proposal.source.title} (${proposal.source.id})`]
  for (const { record, newNames } of proposal.drafts) {
    const match = proposal.matches.find((m) => m.draftId === record.id)
    lines.push('', `${record.kind} ${record.id}: ${record.title}`)
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
