/**
 * The sums `/v1/stats` is built from, per day where a series needs the day: read from the
 * rollups, or grouped from the records under filters the rollups cannot answer. Lists of
 * partial sums: the same key may appear more than once, and the figures add them up.
 */
export interface Tallies {
  attackDays: {
    day: string
    attacks: number
    killedLow: number
    killedHigh: number
    /** Attacks with a toll but no ceiling. */
    killedOpen: number
    injuredLow: number
    injuredHigh: number
    injuredOpen: number
  }[]
  regions: { placeId: string; attacks: number; killed: number; injured: number }[]
  airWar: {
    day: string
    attackerId: string
    weaponClass: string
    launched: number
    intercepted: number
  }[]
  aid: { category: string; stage: string; records: number; eur: number }[]
  /**
   * A joint pledge once for each donor. `day` may be the first day of a bucket already summed
   * (the rollups sum them per week or month).
   */
  aidDonors: { day: string; donorId: string; stage: string; records: number; eur: number }[]
  talks: { status: string; talks: number }[]
  /** `speakerId` null: statements by an unnamed speaker. */
  speakers: { speakerId: string | null; statements: number }[]
  channels: { channel: string | null; statements: number }[]
}

export const mergeTallies = (a: Tallies, b: Tallies): Tallies => ({
  attackDays: [...a.attackDays, ...b.attackDays],
  regions: [...a.regions, ...b.regions],
  airWar: [...a.airWar, ...b.airWar],
  aid: [...a.aid, ...b.aid],
  aidDonors: [...a.aidDonors, ...b.aidDonors],
  talks: [...a.talks, ...b.talks],
  speakers: [...a.speakers, ...b.speakers],
  channels: [...a.channels, ...b.channels],
})

/** PostgreSQL returns bigint sums and counts as strings. */
export const num = (v: string | number | null | undefined): number => Number(v ?? 0)
