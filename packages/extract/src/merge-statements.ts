import type { Statement } from '@sitrep/domain'
import type { Signal } from './merge-signals.ts'
import { wordOverlap } from './merge-signals.ts'

/** Figures of two or more digits a text states ("1,000 for 1,000", "13.3 billion", "16th"). */
const figuresOf = (text: string): string[] => [
  ...new Set((text.match(/\d[\d,.]*\d/g) ?? []).map((n) => n.replace(/,/g, ''))),
]

const MARK = /["“”«»„]/

/**
 * Words a source puts in quotation marks: the speaker's own, whoever rendered them. A sentence
 * may end a quotation an earlier one began ("He kills children…," Zelensky said): its first
 * mark then follows the quotation's last punctuation, and the words before it are quoted too.
 */
export const quotedPassages = (sentence: string): string[] => {
  const first = sentence.search(MARK)
  if (first < 0) return []
  const closes = /[,.!?…]\s*$/.test(sentence.slice(0, first)) || /^[”»]/.test(sentence[first] ?? '')
  const from = closes ? 0 : 1
  return sentence.split(MARK).filter((p, i) => i % 2 === from && p.trim().length >= 12)
}

/**
 * What the speaker said, in the renderings a record holds: its text, and the quoted words of the
 * sentences it was read from — a sentence whose quotation the extractor missed ("…," Zelensky
 * said of Putin) still carries the speaker's words.
 */
export const renderings = (s: Statement): string[] => {
  const quoted = s.claims.flatMap((c) => quotedPassages(c.quote))
  return [s.text, ...(quoted.length > 0 ? [quoted.join(' ')] : [])]
}

/** The best overlap of any rendering of one with any of the other, with the two texts. */
const bestOverlap = (a: Statement, b: Statement) => {
  let best = { overlap: 0, x: a.text, y: b.text }
  for (const x of renderings(a))
    for (const y of renderings(b)) {
      const overlap = wordOverlap(x, y)
      if (overlap > best.overlap) best = { overlap, x, y }
    }
  return best
}

/**
 * Words in common that make two texts renderings of one statement. A speaker's other statements
 * on one subject share up to half their words — Svyrydenko's two posts on the damaged government
 * building, both "we will restore … lives cannot be returned", share 41-50%; Umerov at the first
 * and third rounds 50% — while translations of one statement share most (78% and more on the
 * dev half of eval-match).
 */
const SIMILAR = 0.6

/**
 * Two translations of one speech choose different words but keep its figures: a figure both
 * state says more than a shared word, and only beside words that already agree.
 */
export const statementSignals = (a: Statement, b: Statement): (Signal | undefined)[] => {
  const { overlap, x, y } = bestOverlap(a, b)
  const figures = figuresOf(y)
  const shared = figuresOf(x).filter((f) => figures.includes(f))
  return [
    { weight: 0.25, reason: 'same speaker' },
    overlap >= SIMILAR
      ? { weight: 0.6 * overlap, reason: `similar words (${Math.round(overlap * 100)}% shared)` }
      : undefined,
    overlap >= SIMILAR && shared.length > 0
      ? { weight: 0.1, reason: `the same figures (${shared.join(', ')})` }
      : undefined,
  ]
}
