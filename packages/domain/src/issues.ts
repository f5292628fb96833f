import type { z } from 'zod'

/** One problem with an input, named by the field it is about ("claims.0.value.amount"). */
export interface FieldIssue {
  readonly path: string
  readonly message: string
}

/** Zod's issues as field-named messages: what the API, the importer and the CLI all report. */
export const fieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.flatMap((issue) => {
    const at = issue.path.map(String)
    // An unknown field is named by itself, so "bogus: unknown field" rather than "(root): …".
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: 'unknown field' }))
    return [{ path: at.join('.') || '(root)', message: issue.message }]
  })

/** A one-line summary, for logs and terminal output. */
export const describeIssues = (error: z.ZodError): string =>
  fieldIssues(error)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ')
