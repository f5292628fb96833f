/**
 * Aid instruments named for the giver that pays through them: "its first €4.5 billion tranche
 * under the Ukraine Facility" is the EU's, "funded through USAI" the United States', "weapons
 * bought through PURL" NATO's. Read only when the clause names no giver of its own.
 */
const PROGRAMMES: readonly (readonly [RegExp, string])[] = [
  [/\bUkraine Facility\b|\bEuropean Peace Facility\b|\bEPF\b/, 'european-union'],
  [
    /\bUkraine Security Assistance Initiative\b|\bUSAI\b|\b[Pp]residential [Dd]rawdown [Aa]uthority\b/,
    'united-states',
  ],
  [/\bPURL\b|\bPrioriti[sz]ed Ukraine Requirements? List\b/, 'nato'],
  [/\bNansen Support Programme\b/, 'norway'],
  [/\bERA (?:loans?|initiative|mechanism)\b|\bExtraordinary Revenue Acceleration\b/, 'g7'],
]

export const programmeGiver = (content: string): string | undefined =>
  PROGRAMMES.find(([pattern]) => pattern.test(content))?.[1]
