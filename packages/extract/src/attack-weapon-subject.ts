/**
 * What a count of weapons counts: drones, missiles, bombs, or weapons of both kinds when one
 * count joins two ("450 drones and missiles").
 */

/** "and missiles" after "450 drones", with no count of its own ("and three missiles" has one). */
const AND_OTHER_KIND =
  /^\s+(?:and|or|&)\s+(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|some|\d)\b)(?:[\p{L}-]+\s+){0,2}?(drones|UAVs|missiles|rockets)\b/iu

/** The words that join a second kind of weapon to one count, if they do. */
export const mixedWith = (noun: string, after: string): string | undefined => {
  const m = AND_OTHER_KIND.exec(after)
  return m?.[1] && subjectOf(m[1]) !== subjectOf(noun) ? m[0] : undefined
}

export const subjectOf = (noun: string): string =>
  /drone|uav|shahed|unmanned/i.test(noun)
    ? 'drones'
    : /missile|rocket/i.test(noun)
      ? 'missiles'
      : /bomb/i.test(noun)
        ? 'bombs'
        : 'weapons'
