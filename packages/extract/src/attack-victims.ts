import type { ArticleSentence } from './article.ts'
import type { CountClaim, CountFact } from './attack-facts.ts'
import { fastBounds } from './fast-bounds.ts'

/**
 * "killing a 27-year-old local resident", "A 59-year-old man was injured": one victim named by
 * age or role rather than counted.
 */
const ONE_VICTIM_AFTER =
  /\b(killing|injuring|wounding|killed|injured|wounded)\s+(?:an?|one|the|its)\s+(?:\d+-year-old\s+)?(?:[\p{L}-]+\s+){0,2}?(?:man|woman|boy|girl|resident|civilian|person|child|teenager|pensioner|driver|owner|passenger)\b/iu
const ONE_VICTIM_BEFORE =
  /\b(?:[Aa]n?|[Aa]nother|[Oo]ne more)\s+(?:\d+-year-old\s+)?(?:[\p{L}-]+\s+){0,2}?(?:man|woman|boy|girl|resident|civilian|person|child|teenager|pensioner|driver|security guard|guard|worker|employee|firefighter|rescuer)\b[^.;]{0,60}?\b(?:(?:was|has been)\s+(?:\p{L}+\s+)?(killed|injured|wounded|hurt)|(?:has |had )?(died))\b/u

/** Either wording of one victim, at a glance: most sentences have neither. */
const VICTIM_WORDING = fastBounds(
  /year-old|killing|injuring|wounding|killed (?:an?|the)\b|injured (?:an?|the)\b|wounded (?:an?|the)\b|\b(?:[Aa]n?|[Aa]nother) [\p{L}\d ,-]{2,40}\b(?:(?:was|has been) (?:\p{L}+ )?(?:killed|injured|wounded|hurt)|(?:has |had )?died)\b/iu,
)

export const oneVictimIn = (s: ArticleSentence, scope: string | undefined): CountClaim[] => {
  if (!VICTIM_WORDING.test(s.text)) return []
  const m = ONE_VICTIM_AFTER.exec(s.text) ?? ONE_VICTIM_BEFORE.exec(s.text)
  const verb = m?.[1] ?? m?.[2]
  if (!m || !verb) return []
  const fact: CountFact = /kill|died/i.test(verb) ? 'killed' : 'injured'
  return [
    {
      fact,
      measure: {
        qualifier: 'exact',
        value: 1,
        raw: m[0].slice(0, 200),
        ...(scope ? { scope } : {}),
      },
    },
  ]
}

/**
 * "No casualties were reported", "no one was killed", "no victims or injuries were found",
 * "no reported casualties", "without causing any casualties": a count of zero is a fact too.
 */
export const noCasualtiesIn = (s: ArticleSentence, scope: string | undefined): CountClaim[] => {
  const m =
    /\bno (?:(?:reported|immediate|known) )?(?:casualties|deaths|victims(?: or (?:injuries|injured))?|one was (killed|injured|hurt|wounded)|(injuries))\b|\bno (?:immediate )?reports? of (?:casualties|victims)\b|\bnobody was (killed|injured|hurt)\b|\bwithout (?:causing |any |causing any )*(?:casualties|victims)\b/i.exec(
      s.text,
    )
  if (!m) return []
  const which = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()
  const base = { qualifier: 'exact' as const, value: 0, raw: m[0], ...(scope ? { scope } : {}) }
  const facts: CountFact[] =
    which === '' ? ['killed', 'injured'] : which === 'killed' ? ['killed'] : ['injured']
  return facts.map((fact) => ({ fact, measure: base }))
}
