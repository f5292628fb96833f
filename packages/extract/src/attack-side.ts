import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { stateOfActor, stateOfDemonym } from './names.ts'

/**
 * Weapons only one side fires: "The enemy attacked with 53 Shahed drones" names no state, but
 * Shaheds, Kinzhals and glide bombs are Russia's; Neptunes and Storm Shadows are Ukraine's.
 */
const RUSSIAN_MODELS =
  /\b(?:Shahed|Geran|Kinzhal|Kalibr|Iskander|Kh-\d+|Oniks|Zircon|Tsirkon|Oreshnik|Lancet|Gerbera|KABs?|UMPBs?|FAB-\d+)\b/
const UKRAINIAN_MODELS = /\b(?:Neptune|Flamingo|Lyutyi|Liutyi|Storm Shadow|SCALP|ATACMS|HIMARS)\b/

const SIDE_NAMED = /Russia|Ukrain|Moscow|Kyiv|Kiev/

const sideOfModels = (text: string): string | undefined =>
  RUSSIAN_MODELS.test(text) ? 'russia' : UKRAINIAN_MODELS.test(text) ? 'ukraine' : undefined

/** "Russia launched …", "Russian drones", "74 Ukrainian drones", "drones launched by Russia": who fired. */
export const attackerIn = (text: string): string | undefined => {
  // every wording below but the weapons' models names a side: most sentences name none
  if (!SIDE_NAMED.test(text)) return sideOfModels(text)
  const subject =
    /\b(Russia|Ukraine|Russian forces|Ukrainian forces|Moscow|Kyiv|Kiev|(?:the )?Russians|(?:the )?Ukrainians)\s+(?:has |have |had )?(?:(?:once again|again|also|overnight|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:launched|attacked|struck|fired|shelled|hit|targeted|used|sent|deployed|pounded|bombarded|unleashed|carried out|conducted|staged|mounted)\b/.exec(
      text,
    )?.[1] ??
    /\b(?:launched|fired|sent|used)\s+by\s+(Russia|Ukraine|Russian forces|Ukrainian forces)\b/.exec(
      text,
    )?.[1] ??
    /\b(Russia|Ukraine)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardment|missile|drone)\b/u.exec(
      text,
    )?.[1] ??
    // "launching more than 200 attack drones against Ukraine": the other side fired them
    /\b(?:launch(?:ed|ing)|fir(?:ed|ing))\s+(?:[\p{L}\d,-]+\s+){1,6}?(?:drones?|missiles?|UAVs?|rockets?)\s+(?:against|at)\s+(Russia|Ukraine)\b/u
      .exec(text)?.[1]
      ?.replace(/Russia|Ukraine/, (target) => (target === 'Russia' ? 'Ukraine' : 'Russia')) ??
    // "a shelling from Ukraine of our village"
    /\b(?:shelling|attacks?|strikes?|fire)\s+(?:from|by)\s+(?:the\s+)?(Russia|Ukraine|Russian forces|Ukrainian forces|Russian troops|Ukrainian troops)\b/.exec(
      text,
    )?.[1]
  if (subject) return /Russia|Moscow/.test(subject) ? 'russia' : 'ukraine'
  // "an attempt by the Kiev regime to carry out a terrorist attack": Moscow's name for Ukraine's
  // government, the side it says attacked
  if (/\b(?:by|of) the (?:Kiev|Kyiv) regime\b/.test(text)) return 'ukraine'
  // "Ukrainian forces managed to shoot down 81 of the missiles": the forces that down are hit
  const downing =
    /\b(Russian|Ukrainian)\s+(?:forces|troops|military|army|defenders|units)\b[^.;]{0,40}?\b(?:shot down|shoot down|shooting down|intercept\w*|downed|downing|destroy(?:ed|ing)?\s+(?:\d|all|most|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\b))/.exec(
      text,
    )?.[1]
  if (
    downing &&
    !/\b(?:Russian|Ukrainian)\s+(?:[\p{L}-]+\s+){0,2}?(?:drones?|missiles?|UAVs?)\b/u.test(text)
  )
    return stateOfDemonym(downing) === 'russia' ? 'ukraine' : 'russia'
  // "Russian air defence destroyed 47 Ukrainian drones": the weapons' side fired, and a side's
  // air defence is the one fired at, so weapons are read before forces
  const weapon =
    /\b(Russian|Ukrainian)\s+(?!air[- ]defen[cs]e)(?:[\p{L}-]+\s+){0,2}?(?:drones?|missiles?|UAVs?|unmanned aerial vehicles|glide bombs?)\b/u.exec(
      text,
    )?.[1] ??
    // "thanked Ukrainian forces for repelling the attack": the defenders, not who fired
    /(?<!\bthank(?:s|ed|ing)?\s+(?:all\s+)?)\b(Russian|Ukrainian)\s+(?!air[- ]defen[cs]e)(?:[\p{L}-]+\s+){0,2}?(?:strikes?|attacks?|[Ff]orces|[Tt]roops|[Aa]rmy|invaders|occupiers|warplanes?|aircraft|shelling)\b/u.exec(
      text,
    )?.[1]
  if (weapon) return stateOfDemonym(weapon)
  // "Ukrainian air defences intercepted 266 drones": the other side fired them
  const defence = /\b(Russian|Ukrainian)\s+air[- ]defen[cs]es?\b/.exec(text)?.[1]
  if (defence && /\b(?:intercept|shot down|downed|destroy)/i.test(text))
    return stateOfDemonym(defence) === 'russia' ? 'ukraine' : 'russia'
  return sideOfModels(text)
}

/**
 * "The Russian Defence Ministry said its forces struck …": a side's own body speaking of its
 * own forces names the attacker.
 */
const ownForcesOf = (s: ArticleSentence, lexicon: Lexicon): string | undefined => {
  if (!/\b(?:its|our) (?:forces|troops|military|army|aviation|units)\b/i.test(s.text))
    return undefined
  const a = s.attribution?.speaker.asserter
  const state = a?.type === 'actor' ? stateOfActor(a.actorId, lexicon) : a?.affiliationId
  return state === 'russia' || state === 'ukraine' ? state : undefined
}

/** Who fired, as the sentence says it. */
export const whoFired = (s: ArticleSentence, lexicon: Lexicon): string | undefined =>
  attackerIn(s.text) ?? ownForcesOf(s, lexicon)
