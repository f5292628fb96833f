import type { AidClaim, AidStage, FuzzyDate } from '@sitrep/domain'
import { announcedDayOfPrevious } from './aid-announced-day.ts'
import { givenElsewhere } from './aid-countries.ts'
import { givenBefore } from './aid-day.ts'
import { sameDollars } from './aid-dollars.ts'
import { donorsIn, type Givers, statesNamed } from './aid-donors.ts'
import { type AidDraft, toDraft } from './aid-draft.ts'
import {
  type AidAccumulator as Accumulator,
  addAttendance,
  forumIn,
  forumOfPrevious,
} from './aid-forum.ts'
import { itemsIn } from './aid-items.ts'
import { type Clause, paymentClauses } from './aid-payments.ts'
import { programmeGiver } from './aid-programmes.ts'
import { mergeRepeatedPayments, otherGivers } from './aid-repeated-payments.ts'
import { shareOfAllAid } from './aid-shares.ts'
import { speakerGiver } from './aid-speaker-giver.ts'
import { AID_WORDS, MONEY_WORDS, stageOf } from './aid-stage.ts'
import {
  givesShare,
  RUNNING_TOTAL,
  SHARE_OF,
  TOTAL_IS,
  TOTALLING,
  YEARLY,
} from './aid-sum-words.ts'
import { ukraineShare } from './aid-ukraine-share.ts'
import { isWhole, wholeRecords } from './aid-whole.ts'
import { aidWords, listsFor, within } from './aid-words.ts'
import type { Article, ArticleSentence } from './article.ts'
import { datelineEnd } from './dateline.ts'
import { claimOf, type DraftContext, evidenceIn, speakerNewNames } from './evidence.ts'
import { findMoney, findUnspecifiedMoney } from './money.ts'
import { knownActor, knownPlace } from './names.ts'

export type { AidDraft }

/**
 * A sentence that goes on about the aid just told: "The package …", "The $400 million package
 * includes …", "Moreover, the latest contribution will fund …", "Friday's package …", after any
 * sentence adverb ("Notably, the package will include …", "More specifically, the package …"),
 * "Highlights include …" and "This includes …", after a source ("According to X, the funds …").
 */
const CONTINUES =
  /^[“"]?(?:According to [^,]{2,60},\s+)?(?:(?:Moreover|In addition|Also|(?:\p{Lu}\p{Ll}+\s+)?\p{L}+ly|Worth [^,]{3,40}),?\s+)?(?:The|These|This|the|this|\p{Lu}\p{Ll}+day[’']s)\s+(?:(?:[$€£]?\d[\d.,]*|million|billion|bn|new|newest|fresh|expanded|latest|whole|entire|same|additional|overall|military|security|defen[cs]e|assistance|aid|support|donation|original)\s+){0,4}(?:funds|money|aid|assistance|support|funding|package|systems|weapons|plan|delivery|deal|shipment|loan|donation|contribution|tranche|instal?lment|payment)\b|^(?:[Pp]art|[Ss]ome|[Mm]uch|[Hh]alf|[Mm]ost|[Tt]he rest) of (?:it|the|this|these)\b|^However, as they\b|^They\b|^It\b|^Highlights\b|^[“"]?This (?:includes|will include|consists|comprises|contains)\b/u

/**
 * The sentence, or the words it reports ("The government wrote that part of the package …").
 * Asked twice of each clause (to reach back, then to join): the last answer is kept.
 */
const goesOn = (s: ArticleSentence, content: string): boolean => {
  if (lastGoesOn?.s === s && lastGoesOn.content === content) return lastGoesOn.goes
  const goes = readGoesOn(s, content)
  lastGoesOn = { s, content, goes }
  return goes
}
let lastGoesOn: { s: ArticleSentence; content: string; goes: boolean } | undefined

const readGoesOn = (s: ArticleSentence, content: string): boolean =>
  CONTINUES.test(s.text) ||
  CONTINUES.test(content.trim()) ||
  CONTINUES.test(
    /\b(?:(?:wrote|said|stated|added|noted) that|saying(?: that)?|told (?:reporters|journalists)(?: that)?)\s+(.*)$/.exec(
      s.text,
    )?.[1] ?? '',
  )

const speakerKey = (s: ArticleSentence) => JSON.stringify(s.attribution?.speaker.asserter ?? null)

/** Whether the sentence's speaker is its subject, named first ("Belgium announced …"). */
const leadsSentence = (s: ArticleSentence): boolean =>
  s.attribution !== undefined &&
  !s.inherited &&
  s.attribution.speakerStart - s.start < 5 &&
  s.attribution.content.start >= s.attribution.verbEnd

