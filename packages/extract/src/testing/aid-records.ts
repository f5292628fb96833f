import type { Aid } from '@sitrep/domain'
import { extract } from '../extract.ts'

/** The aid records a text yields (tests of aid wordings). */
export const aidRecords = (text: string, publishedAt?: string): Aid[] =>
  extract(text, { source: { id: 's' }, ...(publishedAt ? { publishedAt } : {}) }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

/** The names of a record's items. */
export const itemNames = (a: Aid | undefined): string[] =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])) ?? []

/** A record's stated sums, in their own currency. */
export const sums = (a: Aid | undefined): number[] =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  ) ?? []
