import type { Lexicon } from '@sitrep/domain'
import { knownPlace, stateOfPlace } from './names.ts'
import type { Speaker } from './speaker.ts'

/**
 * "the Kharkiv Regional Military Administration", "the Kherson Regional Prosecutor's Office",
 * "the Sumy Regional Police": a body of one region. It is one of many alike, so it speaks as an
 * unnamed body of the region's state, as "the regional state administration" does, not as a new
 * actor whose id would drop the region and merge every region's administration into one.
 */
const REGIONAL_BODY =
  /^(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+((?:Regional|Oblast|City|District|Region)\s+(?:(?:Military|State|Civil-Military)\s+)?(?:Administration|Prosecutor[’']s Office|Police(?:\s+Department)?|Council|Emergency Service|Health Department|Department of [\p{L} ]+))$/u

export const regionalBody = (text: string, lexicon: Lexicon): Speaker | undefined => {
  const m = REGIONAL_BODY.exec(text)
  if (!m?.[1] || !m[2]) return undefined
  const place = knownPlace(m[1], lexicon)
  const state = place ? stateOfPlace(place, lexicon) : undefined
  if (!state) return undefined
  return {
    asserter: {
      type: 'unnamed',
      description: `${m[1]} ${m[2]}`,
      affiliationId: state,
    },
    // a body that spoke: "the statement said" after it is its statement
    attribution: 'official-body',
    isPerson: false,
    isOutlet: false,
  }
}
