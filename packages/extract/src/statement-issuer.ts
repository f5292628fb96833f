import { resolveSpeaker, type Speaker, type SpeakerContext } from './speaker.ts'

const ISSUED =
  /^(?:(?:On|Late on|Earlier on) [\w ,]{3,30}?,\s+)?(.{2,90}?)\s+(?:has |had )?(?:issued|released|published|put out|circulated)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|press release)\b/u

/**
 * "The Kremlin issued a statement on Monday." says who made the statement that the next
 * sentences quote ("According to the statement, …", "The statement said …"), though it asserts
 * nothing itself. The body that issued it, or undefined.
 */
export const statementIssuer = (sentence: string, context: SpeakerContext): Speaker | undefined => {
  const m = ISSUED.exec(sentence)
  if (!m?.[1]) return undefined
  const who = resolveSpeaker(m[1], m[0].indexOf(m[1]), context)
  return who && !who.isPerson && !who.isOutlet && who.asserter.type === 'actor' ? who : undefined
}