/** The facts one sentence gives an aid record, each with the sentence as evidence. */
const claimsIn = (
  s: ArticleSentence,
  content: string,
  article: Article,
  ctx: DraftContext,
  clause?: Clause,
  /** The record a sentence may give a share of ("… from this package"), when there is one. */
  shareOf?: Accumulator,
  /** Where `content` starts in the article. */
  at = 0,
) => {
  const part = clause ? `${clause.start}-` : ''
  // "Belgium announced €100 million, while Canada ($500m) …": the subject who announced speaks
  // for its own payment only; the others' are the reporter's
  const told = clause?.contrast && leadsSentence(s) ? { ...s, attribution: undefined } : s
  const ev = (fact: string, i = 0) => evidenceIn(ctx, `e-${fact}-${s.index}-${part}${i}`, told)
  // a clause of a list of payments dates only its own payment ("… this year, with a further …")
  const filed = datelineEnd(article.text)
  const dates = (
    clause
      ? s.dates.filter(
          (d) => d.start >= clause.start && d.end <= clause.start + clause.content.length,
        )
      : s.dates
  ).filter((d) => d.end > filed)
  const claims: AidClaim[] = []
  const found = findMoney(content, article.anchor, article.text)
  const priced = shareOf?.claims.some((c) => c.fact === 'money' && c.value.kind === 'amount')
  // "…, bringing the total to €2 billion": a running total, no payment of its own, even alone in
  // its sentence ("This brings total U.S. assistance to $21.9 billion"); "…, of which 2.4
  // billion kroner will go to air defence": a share of the amount just given; "25 billion
  // kronor annually": a yearly rate, which the total it is part of is not
  const share = ukraineShare(content, found)
  const payments = share
    ? [share]
    : found.filter(
        (m) =>
          !RUNNING_TOTAL.test(content.slice(Math.max(0, m.start - 140), m.start)) &&
          !YEARLY.test(content.slice(m.end, m.end + 20)) &&
          !isWhole(content, m, found, priced === true) &&
          !(priced && TOTAL_IS.test(content.slice(Math.max(0, m.start - 100), m.start))) &&
          !(shareOf !== undefined && SHARE_OF.test(content.slice(m.end, m.end + 60))) &&
          (found.length === 1 ||
            !/\bof which\s+$/i.test(content.slice(Math.max(0, m.start - 20), m.start))),
      )
  // "… part of a C$500 million pledge made in July": the whole's date is the whole's
  const whole = found.find((m) => isWhole(content, m, found, priced === true))
  const totalling = (m: (typeof found)[number]) =>
    TOTALLING.test(content.slice(Math.max(0, m.start - 20), m.start))
  const money = payments.some((m) => !totalling(m))
    ? payments.filter((m) => !totalling(m))
    : payments
  for (const [i, m] of money.entries()) claims.push(claimOf(ev('money', i), 'money', m.money))
  const unspecified = money.length === 0 ? findUnspecifiedMoney(content) : undefined
  if (unspecified)
    claims.push(
      claimOf(ev('money'), 'money', {
        kind: 'unspecified' as const,
        description: unspecified.description,
      }),
    )
  // "£2.3bn for 2023" covers a year; "pledged last April", "delivered in September" date the
  // pledge or delivery, as a month rarely bounds what aid pays for
  // "the 36th drawdown since August 2021": a date that bounds a count or a total dates no aid
  const own = dates.filter(
    (d) =>
      (!whole || d.start < at + whole.start) &&
      !SINCE.test(article.text.slice(Math.max(0, d.start - 80), d.start)) &&
      !/^since\b/i.test(article.text.slice(d.start, d.start + 6)),
  )
  const period = own.find((d) => d.date.precision === 'year')
  if (period) claims.push(claimOf(ev('period'), 'period', period.date))
  // The day of the request or pledge: when it was said, else the day the sentence names.
  const day =
    s.speechDate ??
    own.find((d) => d.date.precision === 'day' || d.date.precision === 'part-of-day') ??
    own.find((d) => d.date.precision === 'week') ??
    own.find((d) => d.date.precision === 'month')
  if (day) claims.push(claimOf(ev('date'), 'date', givenBefore(day.date, article.anchor, content)))
  // "allies, including Germany and the Netherlands": givers are no items
  const items = itemsIn(content).filter(
    (item) => !knownActor(item.name, article.lexicon) && !knownPlace(item.name, article.lexicon),
  )
  for (const [i, item] of items.entries()) claims.push(claimOf(ev('item', i), 'item', item))
  return claims
}

