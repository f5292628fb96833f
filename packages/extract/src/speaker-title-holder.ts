/**
 * "The mayor of Kharkiv wrote" after "The mayor of Kharkiv Ihor Terekhov … write about this": an
 * office of a place, said without a name, is the person the text named with that office before.
 */
const TITLE_OF_PLACE =
  /^(?:the\s+)?((?:mayor|governor|head|chief)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,4})$/iu

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The title and the name that followed it earlier ("mayor of Kharkiv Ihor Terekhov"), if any. */
export const titleHolderBefore = (
  phrase: string,
  before: string | undefined,
): string | undefined => {
  const title = before ? TITLE_OF_PLACE.exec(phrase)?.[1] : undefined
  if (!title || !before) return undefined
  const named = new RegExp(
    `\\b${literal(title)},?\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}[\\p{Ll}’'-]+)`,
    'iu',
  ).exec(before)
  return named?.[1] ? `${title} ${named[1]}` : undefined
}
