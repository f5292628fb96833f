import type { Evidence } from '@sitrep/domain'
import { asserterName, type Names } from './names.ts'

/** Who stands behind one claim, split the way the detail pane lays it out. */
export interface ClaimAttribution {
  /** The outlet that carried the words: the reporting agency, else the source's publisher. */
  readonly source: string
  /** The speaker, and whom they relied on: "Volodymyr Zelensky citing Rustem Umerov". */
  readonly speaker: string
  /** How strong the wording makes the attribution (named official … unnamed source), and the
   * channel the words came through when the source says (video message, X post). */
  readonly attribution: string
}

export const attributeClaim = (claim: Evidence, names: Names): ClaimAttribution => {
  const document = names.source(claim.sourceId)
  const outlet =
    (claim.reportedBy && asserterName(claim.reportedBy, names)) ??
    (document?.outletId ? names.actor(document.outletId) : document?.outletName)
  const citing = claim.citing ? ` citing ${asserterName(claim.citing, names)}` : ''
  return {
    source: outlet ?? document?.title ?? claim.sourceId,
    speaker: `${asserterName(claim.assertedBy, names)}${citing}`,
    attribution: [claim.attribution, claim.channel]
      .filter(Boolean)
      .join(' · ')
      .replaceAll('-', ' '),
  }
}
