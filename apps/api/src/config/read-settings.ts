import { describeIssues } from '@sitrep/domain'
import type { z } from 'zod'

/**
 * Parses the variables a schema names out of an environment (process.env, a Worker's bindings),
 * or says what is wrong with them, naming each variable at fault. An empty variable counts as
 * unset, as shells and CI files often leave them; values that are not strings (a Worker's D1
 * binding) are not settings.
 */
export const readSettings = <S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, unknown>>,
): { config: z.infer<S> } | { problem: string } => {
  const given = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  )
  const parsed = schema.safeParse(given)
  return parsed.success
    ? { config: parsed.data }
    : { problem: `bad configuration: ${describeIssues(parsed.error)}` }
}