/**
 * "since Russia's full-scale invasion in 2022", "its largest package since 2022" (the year's own
 * phrase): a year that bounds a total or a comparison, no period of aid; "aggression, which began
 * with an intensified assault in February 2022": the war's start, no day of the aid.
 */
const SINCE =
  /\bsince\b[^.;,]{0,60}$|\b(?:invasion|war|began|started)\s+in\s+$|\b(?:began|started)\b[^.;,]{0,50}\bin\s+$/i

/** "in 2023" and "for 2023" are one period, whatever words named it. */
const periodKey = (claims: readonly AidClaim[]): string | undefined => {
  const c = claims.find((claim) => claim.fact === 'period')
  if (c?.fact !== 'period') return undefined
  const d: FuzzyDate = c.value
  return d.resolved ? `${d.start}..${d.end}` : `unresolved/${d.precision}`
}

const claimed = (claims: readonly AidClaim[], fact: 'period' | 'money') =>
  claims.find((c) => c.fact === fact)?.value

/**
 * Whether a sentence goes on about the aid record before it: it says so ("The funds are …",
 * "The original plan …"), or the same speaker goes on about the same stage, or the same paragraph
 * adds a giver already named — unless it brings a period or an amount of its own ("for 2026"
 * after "this year" is a new request).
 */
const joinsPrevious = (
  previous: Accumulator,
  s: ArticleSentence,
  stage: AidStage | undefined,
  claims: readonly AidClaim[],
  donors: readonly string[],
  article: Article,
  content: string,
): boolean => {
  if (goesOn(s, content)) return true
  const period = periodKey(claims)
  const before = periodKey(previous.claims)
  const conflicting =
    (period && before && before !== period) ||
    (claimed(claims, 'money') !== undefined && claimed(previous.claims, 'money') !== undefined)
  if (conflicting || previous.stage !== stage) return false
  // "The US will give Ukraine drones … A senior official said a new $775 million package will
  // include …": the next sentence prices the aid just told, naming no giver of its own
  const priced =
    claimed(claims, 'money') !== undefined && claimed(previous.claims, 'money') === undefined
  if (
    priced &&
    stage !== 'request' &&
    donors.length === 0 &&
    s.index - (previous.sentences.at(-1) ?? -9) === 1
  )
    return true
  // "Ukraine received ambulances from Germany. Kyiv also received generators from Poland.": each
  // state's aid is a record of its own, whoever tells of both ("the EU's partners" after "the
  // Commission announced" may still go on)
  const states = (ids: readonly string[]) =>
    ids.every((id) => article.lexicon.actor(id)?.kind === 'state')
  if (otherGivers(previous.donorIds, donors) && states(previous.donorIds) && states(donors))
    return false
  const lastParagraph = article.sentences[previous.sentences.at(-1) ?? 0]?.paragraph
  // "Sweden will send Archers, a prime minister announced.⏎The Swedish government decided to send
  // the package …": the very next sentence, by the same givers, past a paragraph break
  const next = s.index - (previous.sentences.at(-1) ?? -9) === 1
  const same =
    donors.length > 0 &&
    donors.length === previous.donorIds.length &&
    donors.every((d) => previous.donorIds.includes(d))
  return (
    previous.speaker === speakerKey(s) ||
    (next && same) ||
    (lastParagraph === s.paragraph && donors.some((d) => previous.donorIds.includes(d)))
  )
}

/**
 * Adds what one clause says to the record it goes on about or to a new one. A clause of a list
 * of payments (`listed`) takes the sentence's stage and, failing a giver before a verb, the
 * states it names ("the second by A and B for $5 million").
 */
