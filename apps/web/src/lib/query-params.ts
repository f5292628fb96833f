import { type FieldIssue, fieldIssues } from '@sitrep/domain'
import type { z } from 'zod'

/** What Next passes a page: every parameter as it came, repeated ones as arrays. */
export type RawSearchParams = Record<string, string | string[] | undefined>

/**
 * The URL as the domain's query schemas read it: a repeated parameter (checkboxes) becomes the
 * comma list `RecordQuery` expects, and an empty field (a form left blank) counts as unset.
 */
export const flattenSearchParams = (raw: RawSearchParams): Record<string, string> => {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    const joined = Array.isArray(value) ? value.filter(Boolean).join(',') : value
    if (joined) flat[name] = joined
  }
  return flat
}

export type ParsedQuery<T> =
  | { readonly ok: true; readonly query: T }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] }

/** Parses a page's URL with a domain schema; a bad URL becomes field-named issues to show. */
export const parseSearchParams = <S extends z.ZodType>(
  schema: S,
  raw: RawSearchParams,
): ParsedQuery<z.output<S>> => {
  const result = schema.safeParse(flattenSearchParams(raw))
  return result.success
    ? { ok: true, query: result.data }
    : { ok: false, issues: fieldIssues(result.error) }
}

/** A link to `path` with these parameters, unset ones left off. */
export const hrefWith = (path: string, params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value)
  const query = search.toString()
  return query ? `${path}?${query}` : path
}
