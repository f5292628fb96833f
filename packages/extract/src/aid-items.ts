import type { AidClaim, Measure } from '@sitrep/domain'
import { ARMS, RELIEF } from './aid-category.ts'
import { findMoney } from './money.ts'
import { findCounts, mayOpenWithCount } from './quantities.ts'

type ItemValue = Extract<AidClaim, { fact: 'item' }>['value']

/** Words after which a sentence names what is asked for or given. */
const ITEM_TRIGGERS =
  /\b(?:needs?(?! of\b)|requires?|lacking|lacks|manufacture|produce|called for|calls for|asked for|support (?:Ukraine|Kyiv|Kiev) with|(?:aid|support|assistance) (?:to|for) (?:Ukraine|Kyiv|Kiev) with|provide(?: (?:Ukraine|Kyiv|Kiev) with)?|(?:send|sent|give|gave|deliver(?:ed)?|supply|supplied|donate|donated|contribute|offer(?:ed)?|ship(?:ped)?)(?: (?:Ukraine|Kyiv|Kiev)(?: with)?)?|(?:will|would|to) (?:also )?get|hand(?:ed)? over(?: to (?:Ukraine|Kyiv|Kiev))?|finance(?!\s+(?:[Mm]inist|[Dd]epartment|[Cc]ommittee|[Oo]ffice))|transfer(?:red)?|(?:handing|sending|providing|supplying|giving|delivering|transferring|donating)(?: (?:Ukraine|Kyiv|Kiev)(?: with)?)?|received|(?:should|will|would) (?:also )?receive|,?\s*including|encompassing|comprising|consist(?:s|ing) of|(?:composed|made up) of|,?\s*among them|(?:will |would )?contain(?:s|ed)?|featuring|such as|(?:pledged|promised)|for the (?:purchase|production|procurement) of|(?:to )?(?:buy|purchase|procure)|(?:will )?includ(?:es?|ed)|incl\.|(?:utili[sz]ed|used|spent) (?:for|on)|(?:package|it|this) (?:also )?(?:has|contains))\s+(?:(?:more(?!\s+than\b)|additional|further|new|urgently|still|even more)\s+|a (?:wide )?(?:array|range) of [^:,.]*:\s*|funding for\s+|(?:hundreds of )?thousands of\s+)*/gi
/**
 * Words one of ITEM_TRIGGERS' wordings must contain: a cheap first test before the long
 * alternation, which can start at any space (",?\s*including") and so is tried everywhere.
 */
const ITEM_WORD =
  /need|require|lack|manufacture|produc|call|asked for|support|provid|send|sent|giv|gave|ship|get|deliver|suppl|donat|contribute|offer|hand|finance|transfer|receive|includ|encompassing|comprising|consist|composed|made up|among them|contain|featuring|such as|pledged|promised|purchase|procur|buy|incl\.|utili|used|spent|has|contains/i
