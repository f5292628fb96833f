import type { Change } from '@sitrep/domain'
import { isRecord } from './is-problem.ts'

const kinds: readonly unknown[] = ['talk', 'aid', 'attack', 'statement'] satisfies Change['kind'][]
const operations: readonly unknown[] = [
  'create',
  'update',
  'delete',
] satisfies Change['operation'][]

const isInteger = (value: unknown, min: number) => Number.isInteger(value) && Number(value) >= min

/**
 * Whether a change-feed event has the shape of the domain's `Change`. Checked by hand, as
 * `isProblem` is, so the client carries no Zod: the shape is checked (an event a newer API adds
 * a field to still passes; one it reshapes is skipped), the formats of the id and the time the
 * API wrote are not. is-change.test.ts holds this check to the schema's verdict on each shape.
 */
export const isChange = (value: unknown): value is Change => {
  if (!isRecord(value)) return false
  const { seq, recordId, kind, version, operation, at, by } = value
  return (
    isInteger(seq, 0) &&
    typeof recordId === 'string' &&
    kinds.includes(kind) &&
    isInteger(version, 1) &&
    operations.includes(operation) &&
    typeof at === 'string' &&
    typeof by === 'string'
  )
}
