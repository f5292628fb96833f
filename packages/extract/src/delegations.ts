import type { Talk } from '@sitrep/domain'
import type { Article } from './article.ts'
import { findNames, stateOfActor, stateOfDemonym } from './names.ts'

const NEGOTIATOR =
  /\b(?:(\p{Lu}\p{Ll}+)[’']s|(\p{Lu}\p{Ll}+)) (?:chief |lead )?negotiator,?\s|\bhead of the (\p{Lu}\p{Ll}+) delegation,?\s|\b(?:the )?(\p{Lu}\p{Ll}+) (?:delegation|team),? (?:(?:was|is|will be) )?(?:headed|led) by\s/gu

/**
 * Who leads each side's delegation, from "Ukraine’s chief negotiator, Rustem Umyerov", "the
 * head of the Russian delegation, Vladimir Medinsky" or "the Russian delegation, headed by
 * Vladimir Medinsky": the named person right after the title.
 */
export const delegationHeads = (article: Article): Map<string, string> => {
  const heads = new Map<string, string>()
  for (const s of article.sentences) {
    if (!/negotiator|delegation|team/.test(s.text)) continue
    NEGOTIATOR.lastIndex = 0
    for (let m = NEGOTIATOR.exec(s.text); m; m = NEGOTIATOR.exec(s.text)) {
      const side = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
      // "headed by Defence Minister Rustem Umerov": a title may stand before the name
      const reach = m[4] ? 40 : 2
      const partyId =
        stateOfDemonym(side) ??
        (side === 'Ukraine' ? 'ukraine' : side === 'Russia' ? 'russia' : undefined)
      const at = s.start + m.index + m[0].length
      // every name, the speaker's too: "…, Ukraine’s chief negotiator Rustem Umerov said"
      const person =
        findNames(s.text, s.start, article.lexicon).find(
          (n) => n.actorId && n.start >= at && n.start - at <= reach,
        ) ??
        (s.attribution?.citing?.type === 'actor'
          ? { actorId: s.attribution.citing.actorId }
          : undefined)
      if (!partyId || !person?.actorId) continue
      if (stateOfActor(person.actorId, article.lexicon) === partyId)
        heads.set(partyId, person.actorId)
    }
  }
  return heads
}

/** Each party's delegation, with its head where the article names one. */
export const delegationsOf = (
  partyIds: readonly string[],
  heads: Map<string, string>,
): Talk['delegations'] =>
  heads.size === 0
    ? []
    : partyIds.map((partyId) => {
        const headId = heads.get(partyId)
        return { partyId, ...(headId ? { headId } : {}) }
      })