const addClause = (
  all: Accumulator[],
  s: ArticleSentence,
  clause: Clause,
  article: Article,
  ctx: DraftContext,
  listed: { readonly givers: Givers | undefined } | undefined,
): { givers: Givers | undefined; acc: Accumulator } | undefined => {
  const { content, start } = clause
  const previous = all.at(-1)
  // "The package includes …" may follow an attribution line or two ("This was reported by …");
  // a clause beyond the longer reach goes on about nothing, so its words are not asked
  const near = previous !== undefined && within(previous, s, article, 3)
  const continuing = near && goesOn(s, content)
  const recent = near && (continuing || within(previous, s, article, 2)) ? previous : undefined
  // "The Pentagon also specified the amount of aid: $125 million." goes on about the package
  const amountOnly = recent && MONEY_WORDS.test(content) && AID_WORDS.test(content)
  const stage =
    stageOf(content) ??
    (listed ? stageOf(s.text) : undefined) ??
    (amountOnly ? recent.stage : undefined)
  if (!stage && !(recent && continuing)) return undefined
  const found = stage === 'request' ? undefined : donorsIn(s, content, start, article.lexicon)
  const named =
    listed && found?.ids.length === 0 ? statesNamed(s, content, start, article.lexicon) : found
  // "…, with a further €8 billion pledged through 2029": the giver of the clause before
  const told = listed && named?.ids.length === 0 ? (listed.givers ?? named) : named
  const we = told?.ids.length === 0 ? speakerGiver(s, content, article.lexicon) : undefined
  const spoken = we && told ? { ...told, ids: [we] } : told
  const programme = spoken?.ids.length === 0 ? programmeGiver(content) : undefined
  const givers = programme && spoken ? { ...spoken, ids: [programme] } : spoken
  const claims = claimsIn(s, content, article, ctx, listed ? clause : undefined, recent, start)
  const joined =
    recent &&
    (givesShare(content) ||
      joinsPrevious(recent, s, stage, claims, givers?.ids ?? [], article, content))
      ? recent
      : listsFor(previous, s, stage, claims, givers?.ids ?? [])
        ? previous
        : undefined
  const acc: Accumulator = joined ?? {
    stage: stage ?? 'pledge',
    donorIds: [],
    claims: [],
    sentences: [],
    newNames: [],
    speaker: speakerKey(s),
    ...(recent?.forum && recent.speaker === speakerKey(s) ? { forum: recent.forum } : {}),
  }
  if (acc !== previous) all.push(acc)
  for (const d of givers?.ids ?? []) if (!acc.donorIds.includes(d)) acc.donorIds.push(d)
  // the larger whole the payment is part of goes before it, so what follows goes on about the payment
  const wholes = wholeRecords(
    s,
    content,
    start,
    acc,
    claimed(acc.claims, 'money') !== undefined,
    article,
    ctx,
  )
  all.splice(all.indexOf(acc), 0, ...wholes)
  // "also includes additional funding for …" names no second sum of a package already priced
  const priced = acc.claims.some((c) => c.fact === 'money' && c.value.kind === 'amount')
  acc.claims.push(
    ...claims.filter((c) => !(priced && c.fact === 'money' && c.value.kind === 'unspecified')),
  )
  const forum = forumIn(s.text)
  if (forum) acc.forum = forum
  if (!acc.sentences.includes(s.index)) acc.sentences.push(s.index)
  acc.speaker = speakerKey(s)
  acc.newNames.push(...speakerNewNames(s), ...(givers?.newNames ?? []))
  return { givers, acc }
}

/**
 * Requests, pledges and deliveries, one record per run of sentences about the same aid (see
 * `joinsPrevious`); a forum named by one request carries to the same speaker's next.
 */
export const extractAid = (article: Article, ctx: DraftContext): AidDraft[] => {
  const all: Accumulator[] = []
  for (const s of article.sentences) {
    if (!s.readable || givenElsewhere(s.text) || shareOfAllAid(s.text)) continue
    if (addAttendance(s, all, ctx)) continue
    const words = aidWords(s, article.text)
    const stage = stageOf(words.content)
    // a sum split between Ukraine and elsewhere is one payment, Ukraine's share
    const split = stage && /\bof which\b/i.test(words.content)
    const shared = split && ukraineShare(words.content, findMoney(words.content, article.anchor))
    const clauses: Clause[] =
      stage && !shared ? paymentClauses(words.content, words.start) : [words]
    let givers: Givers | undefined
    let main: Accumulator | undefined
    for (const clause of clauses) {
      const added = addClause(
        all,
        s,
        clause,
        article,
        ctx,
        clauses.length > 1 ? { givers } : undefined,
      )
      givers = added?.givers
      main ??= added?.acc
    }
    // "…, with a further €8 billion through 2029. The package includes …" is the main payment's
    if (main && clauses.some((c) => c.aside)) all.push(...all.splice(all.indexOf(main), 1))
    if (!main) forumOfPrevious(all.at(-1), s)
    if (!main) announcedDayOfPrevious(all.at(-1), s, article, ctx)
  }
  // A record's claims are its evidence: one without any ("Sweden pledges support", its only sum
  // a yearly rate) is no record the store could hold, whoever it names as giver
  return mergeRepeatedPayments(sameDollars(all))
    .filter((acc) => acc.claims.length > 0)
    .map((acc) => toDraft(acc, article, ctx))
}
