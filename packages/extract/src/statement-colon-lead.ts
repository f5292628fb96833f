import type { Attribution } from './attribution.ts'

/** "In his evening address, Zelensky said: …": a setting before the speaker, not their words. */
const SETTING =
  /^(?:in|on|at|during|speaking|commenting|asked|after|before|according|later|earlier|meanwhile|also|then|however|separately|addressing|answering|responding)\b/i

/**
 * "Ukraine will never give up its land, Zelensky said: “We will not …”" and '"We will restore
 * everything," Svyrydenko wrote: "The lives …"': the words before a speaker whose verb ends in a
 * colon are theirs too. Renderings of one statement keep either half, so a statement's text
 * holds both. Undefined when the sentence opens with its speaker or a setting.
 */
export const leadBeforeColon = (
  text: string,
  sentenceStart: number,
  a: Attribution,
): string | undefined => {
  if (a.content.start < a.verbEnd || a.speakerStart <= sentenceStart) return undefined
  const after = text.slice(a.verbEnd, a.content.start + 40)
  if (!/^[^.;"“”]{0,30}?:\s/.test(after)) return undefined
  const lead = text
    .slice(sentenceStart, a.speakerStart)
    .replace(/[“”"]/g, '')
    .replace(/[\s,;—–-]+$/, '')
    .trim()
  if (SETTING.test(lead) || lead.split(/\s+/).length < 4) return undefined
  return lead
}
