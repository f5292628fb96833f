import type { TalkClaim } from '@sitrep/domain'
import { fastBounds } from './fast-bounds.ts'

import { passiveAgreementsIn } from './talk-passive-outcomes.ts'
import { shortfallsIn } from './talk-shortfalls.ts'
import { talksOnIn } from './talk-topics-on.ts'

export { statusIn } from './talk-status.ts'

/** A cheap test before the costly scan for a document handed over, which tries every clause. */
const HANDED_WORD = /\b(?:presented|handed|submitted|delivered|gave)\b/i

type AgendaValue = Extract<TalkClaim, { fact: 'agenda' }>['value']
type OutcomeValue = Extract<TalkClaim, { fact: 'outcome' }>['value']

const DETERMINER = /^(?:the|a|an|advancing|further|more|to)\s+/i
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const topic = (s: string) => {
  let t = s.trim().replace(/[.,;:”"]+$/, '')
  while (DETERMINER.test(t)) t = t.replace(DETERMINER, '')
  return capitalise(t).slice(0, 300)
}

/** Where the reporter's words resume: ", the Ukrainian presidency said in a statement". */
const SAID_TAIL =
  /,\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}(?:said|says|stated|announced|reported|told)\b.*$/u

const LIST_SEPARATOR = /,(?!\d{3})\s*(?:and\s+)?(?:as well as\s+)?|\s+as well as\s+|\s+and\s+/g

const BETWEEN_FIRST = /\bbetween\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+$/u

/** Whether `at` lies inside a quotation: more quotation marks opened than closed before it. */
const quoted = (phrase: string, at: number): boolean => {
  const before = phrase.slice(0, at)
  const straight = (before.match(/"/g) ?? []).length
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || straight % 2 === 1
}

/**
 * "A, B, as well as C": each a topic; "and" splits too, as agendas list plain nouns, but not
 * inside a quotation ("a “real and dignified end” to the war" is one topic) nor after a colon.
 */
const topics = (phrase: string): string[] => {
  const whole = phrase.replace(SAID_TAIL, '')
  // "a new stage of exchange by category: seriously wounded and seriously ill, young people":
  // what follows a colon spells out the term before it, no list of topics of its own
  const colon = whole.indexOf(':')
  const text = colon > 0 ? whole.slice(0, colon) : whole
  const parts: string[] = []
  let from = 0
  for (const m of text.matchAll(LIST_SEPARATOR)) {
    if (quoted(text, m.index)) continue
    // "proposals between Russia and Ukraine": the two sides of one topic
    if (m[0].trim() === 'and' && BETWEEN_FIRST.test(text.slice(0, m.index))) continue
    parts.push(text.slice(from, m.index))
    from = m.index + m[0].length
  }
  parts.push(text.slice(from) + (colon > 0 ? whole.slice(colon) : ''))
  return parts.map(topic).filter((t) => t.length > 2)
}

/**
 * "aimed at exploring a ceasefire", "to discuss …": what talks are about, up to where the
 * sentence's own verb resumes ("talks aimed at X continued in Berlin", "a meeting to address X
 * is anticipated").
 */
const FOCUS = fastBounds(
  /\b(?:focus(?:es|ed|ing)? on|concentrat(?:e|es|ed|ing) on|to discuss|will discuss|would discuss|(?:also )?discussed|(?<!\bagreed to )(?:deal with|address)\b|agenda includes|agenda will include|aim(?:s|ed|ing)? (?:at|to)(?: (?:explor|discuss|address|restor)\w*)?|discussions? (?:on|about)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)|(?<!\b(?:made|achieved|reached|noted|noting|saw)\s+(?:some |significant |substantial |real |considerable )?)(?:any |no |little )?progress on|(?:main )?objective of (?:reaching |achieving )?(?:an agreement on )?|(?<=\b(?:round of (?:talks|negotiations)|held (?:[\w-]+ ){0,3}(?:talks|negotiations))(?: in \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)? to )(?=(?:resolve|end|settle)\b))\s*(.+?)(?:[.;]|,\s+(?:after|as(?! well)|while|which|but|referred|followed|following|according|said|the (?:first|second|third|latest|last|largest))\b|\s+(?=(?:has|have|had) been\b)|\s+(?=(?:continued|resumed|began|ended|concluded|opened|took place|kicked off|wrapped up|involving)\b)|\s+(?=(?:is|are|was|were) (?:anticipated|expected|scheduled|planned|due|likely)\b)|$)/iu,
)

/**
 * What a round will be about, or explicitly not: "X are not on the agenda", "should focus on A,
 * B, as well as C", "a new prisoner exchange is being prepared".
 */
export const agendaIn = (content: string): AgendaValue[] => {
  const out: AgendaValue[] = []
  // The agenda patterns backtrack over the whole sentence; most sentences have no agenda at all.
  if (
    !/\b(?:agenda|focus|concentrat|discuss|deal with|address|prisoner|aim|progress on|objective|to (?:resolve|end|settle)|talks\b[^.;]{0,60}?\bover\s|efforts? to|seek|plan|proposal|framework|initiative|hop(?:e|es|ed|ing)\b)/i.test(
      content,
    )
  )
    // "held talks on humanitarian issues": the one wording left, tested cheaply first
    return /\b(?:talks|negotiations|consultations)\b[^.;]{0,120}?\s(?:on|about)\s/i.test(content)
      ? talksOnIn(content)
      : out
  const onAgenda = /on the agenda/i.test(content)
  const excluded = !onAgenda
    ? null
    : /(?:^|that\s+)([^,.;]+?)\s+(?:is|are|was|were)\s+not on the agenda/i.exec(content)
  if (excluded?.[1]) out.push({ topic: topic(excluded[1]), included: false })
  const included = !onAgenda
    ? null
    : /([^,.;]+?)\s+(?:is|are|will be)\s+on the agenda/i.exec(content)
  if (included?.[1] && !excluded) out.push({ topic: topic(included[1]), included: true })
  // "aimed at exploring a ceasefire", "aims to address the conflict", "for discussions on a plan"
  const focus = FOCUS.exec(content)
  // "the agreement discussed in Geneva": a participle after its noun names a place, no topic
  const focused =
    focus?.[1] &&
    !/^(?:in|at|on|during|with|by|for|since|after|today|yesterday|tonight)\b/i.test(focus[1])
      ? focus[1]
      : undefined
  if (focused) for (const t of topics(focused)) out.push({ topic: t, included: true })
  // "the ceasefire and prisoner exchange were discussed during the talks": the passive's subject
  const passive = focused
    ? null
    : /(?:^|\bthat\s+|,\s+)([^,.;]+?)\s+(?:was|were|had been|have been|has been)\s+(?:also\s+)?discussed\b/i.exec(
        content,
      )
  // "While more was discussed today": a quantity discussed names no topic
  const subject = passive?.[1]?.replace(/^(?:while|although|as)\s+/i, '')
  if (
    subject &&
    !/^(?:more|much|little|less|nothing|everything|something|this|that|it)$/i.test(subject)
  )
    for (const t of topics(subject)) out.push({ topic: t, included: true })
  // "holding urgent talks in Geneva … over a controversial U.S.-backed peace plan"
  const over =
    focused || passive
      ? null
      : /\b(?:talks|negotiations|discussions)\b[^.;]{0,60}?\bover\s+((?:a|an|the)\s+(?!(?:weekend|week|month|year|past|next|last|coming|hour|day|minute|half|couple)\b)[^.;]+?)(?:[.;]|,\s|$)/i.exec(
          content,
        )
  if (over?.[1]) out.push({ topic: topic(over[1]), included: true })
  const exchange =
    /\b((?:new |large )?(?:prisoner exchange|exchange of prisoners|prisoner swap))\b[^.]*?\b(?:is being prepared|being prepared|is planned|is expected|will|to be)\b/i.exec(
      content,
    )
  if (exchange?.[1] && !focus) out.push({ topic: topic(exchange[1]), included: true })
  if (!focused && !passive && !over) out.push(...aimsIn(content))
  if (out.length === 0) out.push(...talksOnIn(content))
  return out
}

/** "talks on a peace plan": the plan is what the talks are about. */
const ON_A_PLAN = fastBounds(
  /\b(?:talks|negotiations|discussions|meeting)\b[^.;]{0,80}?\bon\s+((?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,3}(?:plan|proposal|framework|initiative)\s+(?:to|for)\s+(?:end|halt|stop|settle)[^.;,]*?)(?=\s+(?:has|have|had|is|are|was|were|will|would)\b|[.;,]|$)/iu,
)

/**
 * What talks set out to do, told as their purpose: "in a renewed effort to negotiate a ceasefire
 * in the Black Sea", "to seek solutions to the conflict", "with the aim of addressing
 * humanitarian concerns", "talks … on a US-drafted plan to end the war".
 */
const aimsIn = (content: string): AgendaValue[] => {
  const aim =
    /\b(?:(?:renewed |an? |their |latest )?efforts? to (?:negotiate|reach|secure|find|agree on|advance|end|halt|stop|bring)|hop(?:e|es|ed|ing)\b[^.;]{0,60}?\bto (?:reach|secure|achieve|agree on)|(?:to |and )seek (?:solutions? to )?|with the aim of (?:addressing |discussing |reaching |finding )?)\s*(.+?)(?:[.;]|,\s+(?:after|as|while|which|but|according|said|the)\b|$)/i.exec(
      content,
    )
  if (aim?.[1] && !/^(?:in|at|on|during|with|by|for)\b/i.test(aim[1]))
    return topics(aim[1].replace(/\s+and seek\s+/i, ' and ')).map((t) => ({
      topic: t,
      included: true,
    }))
  const plan = ON_A_PLAN.exec(content)
  return plan?.[1] ? [{ topic: topic(plan[1]), included: true }] : []
}

/** "accepted the proposal": an agreement to a plan. */
const ACCEPTED_PLAN = fastBounds(
  /\b(?:accepted|endorsed)\s+((?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,3}(?:proposal|plan|offer|initiative)\b[^.;,]*)/iu,
)

/** "presented a memorandum": a document handed over in talks. */
const HANDED_OVER = fastBounds(
  /(?:^|[,;:]\s*)((?:At [^,]+,\s*)?[^,;:]*?\b(?:presented|handed(?: over)?|submitted|delivered|gave)\s+(?:(?:to\s+)?(?:the\s+|their\s+|its\s+)?(?:\p{Lu}[\p{L}-]+|other)(?:\s+(?:side|delegation|team|negotiators|counterparts))?\s+(?:with\s+)?)?(?:(?:a|an|the|its|their|his)\s+)?(?:[\p{L}-]+\s+)?(?:memo(?:randum)?|document|draft|proposals|list)\b[^.;,]*)/iu,
)

/** What a past round achieved: agreements, documents exchanged, what was not discussed. */
export const outcomesIn = (content: string): OutcomeValue[] => {
  const out: OutcomeValue[] = []
  // "the exchange the parties agreed to during talks" names no new agreement
  const agreed =
    /(?<!\b(?:failed to|not|never|refused to|unable to|(?:im|not )possible to|n[’']t)\s+)\bagree(?:d|ing)?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? (?:on|to|that)\s+(?!during\b|in\b|at\b(?! least)|on\b|by\b)(.+?)(?:[.;]|$)/i.exec(
      content,
    )
  // "…, following a meeting of delegations, the first since …" is no part of what was agreed,
  // nor is the meeting it was agreed at ("… each at talks in Istanbul, their first …")
  const terms = agreed?.[1]?.split(
    /,\s+(?:following|after|(?:the|their|its) (?:first|largest|biggest|latest)|which|as(?! well\b)|but|while|when|according to|even as|(?:al)?though)\b|\s+(?:following|after)\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,3}(?:round|talks|negotiations|meeting)\b|\s+(?:at|during)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|meeting)\b/u,
  )[0]
  if (terms) for (const t of topics(terms)) out.push({ type: 'agreement', text: t })
  // "reached a number of agreements, including an exchange …", "reached a “common
  // understanding” on the main terms of …": what was reached; "have committed to appointing …"
  const reached = terms
    ? null
    : /\breached\s+(?:an?\s+)?(?:number of\s+|several\s+|some\s+)?[“"]?((?:(?:framework|preliminary|tentative|basic|broad|general)\s+)?(?:agreements?|(?:(?:common|mutual)\s+)?understanding|consensus)[”"]?\s*(?:on|about|over|,?\s+including)\s+.+?)(?:[.;](?=\s|$)|$)/i.exec(
        content,
      )
  const what = reached?.[1]
    ?.replace(/[“”"]/g, '')
    .replace(/^agreements?,?\s+including\s+/i, '')
    .split(
      /,\s+(?:following|after|which|as|but|while|when|marking)\b|\s+(?:at|during)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|meeting)\b/u,
    )[0]
  if (what) out.push({ type: 'agreement', text: topic(what) })
  // "reached an agreement whereby both sides will each release 157 prisoners", "said the sides
  // would release 314 prisoners": the terms, told as what the sides will do
  const whereby =
    terms || what
      ? null
      : (/\breached\s+(?:an?\s+)?(?:(?:new|tentative|preliminary|initial|principled|broad)\s+)?(?:agreement|deal|understanding)\s+(?:whereby|under which|that|to(?:\s+(?:conduct|hold|carry out|implement))?)\s+(.+?)(?:[.;](?=\s|$)|$)/i.exec(
          content,
        ) ??
        /\b((?:would|will)\s+(?:each\s+)?(?:release|exchange|swap|free|return|hand over)\s+(?:up to\s+|about\s+|some\s+)?\d[\d,]*\s+(?:prisoners|POWs|captives|bodies|soldiers|civilians)\b[^.;,]*)/i.exec(
          content,
        ))
  if (whereby?.[1]) out.push({ type: 'agreement', text: topic(whereby[1]) })
  // "Ukraine has accepted a US proposal for an immediate 30-day ceasefire": a side's yes to a
  // proposal made at the talks is what they came to
  // "the talks produced an agreement to swap prisoners", "resulted in an agreement on …"
  const produced =
    terms || what || whereby
      ? null
      : /\b(?:produced|yielded|resulted in|ended with|(?:result|outcome|fruit|product)s?\b[^.;]{0,40}?\b(?:was|were|is)(?=\s+an?\s))\s+(?:an?\s+)?(?:agreement|deal|accord)\s+((?:to|on)\s+[^.;,]+)/i.exec(
          content,
        )
  if (produced?.[1])
    out.push({ type: 'agreement', text: topic(produced[1].replace(/^on\s+/i, '')) })
  const accepted = terms || what || whereby || produced ? null : ACCEPTED_PLAN.exec(content)
  if (accepted?.[1]) out.push({ type: 'agreement', text: topic(accepted[1]) })
  if (!terms && !what && !whereby && !produced && !accepted)
    out.push(...passiveAgreementsIn(content))
  const committed =
    terms || what
      ? null
      : /\b(?:have|had)\s+committed\s+to\s+(.+?)(?:[.;](?=\s|$)|$)/i.exec(content)
  const pledge = committed?.[1]?.split(/\s+while\s+/)[0]
  if (pledge) out.push({ type: 'agreement', text: topic(pledge) })
  const papers =
    /\b(?:both sides |the sides |they )?exchanged (?:their |the )?((?:draft\s+)?(?:position papers|memorand\w+|documents|proposals|lists)|drafts?)\b/i.exec(
      content,
    )
  if (papers) out.push({ type: 'exchange-of-documents', text: topic(papers[0]) })
  // "Russia presented a memo setting out its terms": a document handed over at the table
  // the cheap word test first: the pattern below scans every clause start of every sentence
  const handed = papers || !HANDED_WORD.test(content) ? null : HANDED_OVER.exec(content)
  if (handed?.[1])
    out.push({
      type: 'exchange-of-documents',
      text: topic(handed[1].replace(/^At [^,]+,\s*/, '')),
    })
  // checked first: the pattern backtracks over the whole sentence
  const not = /not discussed/i.test(content)
    ? /^(?:However,\s*)?([^,]+?)(?:,[^,]*,)?\s+(?:was|were) not discussed/i.exec(content)
    : null
  if (not?.[1]) out.push({ type: 'not-discussed', text: topic(not[1]) })
  // "The parties made some progress on procedural issues", "ended Friday without any agreement on
  // the war", "no deal had been reached": how far the round got, itself an outcome
  const progress =
    /\b(?:made|making|achieved|reached|noted|noting|saw)\s+((?:(?:some|significant|substantial|real|considerable|little|no)\s+)?progress(?:\s+(?:on|toward|towards|in)\s+[^.;,]+)?)/i.exec(
      content,
    )
  if (progress?.[1]) out.push({ type: 'other', text: topic(progress[1]) })
  // "… and the two sides failed to reach a consensus on the ceasefire": as far as they got
  const none =
    /\b((?:(?:ended|concluded|finished|closed)\s+(?:\w+day\s+)?)?without\s+(?:(?:reaching|securing|producing|making|achieving|striking)\s+)?(?:any\s+|an?\s+)?(?:(?!(?:agreement|deal|breakthrough)\b)[\p{L}-]+\s+){0,2}(?:agreement|deal|breakthrough)\b[^.;,]*|failed to (?:reach|agree on|secure|strike)\s+(?:any\s+|an?\s+)?(?:(?!(?:agreement|deal|consensus|breakthrough)\b)[\p{L}-]+\s+){0,2}(?:agreement|deal|consensus|breakthrough)\b[^.;,]*?(?=\s+(?:despite|amid|as|after|because)\b|[.;,]|$))|\b(no (?:deal|agreement|breakthrough) (?:had been|has been|was) (?:reached|signed))\b/iu.exec(
      content,
    )
  const noneText = none?.[1] ?? none?.[2]
  if (noneText) out.push({ type: 'other', text: topic(noneText) })
  // "there was no decisive progress", "it was not possible to agree on corridors"
  if (!noneText && !progress) out.push(...shortfallsIn(content))
  // "Following the meeting, the parties are preparing a new exchange": what the round led to
  const after =
    out.length === 0
      ? /^(?:Following|After) (?:the|this|that) (?:meeting|talks|negotiations|round),\s+(?:the (?:parties|sides) (?:are|were) )?(.+?)[.;]?$/i.exec(
          content,
        )
      : null
  // "Following the talks, Witkoff will travel to Moscow for a meeting with Putin": another
  // meeting announced, not what the talks came to
  if (after?.[1] && !/\b(?:meeting|talks|negotiations|summit|visit)\b/i.test(after[1]))
    out.push({ type: 'other', text: topic(after[1]) })
  return out
}

/**
 * "The United States and Ukraine have proposed a 30-day ceasefire": what the sides at the table
 * propose together is what their round produced. One side's proposal ("Moscow proposed a limited
 * truce") is a position in the talks, no outcome of them.
 */
export const proposalIn = (sentence: string): OutcomeValue | undefined => {
  // "a proposed U.S. plan": the participle before a noun proposes nothing at the table
  const m =
    /(?:\band\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?|\b(?:[Bb]oth sides|[Tt]he sides|[Tt]he parties|[Tt]hey))\s+(?:have\s+|had\s+|jointly\s+)*proposed\s+(?!by\b)(.+?)(?:[.;](?=\s|$)|$)/u.exec(
      sentence,
    )
  // "…, following high-level discussions held in Saudi Arabia": the news it came out of, no term
  const terms = m?.[1]?.split(/,\s+(?:following|after|which|as|but|while|when)\b/)[0]
  return terms ? { type: 'other', text: topic(terms) } : undefined
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]

/** "a third round" → 3. */
export const ordinalRound = (text: string): number | undefined => {
  const m =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:trilateral|bilateral|direct|official|formal|face-to-face|peace)\s+)?(?:round|meeting)\b/i.exec(
      text,
    )
  if (!m?.[1]) return undefined
  const word = m[1].toLowerCase()
  const i = ORDINALS.indexOf(word)
  return i >= 0 ? i + 1 : Number.parseInt(word, 10)
}
