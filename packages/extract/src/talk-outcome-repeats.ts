import type { TalkClaim } from '@sitrep/domain'

type OutcomeClaim = Extract<TalkClaim, { fact: 'outcome' }>

const FILLER = new Set(
  'a an the of on to and for in with each all new over at by from its their both sides some about around up more than between'.split(
    ' ',
  ),
)
// wordings of one deal: "a prisoner swap", "an exchange of prisoners of war", "POW exchange"
const SAME_WORD: Readonly<Record<string, string>> = {
  swap: 'exchange',
  swaps: 'exchange',
  swapping: 'exchange',
  exchanges: 'exchange',
  exchanging: 'exchange',
  prisoner: 'prisoners',
  pow: 'prisoners',
  pows: 'prisoners',
  captives: 'prisoners',
  war: '',
}

const wordsOf = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .replace(/prisoners? of war/g, 'prisoners')
      .split(/[^\p{L}\d]+/u)
      .map((w) => SAME_WORD[w] ?? w)
      .filter((w) => w.length > 0 && !FILLER.has(w)),
  )

/**
 * "Russia and Ukraine agreed to a large-scale prisoner exchange … the talks resulted in an
 * agreement on a prisoner swap": a lede's agreement told again further down is one outcome,
 * two of its content words being shared and most of the shorter wording being the longer's.
 */
export const sameOutcome = (a: OutcomeClaim, b: OutcomeClaim): boolean => {
  if (a.value.type !== b.value.type) return false
  const one = wordsOf(a.value.text)
  const other = wordsOf(b.value.text)
  const shared = [...one].filter((w) => other.has(w)).length
  return shared >= 2 && shared / Math.min(one.size, other.size) >= 0.6
}
