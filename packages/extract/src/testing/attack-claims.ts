import type { AttackClaim } from '@sitrep/domain'
import { extract } from '../extract.ts'

/** The attack records a text yields (tests of attack wordings). */
export const attacks = (text: string, publishedAt?: string) =>
  extract(text, { source: { id: 't' }, ...(publishedAt ? { publishedAt } : {}) }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )

/** Every claim of those records. */
export const claims = (text: string, publishedAt?: string) =>
  attacks(text, publishedAt).flatMap((a) => a.claims)

/** The counts of one fact as "qualifier value scope" ("over 300 -", "exact 1 ua-sumy-oblast"). */
export const counts = (list: readonly AttackClaim[], fact: AttackClaim['fact']) =>
  list
    .filter((c) => c.fact === fact)
    .map((c) =>
      'qualifier' in c.value && c.value.qualifier !== 'range'
        ? `${c.value.qualifier} ${c.value.value} ${c.value.scope ?? '-'}`
        : undefined,
    )
