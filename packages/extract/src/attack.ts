import type { Asserter, Attack, AttackClaim, Lexicon, Measure, NewName } from '@sitrep/domain'
import type { Article, ArticleSentence } from './article.ts'
import { allDowned } from './attack-all-downed.ts'
import { asNight, nearStrike, struckBefore } from './attack-date.ts'
import { effectsIn } from './attack-effects.ts'
import { countsIn } from './attack-facts.ts'
import { HITS_TOLD } from './attack-hits.ts'
import { downedPerPlace } from './attack-per-place.ts'
import { shareOfPrevious } from './attack-shares.ts'
import { whoFired } from './attack-side.ts'
import { strikeClaim } from './attack-strike-claim.ts'
import { attackTitle } from './attack-title.ts'
import { noCasualtiesIn, oneVictimIn } from './attack-victims.ts'
import { weaponsIn } from './attack-weapons.ts'
import { datelineEnd } from './dateline.ts'
import { claimOf, type DraftContext, evidenceIn, speakerNewNames, withId } from './evidence.ts'
import { fastBounds } from './fast-bounds.ts'
import { unknownPlaces } from './new-names.ts'
import {
  aimedAt,
  officialsPlace,
  opponentOf,
  placeInStretch,
  placesIn,
  placesWithin,
  pointsElsewhere,
  scopeIn,
  statesNamedAsTerritory,
} from './places.ts'
import { regionsIn } from './regions.ts'
import { revisedCountsIn } from './revised-counts.ts'
import { linkAnswers, stanceOfSentence } from './stance.ts'

export interface AttackDraft {
  readonly record: Attack
  readonly newNames: NewName[]
  readonly sentences: number[]
}

const EVENT = fastBounds(
  /^Of (?:these|them|which)\b|^(?:They|These|Those) (?:also )?(?:hit|struck)\b|\b(?:drones?|missiles?|rockets?|UAVs?)\s+(?:launched|fired|sent)\s+by\s+(?:Russia|Ukraine|Russian|Ukrainian)|\blost (?:their|his|her) li(?:ves|fe)\b|\b(?:claimed|took) the lives of\b|\bof the (?:drones|UAVs|missiles) (?:were|was) (?:over|above|near)\b|\bsingle (?:drones|UAVs) (?:were )?over\b|\bof (?:them|these|those|which),? (?:were|was) (?:targeting|aimed at|directed at|head(?:ing|ed) (?:for|towards?)|flying (?:at|towards?))\b|\b(?:attacks?|attacked|strikes?|struck|pounded|targeted|shelling|shelled|bombard\w*|shot down|shoot(?:ing)? down|took down|brought down|intercepted|(?:to|managed to) (?:intercept|destroy)|managed to stop\b[^.]{0,40}\b(?:missiles|drones|rockets|UAVs)|downed|destroyed|damaged|neutrali[sz]ed|repelled|killed|killing|injured|injuring|wounded|wounding|wounds|injuries|hurt|dead|died|deaths|fatalit(?:y|ies)|casualties|toll|airports?)\b|\b(?:drones?|missiles?|rockets?|bombs?|shells?|strikes?|attacks?)\s+(?:also\s+|had\s+|have\s+|has\s+)?(?:hit|(?:slammed|crashed|smashed) into|tore through)\b|\b(?:was|were|been)\s+(?:[a-z]+\s+)?(?:hit|struck)\b|\b(?:the|a|an|this|that|drone|air|missile|night-?time|overnight|massive|latest|[Uu]krainian|[Rr]ussian)\s+raids?\b(?!\s+(?:alerts?|sirens?|warnings?|shelters?))|\bon fire\b|\bcaught fire\b|\bset fire to\b|\bfires? broke out\b|\b(?:aerial|air|missile|drone|combined)\s+(?:assault|barrage)\b|\b(?:wave|barrage|swarm|salvo|volley) of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|UAVs?)\b|\b(?:explosions?|blasts?)\s+(?:rang out|were heard|was heard|rocked|thundered)\b|\b(?:fired|launched|unleashed|involv(?:ed|ing))\b[^.]*\b(?:missiles?|drones?|rockets?|bombs?)\b|\b(?:used|employed|deployed)\s+(?:a total of\s+|more than\s+|over\s+|at least\s+|up to\s+|nearly\s+|almost\s+|around\s+|about\s+)?\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:drones|missiles|UAVs|rockets)\b|\b(?:drones?|missiles?|rockets?|UAVs?|Shaheds?)\s+(?:were|was|had been|have been)\s+(?:fired|launched)\b|\b(?:destruction|interception) of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|UAVs?)\b|\b(?:attack|strike|assault|barrage|onslaught)\s+(?:also\s+)?(?:included|comprised)\b|\bfired (?:at|on)\b|\bhit (?:\w+ ){0,3}with (?:an? |\d+ )?(?:\w+ )?(?:missiles?|drones?|rockets?|bombs?)\b|\b(?:sent|used|deployed|employed)\b[^.]{0,80}\b(?:missiles?|drones?|rockets?|bombs?|UAVs?)\b[^.]{0,40}\b(?:against|towards?|into|in the (?:attack|strike|raid))\b/iu,
)

