import { computeDisputes } from '../disputes.ts'
import type { SitrepRecord } from '../record.ts'
import type { Brief } from './brief.ts'
import { factLabel } from './value-phrase.ts'

const SCALE: Record<string, number> = { billion: 1e9, million: 1e6 }

/** The numbers a text states, read back as the renderer writes them ("1,234", "5 billion"). */
export const numbersIn = (text: string): number[] =>
  [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s+(billion|million))?/g)].map(
    ([, n = '0', scale]) => Number(n.replace(/,/g, '')) * (scale ? (SCALE[scale] ?? 1) : 1),
  )

/** Every number anywhere in a claim value: counts, amounts, and the parts of dates. */
const numbersOfValue = (value: unknown, into: Set<number>): Set<number> => {
  if (typeof value === 'number') into.add(value)
  else if (typeof value === 'string')
    for (const m of value.matchAll(/\d+(?:\.\d+)?/g)) into.add(Number(m[0]))
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) numbersOfValue(v, into)
  return into
}

export interface TruthInput {
  readonly brief: Brief
  /** The records of the scope, by id: citations must point into them. */
  readonly records: ReadonlyMap<string, SitrepRecord>
  /** Source texts by id, where held: spans must resolve in them. */
  readonly texts: ReadonlyMap<string, string>
}

/**
 * What a brief says, checked against its evidence; each returned string is a drift. Numbers in
 * a sentence must be stated by a cited claim's value or be one of the sentence's declared
 * figures (sums over many records); words in quotation marks must be a cited claim's words;
 * record titles are names, not figures. Every citation must resolve to its record's claims and
 * to a span of the source containing the quoted words. Every disputed fact of the given records
 * must be stated as a dispute.
 */
export const briefDrift = ({ brief, records, texts }: TruthInput): string[] => {
  const drift: string[] = []
  const disputeLines: string[] = []
  for (const section of brief.sections)
    for (const s of section.sentences) {
      if (section.id === 'disputes') disputeLines.push(s.text)
      const cited = s.parts.flatMap((p) => p.citations)
      const claims = cited.flatMap((c) => {
        const record = records.get(c.recordId)
        if (!record) {
          drift.push(`"${s.text}" cites unknown record ${c.recordId}`)
          return []
        }
        return c.claimIds.flatMap((id) => {
          const claim = record.claims.find((x) => x.id === id)
          if (!claim) drift.push(`"${s.text}" cites unknown claim ${id} of ${c.recordId}`)
          return claim ? [claim] : []
        })
      })
      for (const c of cited) {
        const text = texts.get(c.sourceId)
        if (text === undefined) continue
        if (!c.span) drift.push(`citation of ${c.claimIds.join(',')} has no span`)
        else if (!text.slice(c.span.start, c.span.end).includes(c.quote))
          drift.push(`span ${c.span.start}-${c.span.end} of ${c.sourceId} lacks “${c.quote}”`)
      }
      let checked = s.text
      for (const q of s.text.match(/“[^“”]*(?:“[^“”]*”[^“”]*)*”/g) ?? []) {
        const words = q.slice(1, -1)
        if (!claims.some((c) => c.quote.includes(words) || words.includes(c.quote)))
          drift.push(`"${s.text}" quotes words no cited claim holds: ${q}`)
        checked = checked.replace(q, ' ')
      }
      for (const c of cited) {
        const title = records.get(c.recordId)?.title
        if (title) checked = checked.split(title).join(' ')
      }
      const allowed = new Set<number>(s.figures.map((f) => f.value))
      for (const c of claims) numbersOfValue(c.value, allowed)
      for (const n of numbersIn(checked))
        if (!allowed.has(n))
          drift.push(`"${s.text}" states ${n}, which no cited claim or figure gives`)
    }
  for (const record of records.values())
    for (const fact of computeDisputes(record))
      if (
        !disputeLines.some((line) =>
          line.startsWith(`${record.title}: ${factLabel(fact.fact, fact.key)} is disputed: `),
        )
      )
        drift.push(`disputed ${fact.fact} of ${record.id} is not stated as a dispute`)
  return drift
}