/** "our humanitarian partners provide food, water …", "aid agencies will use it to provide …". */
const PARTNERS_WORK =
  /\b(?:partners|organi[sz]ations|agencies|NGOs)\b(?:\s+[\w’']+){0,6}?\s+(?:to\s+)?provide\s*$/i
/** Where an item list stops: an infinitive, a reason, a destination, a quotation mark. */
const STOP =
  /[;”"]|\.(?!\d)|,\s+(?:the|he|she|they|said|adding|which|as(?! well as\b)|while|but|was|were|is|are|will|has|have|had|also|agreed|pledged|promised|followed)\b|\s+(?:to|in order|from|paid for|funded|financed|because|as(?! well as\b)(?<!\bwell as)|since|after|by|(?:this|next|last) (?:\w+ )?year|for (?=(?:Ukraine|Kyiv|Kiev|Ukrainian|the (?:Ukrainian|country|armed|army|front|next|coming|needs?)|its|their|use|years?|months?|weeks?|this|next|\d)\b)|in (?=an? [$€£\d])|in (?=(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|\d{4})\b)|so that|which|that|and bring|and later|within|worth|on top of)\b/i
/**
 * "has sent 237 more generators" read past its trigger: the giving verb is no part of the thing;
 * "Ukraine's air defense": the recipient's possessive says whose, not what.
 */
const GIVEN_BY_VERB = /^(?:sent|provided|delivered|supplied|donated|shipped)\s+/i
const RECIPIENTS = /^(?:Ukraine|Kyiv|Kiev)[’']s\s+/

/** Words that open a clause, a speaker or a participle ("held Friday in Brussels"), never a thing. */
const NO_THING =
  /^(?:[\w-]+\s+)?ones\b|^(?:than|more than just|between|as|also|already|now|then|originally|initially|previously|formerly|straight|directly|immediately|quickly|soon|later|earlier|it|its|they|them|he|she|we|you|have|has|had|been|be|is|are|was|were|will|would|can|could|held|hosted|co-led|led)\b|\b(?:said|says|told|stated|agreed|announced|confirmed|reported|arrived|arrives|reached)\b/i
const STOPWORDS = /\b(?:and|or|the|of|for|with|to|in|on|at|by)\b/gi

const WORTH_OF = /^[^,;]{0,60}?\bworth of\s+/i

/** "a total of 19 jets", "a company of 14 tanks": the count is the items'. */
const UNIT_OF =
  /^(?:(?:first|second|third|new|next|latest|another|further)\s+)?(?:total|company|batch|set|number|shipment) of\s+/i
const GENERIC =
  /^(?:funds?|money|aid|support|assistance|help|weapons|it|them|more|commitments|pledges|contributions|all of|all|(?:[\w-]+ ){0,3}(?:package|tranche|contribution)s?)$|^(?:allies|partners|countries|nations|members)\b|^(?:(?:next|latest|newest|first|fresh|new|another)\s+)?(?:rounds?|tranches?|packages?|batch(?:es)?) of (?:[\w-]+ )?(?:assistance|aid|support|help|funding)$|^(?:[\w-]+ ){1,2}(?:assistance|aid|support|help)$/i
const DATE_PHRASE =
  /^(?:(?:last|next|this|early|late|in|on)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|spring|summer|autumn|fall|winter)(?:\s+\d{1,4})?$/i
const DETERMINER =
  /^(?:the|a|an|more(?!\s+than\b)|additional|further|extra|new|its|their|his|her|another|a further|of)\s+/i

/** "A, B, C and D"; "and associated" joins rather than lists ("systems and associated missiles"). */
const splitList = (phrase: string): string[] =>
  phrase
    .split(/,(?!\d{3})(?!\s+or\s)\s*(?:and\s+|as well as\s+)?|\s+as well as\s+/)
    .flatMap((p) => p.split(/\s+and\s+(?!associated|related|their|its)|\s+equipped with\s+/))
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(?:more|others|so on|other \w+)$/i.test(p))

/** "two more Patriot systems" → 2 and "Patriot systems"; "two of its nine remaining …" too. */
const withQuantity = (written: string): { name: string; quantity?: Measure } => {
  // "20 000 artillery ammunition": a thousands separator written as a space
  const phrase = written.replace(/^(\d{1,3})[ \u00a0\u202f](\d{3})(?=\s)/, '$1$2')
  // only a count at the start is the item's: most list parts open with none
  const [count] = mayOpenWithCount(phrase) ? findCounts(phrase) : []
  if (count?.start !== 0) return { name: phrase }
  const rest =
    /^\s+(?:more\s+|of (?:its|their|the|his|her) (?:\S+ )?(?:remaining |existing |own )?)?/.exec(
      phrase.slice(count.end),
    )
  const end = count.end + (rest?.[0].length ?? 0)
  const raw = phrase.slice(0, end).trim()
  return {
    name: phrase.slice(end),
    quantity: { qualifier: count.qualifier, value: count.value, raw },
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** "Twenty-five generators provided by Japan arrived": counted things as the subject. */
const COUNTED_SUBJECT =
  /^(?:(?:On|In|By) [^,]{3,30},\s+)?(.{3,80}?)\s+(?:(?:provided|donated|supplied|sent|pledged|paid for|funded) by\b|(?:(?:have|has|had) )?(?:(?:already|formally|officially|now|just|recently|finally) )?(?:arrived|been (?:(?:already|formally|officially) )?(?:delivered|handed over|dispatched|shipped)|(?:were|was) (?:(?:already|formally|officially|finally) )?(?:delivered|handed over|dispatched|shipped)))/

/** "A shipment of 40 generators from Japan has arrived": the batch and its origin are no thing. */
const BATCH_OF =
  /^(?:(?:a|the)\s+(?:(?:new|first|second|third|further|another|latest)\s+)?)?(?:total|shipment|batch|delivery|consignment|cargo)\s+of\s+/i
const FROM_ORIGIN = /\s+from\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u

/** "The first Abrams tanks have arrived in Ukraine": arms or relief arriving, counted or not. */
const ARRIVED_SUBJECT =
  /^(?:(?:On|In|By) [^,]{3,30},\s+)?(?:(?:the|a|an)\s+)?(?:(?:first|new|more|further|additional|latest)\s+)*(.{3,60}?)\s+(?:(?:have|has|had) )?(?:(?:already|now|just|finally) )?(?:arrived|been delivered|(?:were|was) delivered)\b(?!\s+(?:over|above|near)\b)/i
/** Arms that arrive to strike ("Russian drones have arrived over Kyiv") are no aid. */
const HOSTILE = /\b(?:Russian|enemy|hostile|Shahed|Iranian|North Korean|Geran)\b/i

const countedSubject = (text: string): ItemValue | undefined => {
  const m = COUNTED_SUBJECT.exec(text)
  const { name, quantity } = withQuantity(
    (m?.[1] ?? '').replace(BATCH_OF, '').replace(FROM_ORIGIN, ''),
  )
  const clean = name.replace(DETERMINER, '').trim()
  if (quantity && clean.length >= 3 && !GENERIC.test(clean))
    return { name: capitalise(clean).slice(0, 200), quantity }
  const arrived = ARRIVED_SUBJECT.exec(text)?.[1]?.replace(FROM_ORIGIN, '').trim()
  return arrived &&
    (ARMS.test(arrived) || RELIEF.test(arrived)) &&
    !GENERIC.test(arrived) &&
    !HOSTILE.test(arrived) &&
    !/[,;]|\b(?:who|which|that|said|and the)\b/i.test(arrived)
    ? { name: capitalise(arrived).slice(0, 200) }
    : undefined
}

/**
 * Things asked for or given, read from the words after a trigger ("lacking air-defence systems,
 * long-range weapons …"), each with its count when one is written. A bare "funds" or "aid" is no
 * item, except in "called for an increase in military aid", which asks for more of it.
 */
export const itemsIn = (text: string): ItemValue[] => {
  const subject = countedSubject(text)
  const items: ItemValue[] = subject ? [subject] : []
  const triggers = ITEM_WORD.test(text) ? [...text.matchAll(ITEM_TRIGGERS)] : []
  for (const [i, m] of triggers.entries()) {
    // "will help our partners to provide health care, water …": the partners' work, no thing given
    if (PARTNERS_WORK.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length))) continue
    // "send a package encompassing drones, …": the list belongs to the nearer trigger
    const next = triggers[i + 1]
    const after = text.slice(m.index + m[0].length, next ? next.index : text.length)
    const stop = STOP.exec(after)
    const phrase = after.slice(0, stop ? stop.index : after.length).trim()
    const calledFor = /call/i.test(m[0])
    for (const listed of splitList(phrase)) {
      // "one billion euros worth of artillery shells": the thing is what the money is worth of
      const part = listed.replace(WORTH_OF, '')
      const { name, quantity } = withQuantity(
        part
          .replace(GIVEN_BY_VERB, '')
          .replace(DETERMINER, '')
          .replace(DETERMINER, '')
          .replace(UNIT_OF, '')
          .replace(RECIPIENTS, ''),
      )
      const clean = name.replace(DETERMINER, '').trim()
      // "…, or HIMARS": a short name adds no words to the thing
      if (clean.length < 3 || clean.replace(/,\s+or\s+.*$/, '').split(/\s+/).length > 8) continue
      // "it urgently", "have been met", "X said on Sunday", "… and": a clause, not a thing
      if (NO_THING.test(clean)) continue
      // "F-16s", "T-72s": a model's designation is a thing though it holds no three letters
      if (!/\p{L}{3}/u.test(clean.replace(STOPWORDS, '')) && !/\p{Lu}{1,4}-?\d{1,4}/u.test(clean))
        continue
      // "sent to Ukraine", "provided by the UK": a destination or a giver, no item
      if (/^(?:to|by|with|from|for|in|on|at|under|via|through)\b/i.test(clean)) continue
      if (GENERIC.test(clean) && !calledFor) continue
      // "pledged last April": a date, no item
      if (DATE_PHRASE.test(clean)) continue
      if (/^(?:funds?|money)\b/i.test(clean)) continue
      // The money is its own fact: "the equivalent of over €5 billion" is no item.
      if (
        /[€$£₴]|\bequivalent\b|\b(?:billion|million|bn)\b|\b(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD|CHF|JPY|PLN)\s?\d/i.test(
          clean,
        ) ||
        findMoney(part, undefined).length > 0
      )
        continue
      items.push({ name: capitalise(clean).slice(0, 200), ...(quantity ? { quantity } : {}) })
    }
  }
  return items
}