/**
 * Words one of EVENT's wordings must contain (or its opening "Of these"): a cheap first test
 * before the long pattern, which most sentences of an article fail.
 */
const EVENT_WORD =
  /^of |unleash|destruction|interception|lives|lost|aimed|head|flying|wave|swarm|salvo|volley|attack|strik|struck|pound|target|shell|bombard|shot|shoot|took down|brought down|intercept|destroy|downed|damaged|neutrali|repelled|kill|injur|wound|hurt|dead|died|death|fatalit|casualties|toll|airport|drone|missile|rocket|bomb|hit|raid|fire|assault|barrage|explosion|blast/i

/** "As of the morning of August 1": the day a report stands on, not the strike's. */
const AS_OF = /\b[Aa]s of\s+(?:the\s+)?(?:(?:morning|evening|afternoon|end)\s+of\s+)?$/
/** "an official said on Sunday": the day a statement was made, not the strike's. */
const SAID_ON =
  /\b(?:said|says|told (?:\w+ ){0,2}|wrote|stated|announced|added|reported)\s+(?:(?:late|early)\s+)?$/i
const CLOCK_TIME = /^(?:as of |at |by )?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours?|h)?$/i

type LaunchedClaim = Extract<AttackClaim, { fact: 'launched' }>

/** A habit or a long span, not one strike: "has been using drones", "since 2022", "regularly". */
const BACKGROUND =
  /\b(?:has|have|had) been (?:using|launching|firing|attacking|targeting|striking|shelling|sending)\b|\bsince (?:19|20)\d\d\b|\b(?:regularly|routinely|frequently|repeatedly|increasingly)\b/i

/** "used the base to carry out strikes": strikes told as what something is for. */
const PURPOSE =
  /\bto (?:carry out|launch|conduct|stage|mount)\s+(?:its\s+|their\s+|the\s+)?(?:\p{L}+\s+)?(?:strikes|attacks|raids)\b/iu

/** What a denial of the attack itself denies doing. */
const DENIED_ACT =
  /\b(?:target(?:ing|ed)|strik(?:ing|e)|attack(?:ing|ed)?|shell(?:ing|ed)|bomb(?:ing|ed)|hitting)\b/i

/** Which claims a correction can answer: a count of the same thing in the same place. */
const answerKey = (c: AttackClaim): string | undefined =>
  c.fact === 'date' || c.fact === 'effect'
    ? undefined
    : `${c.fact}|${c.value.scope ?? ''}|${c.value.subject ?? ''}`

/**
 * War words about something else: a cyber attack, a heart attack, a film's battle scenes, a
 * game, "an attack on international order". Such a sentence reports no strike, whatever states
 * and weapons it names.
 */
