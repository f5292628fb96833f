import type { Aid, AidClaim, AidStage, FuzzyDate, Lexicon, NewName } from '@sitrep/domain'
import { subjectGivers } from './aid-donors.ts'
import { type AidAccumulator as Accumulator, addAttendance, FORUM, RAMSTEIN } from './aid-forum.ts'
import { itemsIn } from './aid-items.ts'
import type { Article, ArticleSentence } from './article.ts'
import { type DraftContext, evidenceIn, speakerNewNames } from './evidence.ts'
import { findMoney, findUnspecifiedMoney } from './money.ts'
import { knownActor, knownPlace } from './names.ts'

export interface AidDraft {
  readonly record: Aid
  readonly newNames: NewName[]
  readonly sentences: number[]
}

const AID_WORDS =
  /\b(?:aid|assistance|support|funds?|funding|financ\w*|weapons?|arms|systems?|missiles?|drones?|shells|ammunition|air[- ]defen[cs]e|Patriots?|tanks?|jets|F-16s?|contribution|package|equipment|generators|loans?|lend|grant|vehicles|howitzers|artillery|rockets|launchers|radars|interceptors|mines)\b/i
const MONEY_WORDS =
  /[€$£₴]\s?\d|\b\d[\d,.]*\s*(?:billion|million|bn|m)?\s*(?:\p{Lu}\p{Ll}+\s+)?(?:euros?|dollars?|pounds|kroner|kronor|hryvnias?)\b/iu
const REQUEST =
  /\b(?:needs?(?! of\b)|requires?|asked|asks|urged|urges|called for|calls for|lacking|requested|appealed|is seeking)\b/i
const DELIVERY =
  /\b(?:delivered|arrived|handed over|has received|have received|has sent|have sent|shipped|disbursed|transferred|paid out)\b/i
const PLEDGE =
  /\b(?:pledged|pledges|promised|promises|will (?:provide|send|supply|give|deliver|finance)|wants? to (?:support|give|provide|send|supply|finance)|to (?:jointly )?finance|to hand over|is (?:\w+ ){0,2}to (?:\w+ ){0,2}hand over|announced (?:on \w+ )?(?:a|an|new)|committed|willingness to|agreed to (?:provide|finance|supply|send)|allocated?|approved|(?:will |to )?lend|loaned|(?:will|would|plans? to|agreed to|decided to|is to|are to)\s+(?:\w+\s+){0,2}(?:provide|send|supply|give|deliver|finance|donate|transfer|allot|allocate|approve)|donated|is allocating|are allocating|allotted|revealed plans|unveiled|announced (?:its|their|his|her|the) (?:latest|new|next)|should receive|will receive|adopted|(?:will|to) add|(?:was|were|has been|have been) (?:announced|approved|unveiled|pledged|promised))\b/i
const CONTINUES =
  /^(?:The|These|This) (?:funds|money|aid|package|systems|weapons|plan|original plan|delivery|deal|shipment|loan)\b|^However, as they\b|^They\b|^It\b/

const stageOf = (text: string): AidStage | undefined =>
  !AID_WORDS.test(text) && !MONEY_WORDS.test(text)
    ? undefined
    : REQUEST.test(text)
      ? 'request'
      : DELIVERY.test(text)
        ? 'delivery'
        : PLEDGE.test(text)
          ? 'pledge'
          : undefined

