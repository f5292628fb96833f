import type { Asserter, Evidence, Lexicon, Stance } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { fastBounds } from './fast-bounds.ts'
import { knownActor } from './names.ts'

/** Words a speaker uses to say a report is untrue. */
const FALSE_WORDS =
  '(?:false|fake|untrue|a lie|lies|propaganda|disinformation|baseless|groundless|fabricat\\w+|nonsense|a fabrication|a staged provocation)'

/** What a denial calls untrue: a report, a claim, footage — not a strike or a proposal. */
const REPORT_WORDS =
  '(?:reports?|claims?|allegations?|accusations?|figures?|statements?|remarks|video|footage|images|photos)'

/**
 * "denied targeting civilians", "dismissed the report as fake", "rejected the claims as false",
 * "called the reports fake". A bare "rejected" is no denial: Kyiv rejecting a proposal does not
 * say anyone's words are untrue, so it needs the "as false" that makes it one; and "called" needs
 * a report as its object, since "called the strike propaganda" denies nothing.
 */
const DENIAL = fastBounds(
  new RegExp(
    [
      '\\bden(?:ied|ies|y|ying)\\b(?!\\s+(?:entry|access|visas?|permission|a visa)\\b)',
      `\\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes)\\b[^.;]{0,80}?\\bas\\s+(?:\\p{L}+\\s+)?${FALSE_WORDS}`,
      `\\b(?:called|calls|branded|brands|described|describes)\\s+(?:(?:the|these|those|such|its|their|\\p{Lu}\\S*['’]s?)\\s+)?(?:\\p{L}+\\s+)?${REPORT_WORDS}\\s+(?:as\\s+)?${FALSE_WORDS}`,
      `\\b(?:refuted|refutes|disputed|disputes)\\s+(?:the|these|those|such|its|their)\\s+${REPORT_WORDS}`,
    ].join('|'),
    'iu',
  ),
)

/**
 * "revised the death toll to 5", "corrected the figure", "later said the toll was zero". A plain
 * "later said" only corrects when a figure follows: "Zelensky later said the talks …" is news,
 * not a revision.
 */
const CORRECTION =
  /\b(?:revised|revises|corrected|corrects|amended|amends|updated|updates|lowered|lowers|raised|raises|reduced|reduces|adjusted|adjusts)\s+(?:(?:the|its|his|her|their|an?)\s+)?(?:(?:earlier|previous|initial|first)\s+)?(?:(?:death|casualty|injury)\s+)?(?:toll|number|count|figure|estimate|tally)\b|\b(?:toll|number|count|figure|estimate|tally)\b[^.;]{0,40}?\b(?:was|has been|had been)\s+(?:later\s+)?(?:revised|corrected|lowered|raised|reduced|adjusted|updated)\b|\blater\s+(?:said|says|put|gave|clarified|reported|told|stated)\b[^.;]{0,60}?\b(?:toll|number|killed|dead|died|injured|wounded|casualties)\b|\b(?:clarified|retracted)\b/i

/** "TASS's report", "the claims by Kyiv": whose words are answered, when the dictionary knows them. */
const ANSWERED =
  /\b((?:\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:\p{L}+\s+)?(?:reports?|claims?|statements?|figures?|account|allegations?)\b|\b(?:reports?|claims?|statements?|figures?|allegations?)\s+(?:by|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u

const answeredIn = (text: string, lexicon: Lexicon): Asserter | undefined => {
  const m = ANSWERED.exec(text)
  const name = m?.[1] ?? m?.[2]
  const actorId = name ? knownActor(name, lexicon) : undefined
  return actorId ? { type: 'actor', actorId } : undefined
}

/**
 * Whether a sentence corrects or denies an earlier claim, and whose, when it names them. Its
 * claims then compete with the one they answer (disputes.ts); the words that say so are the
 * sentence's own, so the same sentence gives the same stance to every claim read from it.
 */
export const stanceIn = (text: string, lexicon: Lexicon): Stance | undefined => {
  const type = DENIAL.test(text) ? 'denial' : CORRECTION.test(text) ? 'correction' : undefined
  if (!type) return undefined
  const answersAsserter = answeredIn(text, lexicon)
  return { type, ...(answersAsserter ? { answersAsserter } : {}) }
}

/**
 * The stance of one of an article's sentences. Every claim of a sentence asks for it, so the long
 * patterns run once per sentence; the answer is kept with the sentence, not by its text, so a
 * later article repeating the sentence reads it again (as a benchmark of one article must).
 */
export const stanceOfSentence = (s: ArticleSentence, lexicon: Lexicon): Stance | undefined => {
  if (remembered.has(s)) return remembered.get(s)
  const stance = stanceIn(s.text, lexicon)
  remembered.set(s, stance)
  return stance
}

const remembered = new WeakMap<ArticleSentence, Stance | undefined>()

/**
 * Points each correction or denial at the claim it answers: the latest earlier claim with the
 * same key (fact and scope) that is no answer itself, and says whose it was when the sentence
 * did not. `keyOf` returns undefined for facts that add up rather than compete (effects).
 */
export const linkAnswers = <C extends Evidence>(
  claims: readonly C[],
  keyOf: (claim: C) => string | undefined,
): C[] =>
  claims.map((claim, i) => {
    const key = keyOf(claim)
    if (!claim.stance || claim.stance.answersClaimId || key === undefined) return claim
    const answered = claims.slice(0, i).findLast((other) => !other.stance && keyOf(other) === key)
    if (!answered) return claim
    return {
      ...claim,
      stance: {
        ...claim.stance,
        answersClaimId: answered.id,
        answersAsserter: claim.stance.answersAsserter ?? answered.assertedBy,
      },
    }
  })
