import type { z } from 'zod'
import { ValidationFailed } from './errors.ts'

/** Parses input with a domain schema, turning Zod's issues into the store's ValidationFailed. */
export const validate = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> => {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationFailed(
    `invalid ${what}`,
    result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  )
}
