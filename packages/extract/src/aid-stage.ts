import type { AidStage } from '@sitrep/domain'
import { GIVING_DELIVERY, GIVING_PLEDGE } from './aid-giving.ts'
import { fastBounds } from './fast-bounds.ts'

export const AID_WORDS =
  /\b(?:aid|assistance|support|funds?|funding|financ\w*|weapons?|arms|systems?|missiles?|drones?|shells|ammunition|air[- ]defen[cs]e|anti-aircraft|batter(?:y|ies)|Patriots?|tanks?|jets|F-16s?|contribution|package|equipment|generators|transformers|boilers|heaters|ambulances|humanitarian|medical|loans?|lend|grant|vehicles|carriers|howitzers|artillery|rockets|launchers|radars|interceptors|mines)\b/i
const MONEY_PATTERN = fastBounds(
  /[€$£₴]\s?\d|\b(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD|CHF|JPY|PLN|UAH|BGN|CZK|RON)\s?\d|\b\d[\d,.]*\s*(?:billion|million|bn|bln|mn|mln|m)?\s*(?:\p{Lu}\p{Ll}+\s+|U\.?S\.?\s+)?(?:euros?|dollars?|pounds|kroner|kronor|crowns|yen|hryvnias?|leva|zlotys?|korunas?|lei)\b/iu,
)
/** Every money form holds a digit: sentences without one skip the long pattern. */
export const MONEY_WORDS = {
  test: (text: string): boolean => /\d/.test(text) && MONEY_PATTERN.test(text),
}
/**
 * "to meet Kyiv's critical security needs": what a package answers, not a request; nor is a need
 * given as the reason ("citing the significant need for ammunition").
 */