/** Givers named before the verb, "his country" as the speaker's state, as states. */
const donorsIn = (
  s: ArticleSentence,
  content: string,
  offset: number,
  lexicon: Lexicon,
): { ids: string[]; newNames: NewName[] } => {
  const financier =
    /\b(?:financed|funded|paid for|announced|pledged|approved|unveiled|provided) by (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(
      content,
    )?.[1]
  const known = financier ? knownActor(financier, lexicon) : undefined
  const payerActor = known ? lexicon.actor(known) : undefined
  // "was announced by the Pentagon": a state's body gives for its state
  const payer = payerActor?.kind === 'state' ? payerActor.id : payerActor?.stateId
  if (payer && payer !== 'ukraine') return { ids: [payer], newNames: [] }
  // "Ukraine has received the systems from the US, the Netherlands and Germany"
  const fromList =
    /\b(?:Ukraine|Kyiv|Kiev)\b[^.]{0,40}?\b(?:received|got)\b[^.]*?\bfrom\s+((?:the\s+)?\p{Lu}[^.;]*)/u.exec(
      content,
    )
  if (fromList?.[1]) {
    const at = offset + content.indexOf(fromList[1])
    const ids = s.names.flatMap((n) =>
      n.actorId &&
      n.start >= at &&
      lexicon.actor(n.actorId)?.kind === 'state' &&
      n.actorId !== 'ukraine'
        ? [n.actorId]
        : [],
    )
    if (ids.length > 0) return { ids: [...new Set(ids)], newNames: [] }
  }
  const verb = PLEDGE.exec(content) ?? DELIVERY.exec(content)
  if (!verb) return { ids: [], newNames: [] }
  const cut = offset + verb.index
  const states = s.names.flatMap((n) =>
    n.actorId && n.start < cut ? [lexicon.actor(n.actorId)?.stateId ?? n.actorId] : [],
  )
  const speaker = s.attribution?.speaker.asserter
  if (/\b(?:his|her|its) country\b/i.test(content) && speaker?.type === 'actor') {
    const st = lexicon.actor(speaker.actorId)?.stateId
    if (st) states.push(st)
  }
  const givers = new Set(['state', 'international-organisation'])
  const ids = [...new Set(states)].filter(
    (id) => id !== 'ukraine' && givers.has(lexicon.actor(id)?.kind ?? ''),
  )
  const subject = subjectGivers(s, offset - s.start, cut - s.start, lexicon)
  // "Latvia and Norway would give": the subject names a giver the dictionary lacks as well
  if (
    ids.length > 0 &&
    !(subject.ids.length > ids.length && ids.every((id) => subject.ids.includes(id)))
  )
    return { ids, newNames: [] }
  if (subject.ids.length > 0) return subject
  // "The Pentagon has announced a new package": a giving state's body speaks for it
  const body = s.attribution?.speaker
  const bodyState =
    body?.attribution === 'official-body' && body.asserter.type === 'actor'
      ? lexicon.actor(body.asserter.actorId)?.stateId
      : undefined
  return bodyState && bodyState !== 'ukraine' && bodyState !== 'russia'
    ? { ids: [bodyState], newNames: [] }
    : subject
}

const speakerKey = (s: ArticleSentence) => JSON.stringify(s.attribution?.speaker.asserter ?? null)

/** The words a sentence asserts, with the reporting verb: "called for", "asked … to provide". */
const aidWords = (s: ArticleSentence, text: string): { content: string; start: number } => {
  const own = s.attribution && !s.inherited ? s.attribution : undefined
  if (!own) return { content: s.text, start: s.start }
  const start = own.content.start >= own.verbEnd ? own.speakerStart : own.content.start
  return { content: text.slice(start, own.content.end), start }
}

/** The facts one sentence gives an aid record, each with the sentence as evidence. */
const claimsIn = (s: ArticleSentence, content: string, article: Article, ctx: DraftContext) => {
  const ev = (fact: string, i = 0) => evidenceIn(ctx, `e-${fact}-${s.index}-${i}`, s)
  const claims: AidClaim[] = []
  const money = findMoney(content, article.anchor)
  for (const [i, m] of money.entries())
    claims.push({ ...ev('money', i), fact: 'money', value: m.money })
  const unspecified = money.length === 0 ? findUnspecifiedMoney(content) : undefined
  if (unspecified)
    claims.push({
      ...ev('money'),
      fact: 'money',
      value: { kind: 'unspecified', description: unspecified.description },
    })
  const period = s.dates.find((d) => d.date.precision === 'year' || d.date.precision === 'month')
  if (period) claims.push({ ...ev('period'), fact: 'period', value: period.date })
  // The day of the request or pledge: when it was said, else the day the sentence names.
  const day =
    s.speechDate ??
    s.dates.find((d) => d.date.precision === 'day' || d.date.precision === 'part-of-day')
  if (day) claims.push({ ...ev('date'), fact: 'date', value: day.date })
  // "allies, including Germany and the Netherlands": givers are no items
  const items = itemsIn(content).filter(
    (item) => !knownActor(item.name, article.lexicon) && !knownPlace(item.name, article.lexicon),
  )
  for (const [i, item] of items.entries())
    claims.push({ ...ev('item', i), fact: 'item', value: item })
  return claims
}

/** "in 2023" and "for 2023" are one period, whatever words named it. */
const periodKey = (claims: readonly AidClaim[]): string | undefined => {
  const c = claims.find((claim) => claim.fact === 'period')
  if (c?.fact !== 'period') return undefined
  const d: FuzzyDate = c.value
  return d.resolved ? `${d.start}..${d.end}` : `unresolved/${d.precision}`
}

const amountKey = (c: AidClaim): string | undefined =>
  c.fact === 'money' && c.value.kind === 'amount'
    ? `${c.value.amount} ${c.value.currency}`
    : undefined

/**
 * The same payment named twice ("allocate at least €40 billion …", then the declaration's "a
 * package of at least €40 billion") is one record: a record whose amounts all repeat an earlier
 * record's joins it.
 */
const mergeRepeatedPayments = (all: Accumulator[]): Accumulator[] => {
  const kept: Accumulator[] = []
  for (const acc of all) {
    const amounts = acc.claims.map(amountKey).filter((k) => k !== undefined)
    const earlier =
      amounts.length > 0
        ? kept.find(
            (k) =>
              k.stage === acc.stage &&
              amounts.every((a) => k.claims.some((c) => amountKey(c) === a)),
          )
        : undefined
    if (!earlier) {
      kept.push(acc)
      continue
    }
    earlier.claims.push(...acc.claims.filter((c) => amountKey(c) === undefined))
    for (const d of acc.donorIds) if (!earlier.donorIds.includes(d)) earlier.donorIds.push(d)
    earlier.sentences.push(...acc.sentences)
    earlier.newNames.push(...acc.newNames)
  }
  return kept
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
): boolean => {
  if (CONTINUES.test(s.text)) return true
  const period = periodKey(claims)
  const before = periodKey(previous.claims)
  const conflicting =
    (period && before && before !== period) ||
    (claimed(claims, 'money') !== undefined && claimed(previous.claims, 'money') !== undefined)
  if (conflicting || previous.stage !== stage) return false
  const lastParagraph = article.sentences[previous.sentences.at(-1) ?? 0]?.paragraph
  return (
    previous.speaker === speakerKey(s) ||
    (lastParagraph === s.paragraph && donors.some((d) => previous.donorIds.includes(d)))
  )
}

/**
 * Requests, pledges and deliveries, one record per run of sentences about the same aid (see
 * `joinsPrevious`); a forum named by one request carries to the same speaker's next.
 */
export const extractAid = (article: Article, ctx: DraftContext): AidDraft[] => {
  const all: Accumulator[] = []
  for (const s of article.sentences) {
    if (!s.readable || addAttendance(s, all, ctx)) continue
    const { content, start } = aidWords(s, article.text)
    const previous = all.at(-1)
    const recent =
      previous && (previous.sentences.at(-1) ?? -9) >= s.index - 2 ? previous : undefined
    // "The Pentagon also specified the amount of aid: $125 million." goes on about the package
    const amountOnly = recent && MONEY_WORDS.test(content) && AID_WORDS.test(content)
    const stage = stageOf(content) ?? (amountOnly ? recent.stage : undefined)
    if (!stage && !(recent && CONTINUES.test(s.text))) continue
    const givers = stage === 'request' ? undefined : donorsIn(s, content, start, article.lexicon)
    const claims = claimsIn(s, content, article, ctx)
    const acc: Accumulator =
      recent && joinsPrevious(recent, s, stage, claims, givers?.ids ?? [], article)
        ? recent
        : {
            stage: stage ?? 'pledge',
            donorIds: [],
            claims: [],
            sentences: [],
            newNames: [],
            speaker: speakerKey(s),
            ...(recent?.forum && recent.speaker === speakerKey(s) ? { forum: recent.forum } : {}),
          }
    if (acc !== previous) all.push(acc)
    acc.claims.push(...claims)
    if (FORUM.test(s.text)) acc.forum = { name: RAMSTEIN, chairIds: [] }
    for (const d of givers?.ids ?? []) if (!acc.donorIds.includes(d)) acc.donorIds.push(d)
    acc.sentences.push(s.index)
    acc.speaker = speakerKey(s)
    acc.newNames.push(...speakerNewNames(s), ...(givers?.newNames ?? []))
  }
  // "Denmark will donate F-16s" has no amount or date, but names who gives: still a pledge
  return mergeRepeatedPayments(all)
    .filter((acc) => acc.claims.length > 0 || (acc.stage !== 'request' && acc.donorIds.length > 0))
    .map((acc) => toDraft(acc, article, ctx))
}

const CATEGORY: readonly [RegExp, Aid['category']][] = [
  [
    /\b(?:weapons?|military|defen[cs]e|missiles?|drones?|shells|ammunition|Patriot|artillery|armou?red|radars?|tanks?)\b/i,
    'military',
  ],
  [
    /\b(?:humanitarian|food|medical|medicine|shelters?|generators|energy (?:equipment|sector|facilities|infrastructure)|electricity|heating|winter)\b/i,
    'humanitarian',
  ],
  [
    /\b(?:budget|macro-financial|loans?|lend|grants?|financial|assets|tranche|Ukraine Facility)\b/i,
    'financial',
  ],
]

const toDraft = (acc: Accumulator, article: Article, ctx: DraftContext): AidDraft => {
  const id = ctx.nextId('aid')
  const words = acc.sentences.map((i) => article.sentences[i]?.text ?? '').join(' ')
  const category = CATEGORY.find(([re]) => re.test(words))?.[1] ?? 'military'
  // a giver the dictionary lacks is titled by the article's spelling, never by its proposed id
  const donors = acc.donorIds
    .map(
      (d) =>
        ctx.lexicon.actor(d)?.name ??
        acc.newNames.find((n) => n.proposedId === d)?.name ??
        'a new giver',
    )
    .join(' and ')
  const one = acc.donorIds.length === 1
  const first = acc.claims.find((c) => c.fact === 'item' || c.fact === 'money')
  const what =
    first?.fact === 'item'
      ? first.value.name
      : first?.fact === 'money' && first.value.kind === 'amount'
        ? (first.value.raw ?? 'money')
        : 'support'
  const title =
    acc.stage === 'request'
      ? `Ukraine asks for ${what}`
      : `${donors || 'Partners'} ${acc.stage === 'pledge' ? 'pledge' : 'deliver'}${one ? 's' : ''} ${what}`
  return {
    record: {
      kind: 'aid',
      id,
      title: title.slice(0, 300),
      stage: acc.stage,
      category,
      donorIds: acc.donorIds,
      recipientId: 'ukraine',
      ...(acc.forum ? { forum: acc.forum } : {}),
      claims: acc.claims.map((c, i) => ({ ...c, id: `${id}-e${i + 1}` })),
    },
    newNames: acc.newNames,
    sentences: acc.sentences,
  }
}
