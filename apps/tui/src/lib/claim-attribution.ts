import { type Evidence, originName, originOf } from '@sitrep/domain'
import { asserterName, type Names } from './names.ts'
import { stanceWords } from './origin-words.ts'

/** Who stands behind one claim, split the way the detail pane lays it out. */
export interface ClaimAttribution {
  /** The outlet that carried the words: the reporting agency, else the source's publisher. */
  readonly source: string
  /** The speaker, and whom they relied on: "Volodymyr Zelensky citing Rustem Umerov". */
  readonly speaker: string
  /** How strong the wording makes the attribution (named official … unnamed source), and the
   * channel the words came through when the source says (video message, X post). */
  readonly attribution: string
  /**
   * Who first reported it (origin.ts), when the lines above do not already say: "TASS" for an
   * unnamed source TASS carries, the original for a syndicated copy.
   */
  readonly origin?: string
  /** "correction of regional governor", "denial": set when the claim answers another. */
  readonly stance?: string
}

/** The origin's name when it adds to the speaker and the document, else undefined. */
const originNote = (claim: Evidence, speaker: string, names: Names): string | undefined => {
  const origin = originOf(claim, names.source)
  if (origin.type === 'source' && origin.sourceId === claim.sourceId) return undefined
  const name = originName(origin, {
    actorName: names.actor,
    sourceTitle: (id) => names.source(id)?.title,
  })
  return speaker.includes(name) ? undefined : name
}

export const attributeClaim = (claim: Evidence, names: Names): ClaimAttribution => {
  const document = names.source(claim.sourceId)
  const outlet =
    (claim.reportedBy && asserterName(claim.reportedBy, names)) ??
    (document?.outletId ? names.actor(document.outletId) : document?.outletName)
  const citing = claim.citing ? ` citing ${asserterName(claim.citing, names)}` : ''
  const speaker = `${asserterName(claim.assertedBy, names)}${citing}`
  const origin = originNote(claim, speaker, names)
  return {
    source: outlet ?? document?.title ?? claim.sourceId,
    speaker,
    attribution: [claim.attribution, claim.channel]
      .filter(Boolean)
      .join(' · ')
      .replaceAll('-', ' '),
    ...(origin ? { origin } : {}),
    ...(claim.stance ? { stance: stanceWords(claim.stance, names) } : {}),
  }
}
