import type { Problem } from '@sitrep/domain'

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const optionalString = (value: unknown) => value === undefined || typeof value === 'string'

/**
 * Whether a body is a problem document as the domain's `Problem` schema defines it. The client
 * checks it by hand rather than with the schema because Zod would add ~90 kB (gzip) to every
 * edge function and browser bundle that only wants to read an error; is-problem.test.ts holds
 * this check to the schema's verdict on valid and invalid documents.
 */
export const isProblem = (value: unknown): value is Problem => {
  if (!isRecord(value)) return false
  const { type, title, status, detail, instance, issues } = value
  return (
    typeof type === 'string' &&
    typeof title === 'string' &&
    typeof status === 'number' &&
    Number.isInteger(status) &&
    status >= 400 &&
    status <= 599 &&
    optionalString(detail) &&
    optionalString(instance) &&
    (issues === undefined ||
      (Array.isArray(issues) &&
        issues.every(
          (i) => isRecord(i) && typeof i.path === 'string' && typeof i.message === 'string',
        )))
  )
}
