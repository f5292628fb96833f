/**
 * The figures of `/v1/stats` summed per day, kept by every write in the same transaction (the
 * old contribution of a record taken out, the new one added). `day` is the record's sort date;
 * undated records sit under the far-future sort date, which no date filter reaches. Empty keys
 * stand for a missing status, speaker or channel. Counters may stand at zero once their records
 * are gone: readers skip such rows.
 */
export interface StatsAttackDaysTable {
  day: string
  attacks: number
  killed_low: number
  killed_high: number
  /** Attacks with a toll but no ceiling: the day's ceiling is open while any remains. */
  killed_open: number
  injured_low: number
  injured_high: number
  injured_open: number
}

/** Attacks per day and region, with the part of each toll known to lie inside the region. */
export interface StatsAttackRegionsTable {
  day: string
  place_id: string
  attacks: number
  killed_low: number
  injured_low: number
}

export interface StatsAirWarTable {
  day: string
  attacker_id: string
  weapon_class: string
  launched: number
  intercepted: number
}

/** Aid records per day, category and stage: each record once. */
export interface StatsAidTable {
  day: string
  category: string
  stage: string
  records: number
  eur: number
}

/** Aid per day, donor and stage: a joint pledge once for each of its donors. */
export interface StatsAidDonorsTable {
  day: string
  /** The Monday of the day's week and the first of its month: the series' buckets. */
  week: string
  month: string
  donor_id: string
  stage: string
  records: number
  eur: number
}

/**
 * The same aid per week or month, donor and stage, without the day (0028): a range's whole
 * buckets are summed here, a few thousand rows for the whole war where the daily table holds
 * ~80k at a million records; only its partial first and last buckets are read by day.
 */
export interface StatsAidDonorWeeksTable {
  week: string
  donor_id: string
  stage: string
  records: number
  eur: number
}
export interface StatsAidDonorMonthsTable {
  month: string
  donor_id: string
  stage: string
  records: number
  eur: number
}

export interface StatsTalksTable {
  day: string
  status: string
  talks: number
}

/** Statements per day and speaker, the empty speaker standing for unnamed ones. */
export interface StatsStatementSpeakersTable {
  day: string
  speaker_id: string
  statements: number
}

export interface StatsStatementChannelsTable {
  day: string
  channel: string
  statements: number
}

/** Disputed facts per day, record kind and fact name: what `/v1/disputes` counts. */
export interface StatsDisputeDaysTable {
  day: string
  kind: string
  fact: string
  disputes: number
}