const REQUEST =
  /\b(?:(?<!\b(?:security|defen[cs]e|critical|urgent|battlefield|military|evolving|energy|its|their|[’']s)\s)(?<!\b(?:meet|address|serve|citing|cited|given|amid|because of|due to)\b[^.;]{0,40})needs?(?! of\b)|requires?|asked|asks|urged|urges|called for|calls for|lacking|requested|appealed|is seeking)\b/i
export const DELIVERY =
  /\b(?:delivered|arrived|handed over|transported|ha(?:s|ve) received(?! (?:commitments|pledges|promises))|has sent|have sent|shipped|dispatched|(?:gave|sent|supplied|provided|donated|handed)\s+(?:Ukraine|Kyiv|Kiev)\b(?!\s+(?:a call|assurances|guarantees|a message|a letter|the green light))|disbursed|transferred|paid out|(?:has|have|had) been (?:shipping|sending|delivering|supplying|transferring))\b/i
export const PLEDGE =
  /\b(?:pledged|pledges|promised|promises|will (?:provide|send|supply|give|deliver|finance)|wants? to (?:support|give|provide|send|supply|finance)|to (?:jointly )?finance|to hand over|is (?:\w+ ){0,2}to (?:\w+ ){0,2}hand over|announced (?:on \w+ )?(?:a|an|new)|committed|(?:have |has |had )?(?:all |also |jointly )?contributed\b(?! to (?:the )?(?:war|talks|negotiations|escalation|tensions|deaths?|losses|damage|crisis)\b)|received (?:commitments|pledges)|willingness to|agreed to (?:provide|finance|supply|send)|allocate[sd]?|approved|(?:will |to )?lend|loaned|(?:will|would|plans? to|agreed to|decided (?:on [^,.;]{1,20} )?to|is to|are to)\s+(?:\w+\s+){0,2}(?:provide|send|supply|give|deliver|finance|donate|transfer|allot|allocate|approve|contribute|offer)|(?:is|are) set to (?:unveil|announce|provide|send|deliver|approve)|donated|is allocating|are allocating|allotted|(?:has|have|had) put together (?:a|an) (?:new |fresh |further )?(?:[\w-]+ ){0,2}(?:package|aid|support)|revealed plans|[’']s (?:(?:new|latest|newest|next|fresh|first|second|third|[\w-]+th)\s+)?(?:(?:military|security|defen[cs]e|aid|support|assistance|winter|energy|humanitarian)\s+){0,2}package,?\s+(?:worth|valued at|(?:which\s+)?includ(?:es|ing)|will include|contains|consists)|proposed (?:a|an|its|their|the|new)\b|revealed (?:a|an|its|their|the|new)|(?:presented|introduced) (?:a|an|its|their|the|new) (?:[\w-]+ ){0,3}(?:package|aid|support|assistance)|(?:is|are) (?:stepping up|increasing|boosting|expanding) (?:its|their) (?:[\w-]+ ){0,2}(?:aid|support|assistance)|unveiled|authori[sz]ed|(?:has |have |is |are |was |were )?set(?:ting)? aside|(?:signed|signing|signs|inked|inks) (?:a|an|the)\b|(?:is|are) (?:also )?announcing|announced (?:its|their|his|her|the) (?:(?:latest|new|next|largest|biggest|first|long-term|additional|military|aid|support)\s+){1,3}|announced (?:[\w-]+ ){0,3}(?:support|aid|assistance|package)|(?:announced|declared) (?:(?:over|more than|nearly|almost|about|around|roughly|some|up to|another|a further|an additional|an extra)\s+)?(?:(?:[€$£]|C\$|CA\$|A\$|AU\$|US\$|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD|CHF|JPY|PLN)\s)\s?)?\d[\d.,]*(?:\s?(?:bn|mn|mln|m|b|billion|million)(?![a-z\d]))?|earmark(?:s|ed|ing)|(?:allocation|provision) of (?:(?:over|more than|nearly|about|around|some|up to|another|a further|an additional)\s+)?(?:(?:[€$£]|C\$|A\$|US\$|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD)\s)\s?)?\d[\d.,]*|(?:committing|contributing|pledging) (?:(?:over|more than|nearly|about|around|some|up to) )?(?:[€$£]|C\$|A\$|US\$|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|AUD)\s)\s?\d[\d.,]*|confirm(?:s|ed|ing) (?:(?:[€$£]|C\$|A\$|US\$)\s?)\d[\d.,]*(?:\s?(?:bn|m|billion|million)(?![a-z\d]))?|(?<!\b(?:it|which|that|who)\s)(?:gives|provides|sends|allocates|donates|grants) (?:Ukraine|Kyiv|Kiev)\b|(?:is|are) (?:transferring|sending|giving|providing|preparing (?:a|an|its|their) )|agreed (?:with [^,.;]{1,40} )?on (?:a|an|the|additional|new)\b|should receive|will receive|(?:will|would|is to|are to) go (?:to|towards)|set to receive|agreed to (?:a|an) (?:[€$£]\s?)?\d|adopted|(?:will|to) add|plans? (?:an? )?(?:further|additional|new|more) (?:[\w-]+ ){0,2}(?:support|aid|assistance|package)|cleared (?:another |a further |an additional )?(?:(?:EUR|USD|GBP)\s?|[€$£])\d|(?:was|were|has been|have been) (?:announced|approved|unveiled|pledged|promised))\b/i
/**
 * "spare parts for systems it delivered earlier", "the previously delivered tanks": a delivery
 * recalled to say what the aid is for, not the stage of the aid told ("delivered earlier this
 * year" dates a delivery and stays one).
 */
const RECALLED_DELIVERY =
  /\b(?:previously|earlier) delivered\b|\bdelivered (?:earlier|previously|before)\b(?!\s+(?:this|last|in|on|that)\b)/gi

/**
 * "The first drone arrived at around 3:15 and crashed into the depot": a weapon reaching its
 * target, told by the clock or with what it did there, is a strike, not a shipment.
 */
const WEAPON_ARRIVAL =
  /\barrived (?:at )?(?:around |about |roughly )?\d{1,2}[:.]\d{2}\b|\barrived\b(?=[^.;]{0,40}\b(?:crashed|exploded|detonated|struck|hit|slammed)\b)/gi

/**
 * "equipment to be delivered to Kyiv later", "the first jets will arrive next month", "shells set
 * to be sent": a delivery still to come is what was pledged, not a delivery told. Perfect
 * passives ("has been delivered") stay deliveries, as their auxiliary is not a modal or "to".
 */
const FUTURE_DELIVERY =
  /\b(?:to|will|would|shall|[’']ll|should|must|could|may|can)\s+(?:(?:\w+ly|also|soon|then|still|now|only|yet)\s+){0,2}(?:(?:be|get)\s+(?:(?:\w+ly|also|soon|then)\s+)?(?:delivered|shipped|transported|transferred|handed over|sent|disbursed|paid out)|arrive)\b/gi
/** The same wording, where a giver is looked for before it ("Germany's jets will arrive …"). */
export const FUTURE_DELIVERY_VERB = new RegExp(FUTURE_DELIVERY.source, 'i')

/**
 * Whether a sentence asks for, pledges or delivers aid, strongest wording first. The aid reader
 * asks this of a sentence's words and then of the same words as its only clause: the last answer
 * is kept, as the patterns are long.
 */
export const stageOf = (text: string): AidStage | undefined => {
  if (last?.text === text) return last.stage
  const stage = readStage(text)
  last = { text, stage }
  return stage
}
let last: { readonly text: string; readonly stage: AidStage | undefined } | undefined

const readStage = (text: string): AidStage | undefined =>
  !AID_WORDS.test(text) && !MONEY_WORDS.test(text)
    ? undefined
    : REQUEST.test(text)
      ? 'request'
      : told(text, DELIVERY) || GIVING_DELIVERY.test(text)
        ? 'delivery'
        : PLEDGE.test(text) || GIVING_PLEDGE.test(text) || hasFutureDelivery(text)
          ? 'pledge'
          : undefined

/** A delivery told outside the words that only recall one. */
const told = (text: string, wording: RegExp): boolean =>
  wording.test(
    text
      .replace(RECALLED_DELIVERY, (m) => ' '.repeat(m.length))
      .replace(WEAPON_ARRIVAL, (m) => ' '.repeat(m.length))
      .replace(FUTURE_DELIVERY, (m) => ' '.repeat(m.length)),
  )

const hasFutureDelivery = (text: string): boolean => {
  FUTURE_DELIVERY.lastIndex = 0
  return FUTURE_DELIVERY.test(text)
}