const NOT_A_STRIKE =
  /\b(?:cyber|heart|panic|asthma|DDoS|ransomware|phishing)[\s-]?attacks?\b|\bhack(?:ers?|ing|ed)\b|\b(?:the|this|a) (?:film|movie|novel|documentary|video game|play)\b|\b(?:box office|screenplay|premiere)\b|\b(?:an? |the )?attacks? (?:on|against) (?:the )?(?:(?:international|world|European|global|rules-based|democratic)\s+)*(?:order|law|freedom|democracy|values|sovereignty|peace|rights|principles)\b/i

/**
 * "Russia handed over the bodies of 6,000 killed soldiers": a repatriation between the sides.
 * Its dead were killed long before and somewhere it does not say; it reports no strike.
 */
const REPATRIATION =
  /\b(?:hand(?:ed|s|ing)? over|return(?:ed|s|ing)?|repatriat(?:ed|es|e|ing)|exchang(?:ed|es|e|ing)|transferr?(?:ed|ing)?|swap(?:ped|s)?|receiv(?:ed|es|e|ing)|g[ai]ve back)\s+(?:the\s+)?bodies\b|\b(?:repatriation|exchange|return|transfer) of (?:the )?bodies\b/i

/** "If Russia turns the holidays into a time of destroyed homes, …": a condition, no strike. */
const HYPOTHETICAL = /^[“"]?(?:If|Unless|Should (?:Russia|Ukraine|Moscow|Kyiv))\s/

const EFFECT_WORD =
  /\b(?:power|electricity|heating|water supplies|blackouts?|on fire|fires?|blaze|ablaze|flames|de-?energi[sz]ed|shutdowns|outages?|windows|damaged|damage|destruction|destroyed|schools?|debris|blown out|shattered|burned|burnt|collapsed|darkness)\b/i

const sameEffect = (
  a: Extract<AttackClaim, { fact: 'effect' }>,
  b: Extract<AttackClaim, { fact: 'effect' }>,
): boolean =>
  a.value.type === b.value.type &&
  a.value.placeIds.join() === b.value.placeIds.join() &&
  JSON.stringify(a.assertedBy) === JSON.stringify(b.assertedBy)

/** Who asserts, as a record shows it: an actor, or an unnamed source of a side. */
const asserterKey = (a: Asserter): string =>
  a.type === 'actor' ? a.actorId : `unnamed/${a.affiliationId ?? ''}`

/**
 * "27 died in the shelling of the station" after "fired rockets at the station": reporters say
 * shelling of any strike, so it names artillery only when no missile, drone or bomb is named.
 */
const looseShelling = (w: Attack['weapons'][number], s: ArticleSentence, acc: Accumulator) =>
  w.type === 'artillery' &&
  !/\b(?:artillery|rocket launchers?|MLRS|howitzers?|mortars?|Grad|Smerch|Uragan)\b/i.test(
    s.text,
  ) &&
  acc.weapons.some((x) => x.type === 'missile' || x.type === 'drone' || x.type === 'glide-bomb')

const measureKey = (m: Measure) =>
  m.qualifier === 'range'
    ? `${m.min}-${m.max} ${m.scope ?? ''}`
    : `${m.qualifier} ${m.value} ${m.scope ?? ''}`

const sameCount = (a: AttackClaim, b: { fact: string; value: Measure; assertedBy: Asserter }) =>
  a.fact === b.fact &&
  'qualifier' in a.value &&
  measureKey(a.value) === measureKey(b.value) &&
  asserterKey(a.assertedBy) === asserterKey(b.assertedBy)

interface Accumulator {
  attackerId: string
  targetId: string
  claims: AttackClaim[]
  placeIds: string[]
  weapons: Attack['weapons']
  sentences: number[]
  newNames: NewName[]
  lastIntercepted?: string
  /** What the attack's counts last counted ("drones"). */
  lastSubject?: string
  /** Some sentence says who fired ("Russia launched", "Russian troops"), not only whom it hit. */
  named?: boolean
}

/** A sentence told in the words of a strike (EVENT is long: each sentence is tested once). */
const toldAsStrike = (text: string): boolean =>
  EVENT_WORD.test(text) && (EVENT.test(text) || HITS_TOLD.test(text))

/** A sentence that tells of a strike, not of a cyber attack or a condition. */
const isStrike = (text: string): boolean =>
  !NOT_A_STRIKE.test(text) && !HYPOTHETICAL.test(text) && !REPATRIATION.test(text)

const keyFor = (
  s: ArticleSentence,
  attacker: string | undefined,
  current: Pick<Accumulator, 'attackerId' | 'targetId'> | undefined,
  lexicon: Lexicon,
) => {
  const territory = statesNamedAsTerritory(s, lexicon).filter((st) => st !== attacker)
  const target = territory[0] ?? (attacker ? opponentOf(attacker) : undefined)
  const by = attacker ?? (target ? opponentOf(target) : undefined)
  if (by && target) return { attackerId: by, targetId: target }
  return current ? { attackerId: current.attackerId, targetId: current.targetId } : undefined
}

/**
 * Attacks are grouped by who attacked whom: the article's sentences about one side's strikes
 * (casualties, places hit, closures, a mayor's assessment) become claims on one record. A
 * sentence naming no side belongs to the attack the article was just describing.
 */
export const extractAttacks = (article: Article, ctx: DraftContext): AttackDraft[] => {
  const byKey = new Map<string, Accumulator>()
  let current: Accumulator | undefined
  // "The assault killed seven people", then "Russia launched 127 missiles": a lead that names no
  // side belongs to the attack the article goes on to name
  const told = new Set(article.sentences.filter((s) => s.readable && toldAsStrike(s.text)))
  // the first key found is the lead's: the sentences after it are not asked
  let lead: ReturnType<typeof keyFor>
  for (const s of article.sentences) {
    if (!told.has(s) || !isStrike(s.text)) continue
    lead = keyFor(s, whoFired(s, article.lexicon), undefined, article.lexicon)
    if (lead) break
  }
  const filed = datelineEnd(article.text)
  for (const s of article.sentences) {
    // A denial answers the attack being told ("Moscow denied striking the city"), so it belongs
    // to it whatever states it names; after an attack, a sentence of its effects alone ("Power
    // was cut to 3,000 homes") is about it too.
    // the stance is read only of sentences that may belong to an attack: most do not
    if (!s.readable) continue
    const denied = () => stanceOfSentence(s, article.lexicon)?.type === 'denial'
    const answering = current !== undefined && DENIED_ACT.test(s.text) && denied()
    const effectOnly = current !== undefined && EFFECT_WORD.test(s.text)
    if (!(told.has(s) || answering || effectOnly)) continue
    const denial = answering || denied()
    if (!isStrike(s.text)) continue
    const fired = whoFired(s, article.lexicon)
    const key =
      denial && current
        ? { attackerId: current.attackerId, targetId: current.targetId }
        : keyFor(s, fired, current ?? lead, article.lexicon)
    if (!key) continue
    const id = `${key.attackerId}|${key.targetId}`
    // "Kyiv said Russia had used the base to carry out strikes on Ukraine": a reason given for a
    // strike, told of the other side's habit, opens no attack of its own
    if (current && !byKey.has(id) && PURPOSE.test(s.text)) continue
    const acc = byKey.get(id) ?? {
      ...key,
      claims: [],
      placeIds: [],
      weapons: [],
      sentences: [],
      newNames: [],
    }
    byKey.set(id, acc)
    current = acc
    // "Russia has been using Shahed drones since 2022": a habit told as background names no
    // strike, so it neither says who fired in one nor lends the record its weapons
    const background = BACKGROUND.test(s.text)
    if (fired === acc.attackerId && !background) acc.named = true
    const before = acc.claims.length
    const ev = (fact: string) =>
      evidenceIn(ctx, `e-${fact}-${s.index}-${acc.claims.length}`, s, s, true)
    // A count with no place of its own is where the attack so far took place, if that is one place.
    const fresh = unknownPlaces(s, article.lexicon)
    const scope =
      scopeIn(s, acc.targetId, article.lexicon) ??
      (fresh.length === 1 && placesIn(s, acc.targetId, article.lexicon).length === 0
        ? fresh[0]?.proposedId
        : undefined) ??
      undefined
    // A toll's scope is the place its own sentence names, or the place of the official who gives
    // it; only a toll whose sentence names none (and does not say "elsewhere") is where the attack
    // so far took place, if that is one place. A count of weapons is of the whole wave.
    const tollScope =
      scope ??
      officialsPlace(s, article.lexicon) ??
      (acc.placeIds.length === 1 && !pointsElsewhere(s) ? acc.placeIds[0] : undefined)
    const inStretch = (from: number, to: number) =>
      placeInStretch(s, acc.targetId, article.lexicon, from, to)
    // A denial's figures are the words it denies ("denied that five were killed"), not its own:
    // only a "no one was killed" is the denier's figure. It still links its statement below.
    const counted = denial
      ? []
      : countsIn(s, scope, inStretch, aimedAt(s, acc.targetId, article.lexicon), acc.lastSubject)
    acc.lastSubject = counted.findLast((c) => c.measure.subject)?.measure.subject ?? acc.lastSubject
    const lone = denial
      ? []
      : oneVictimIn(s, scope).filter((v) => !counted.some((c) => c.fact === v.fact))
    // "and single drones over the Kursk and Oryol regions": one downed over each place
    const within = (a: number, b: number) => placesWithin(s, acc.targetId, article.lexicon, a, b)
    const perPlace = denial
      ? []
      : downedPerPlace(s, within, !!acc.lastIntercepted, counted, article.lexicon)
    const read = [...counted, ...lone, ...perPlace]
    const revised = denial ? [] : revisedCountsIn(s.text, tollScope)
    const counts = [...read, ...revised.filter((r) => !read.some((c) => c.fact === r.fact))].map(
      (c) =>
        (c.fact === 'killed' || c.fact === 'injured') && tollScope && !c.measure.scope
          ? { ...c, measure: { ...c.measure, scope: tollScope } }
          : c,
    )
    // "There were no casualties" ties its zero to no place unless its own sentence names one
    for (const c of [...counts, ...noCasualtiesIn(s, scope)]) {
      const claim = claimOf(ev(c.fact), c.fact, c.measure)
      // a lead and its quote ("destroyed 26 drones …" then "\"… destroyed 26 drones\"") are one
      // claim of one source
      if (!acc.claims.some((x) => sameCount(x, claim))) acc.claims.push(claim)
      if (c.fact === 'intercepted') acc.lastIntercepted = c.measure.subject
    }
    // "All of them were shot down": as many as were launched
    const all = counts.some((c) => c.fact === 'intercepted')
      ? undefined
      : allDowned(
          s.text,
          acc.claims.filter((c): c is LaunchedClaim => c.fact === 'launched'),
          placesIn(s, acc.targetId, article.lexicon),
        )
    if (all) acc.claims.push(claimOf(ev('intercepted'), 'intercepted', all))
    const share = shareOfPrevious(s, acc.targetId, article.lexicon)
    // "Of them, 76 were shot down" read by countsIn already is one claim, not two
    const readAlready = counts.some(
      (c) => c.fact === 'intercepted' && 'value' in c.measure && c.measure.value === share?.value,
    )
    if (share && acc.lastIntercepted !== undefined && !readAlready)
      acc.claims.push(
        claimOf(ev('intercepted'), 'intercepted', {
          qualifier: 'exact' as const,
          value: share.value,
          raw: share.raw,
          subject: acc.lastIntercepted,
          ...(share.scope ? { scope: share.scope } : {}),
        }),
      )
    const places = placesIn(s, acc.targetId, article.lexicon)
    for (const effect of denial
      ? []
      : effectsIn(
          s,
          acc.targetId,
          acc.placeIds,
          article.lexicon,
          officialsPlace(s, article.lexicon),
          fresh.map((f) => f.proposedId),
        )) {
      // "heating was cut …", then "water supplies were disrupted": one effect of a kind and
      // place from one source
      const claim = claimOf(ev('effect'), 'effect' as const, effect)
      if (!acc.claims.some((c) => c.fact === 'effect' && sameEffect(c, claim)))
        acc.claims.push(claim)
    }
    // "said on Friday that … drones were shot down overnight": the night is the attack's
    // "As of 9 a.m., 45 had been shot down": a clock time dates the report, not the strike
    // "As of the morning of August 1, 27 were reported dead": so does "as of" a day
    // "KYIV, Jan 24 (Reuters) -": the day the report was filed, not the day of the strike
    const dates = s.dates.filter(
      (d) =>
        d.end > filed &&
        nearStrike(s, d) &&
        !CLOCK_TIME.test(d.date.raw) &&
        !AS_OF.test(s.text.slice(0, d.start - s.start)) &&
        !SAID_ON.test(s.text.slice(0, d.start - s.start)),
    )
    const date =
      dates.find((d) => d.date.precision === 'night') ??
      dates.find((d) => d.date.precision === 'day' || d.date.precision === 'part-of-day')
    if (
      date &&
      !acc.claims.some(
        (c) =>
          c.fact === 'date' && asserterKey(c.assertedBy) === asserterKey(ev('date').assertedBy),
      )
    )
      acc.claims.push(
        claimOf(
          ev('date'),
          'date',
          asNight(struckBefore(date.date, article.anchor), s, article.anchor),
        ),
      )
    // A sentence that names where the attack struck and with what ("Russian troops launched a
    // missile strike on Kramatorsk station") gives the record both even when it holds no count.
    for (const p of places) if (!acc.placeIds.includes(p)) acc.placeIds.push(p)
    for (const name of fresh)
      if (!acc.placeIds.includes(name.proposedId)) {
        acc.placeIds.push(name.proposedId)
        acc.newNames.push(name)
      }
    for (const w of background && acc.claims.length === before ? [] : weaponsIn(s.text))
      if (!acc.weapons.some((x) => x.type === w.type) && !looseShelling(w, s, acc))
        acc.weapons.push(w)
    if (acc.claims.length === before) {
      // A sentence about the attack that adds no fact ("…denied targeting civilians") still
      // links the statement that makes it to the attack.
      if (!acc.sentences.includes(s.index)) acc.sentences.push(s.index)
      continue
    }
    acc.sentences.push(s.index)
    for (const region of regionsIn(s, article.lexicon))
      if (!acc.newNames.some((n) => n.proposedId === region.proposedId)) acc.newNames.push(region)
    acc.newNames.push(...speakerNewNames(s))
  }
  return (
    [...byKey.values()]
      // A strike reported without a figure ("Russia launched missiles on a plant in Mukachevo")
      // is still an attack when the text says with what and where.
      .filter(
        (acc) =>
          acc.claims.length > 0 ||
          (acc.weapons.length > 0 && (acc.placeIds.length > 0 || acc.named)),
      )
      .map((acc) => {
        const id = ctx.nextId('attack')
        return {
          record: {
            kind: 'attack',
            id,
            title: attackTitle(acc, acc.newNames, ctx.lexicon),
            attackerId: acc.attackerId,
            targetId: acc.targetId,
            placeIds: acc.placeIds,
            weapons: acc.weapons,
            claims: linkAnswers(
              (acc.claims.length > 0
                ? acc.claims
                : strikeClaim(ctx, article.sentences[acc.sentences[0] ?? -1], acc.placeIds)
              ).map((c, i) => withId(c, `${id}-e${i + 1}`)),
              answerKey,
            ),
          },
          newNames: acc.newNames,
          sentences: acc.sentences,
        }
      })
  )
}
