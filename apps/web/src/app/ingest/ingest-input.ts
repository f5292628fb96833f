import { describeIssues, IngestRequest } from '@sitrep/domain'
import type { IngestInput } from './ingest-state.ts'

const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

export const readInput = (form: FormData): IngestInput => ({
  text: field(form, 'text'),
  publishedAt: field(form, 'publishedAt').trim(),
  title: field(form, 'title').trim(),
  url: field(form, 'url').trim(),
  outletName: field(form, 'outletName').trim(),
})

/** The first non-empty line: a wire report's headline, the source's title when none is given. */
const headline = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean)
    ?.slice(0, 500) ?? 'untitled article'

export type ParsedInput =
  | { readonly ok: true; readonly request: IngestRequest }
  | { readonly ok: false; readonly error: string }

/**
 * The form as the API's request. The publication date is required here although the API takes
 * an article without one: the page is for publishing, and relative dates ("on Wednesday") left
 * unresolved would make undated records.
 */
export const toIngestRequest = (input: IngestInput): ParsedInput => {
  if (!input.text.trim()) return { ok: false, error: 'Paste the article’s text.' }
  if (!input.publishedAt)
    return { ok: false, error: 'Give the publication date: relative dates are read against it.' }
  const parsed = IngestRequest.safeParse({
    text: input.text,
    publishedAt: input.publishedAt,
    source: {
      title: input.title || headline(input.text),
      ...(input.url ? { url: input.url } : {}),
      ...(input.outletName ? { outletName: input.outletName } : {}),
    },
  })
  return parsed.success
    ? { ok: true, request: parsed.data }
    : { ok: false, error: describeIssues(parsed.error) }
}
