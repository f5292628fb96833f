import type { Measure } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import {
  AFTER_TOLL_COLON,
  AIMED_SHARE,
  AIR_DEFENCE,
  AIR_TARGETS,
  ALL_BEFORE,
  ATTACKED_BY,
  ATTACKS_WITH,
  BARE_AFTER,
  BODIES_OF,
  CLAIMED_LIVES,
  DESTRUCTION_OF,
  DOWNED_JUST_BEFORE,
  LAUNCHED_PASSIVE,
  LIVES_AFTER,
  LIVES_OF,
  LOST_LIVES,
  NOT_A_COUNT,
  ownRest,
  PAIR_BEFORE,
  RECORDED,
  SHARE_FOLLOWS,
  SUBCOUNT_LEAD,
  TOLL_WORD_BEFORE,
  WAVE_OF,
  WITH_SHARE_AFTER,
  WITH_SHARE_BEFORE,
} from './attack-count-forms.ts'
import {
  BREAKDOWN,
  CASUALTY,
  CASUALTY_NOUN,
  DOWNED,
  DOWNED_BEFORE,
  downedNearest,
  EACH_AND,
  LAUNCHED,
  LIST_GOES_ON,
  MORE,
  OF_THEM,
  OF_TOTAL,
  OF_WHICH_BEFORE,
  OUT_OF_AFTER,
  OUT_OF_LEAD,
  OUT_OF_TOTAL,
  PASSIVE_DOWNED,
  SHARE_DOWNED,
  SUFFERED,
  TOLL,
  TOLL_PAIR,
  UNSPECIFIED_SHARE,
  WEAPON_NOUN,
  WITH_WEAPONS,
} from './attack-count-words.ts'
import { AND_THEN_HIT, BARE_HIT, HIT_COUNT, HITS_BY_BEFORE, HITS_NOUN } from './attack-hits.ts'
import { CASUALTY_BEFORE, tollBefore } from './attack-toll-scope.ts'
import { mixedWith, subjectOf } from './attack-weapon-subject.ts'
import { findCounts } from './quantities.ts'
export type CountFact = 'killed' | 'injured' | 'launched' | 'intercepted' | 'hit'

export interface CountClaim {
  readonly fact: CountFact
  readonly measure: Measure
}

/** Where one count applies, from the words right after it ("… over the Saratov Region"). */
export type ClauseScope = (from: number, to: number) => string | undefined

const clauseEnd = (text: string, from: number): number => {
  const m = /[,;:.]|\s(?:and|while|with|but)\s/.exec(text.slice(from))
  return m ? from + m.index : text.length
}

const clauseStart = (text: string, to: number): number => {
  const before = text.slice(0, to)
  const m = /.*(?:[,;:]|\s(?:while|and|but|whereas)\s)/s.exec(before)
  return m ? m[0].length : 0
}

/**
 * Counts with what they count: "At least one person was killed", "killing three", "74 Ukrainian
 * drones were shot down". `scope` is where the count applies (city or whole country);
 * `clauseScope`, when given, finds a place of the count's own clause, which wins over it.
 */
export const countsIn = (
  s: ArticleSentence,
  scope: string | undefined,
  clauseScope?: ClauseScope,
  /** The place the sentence says was aimed at (`aimedAt`), for counts of weapons. */
  aimed?: string,
  /** What the article last counted ("drones"), for "destroyed 30 of them" in a new sentence. */
  counted?: string,
): CountClaim[] => {
  const out: CountClaim[] = []
  let subject: string | undefined
  let lastWeaponFact: CountFact | undefined
  let forced: { start: number; fact: CountFact; pair?: boolean } | undefined
  let shareEnd: number | undefined
  // "on June 3 killed five": the day of a date is no count
  const dated = s.speechDate ? [...s.dates, s.speechDate] : s.dates
  const counts = findCounts(s.text).filter(
    (c) => !dated.some((d) => d.start < s.start + c.end && s.start + c.start < d.end),
  )
  for (const [i, c] of counts.entries()) {
    const after = s.text.slice(c.end)
    const before = s.text.slice(0, c.start)
    if (NOT_A_COUNT.test(after) && (c.value === 1 || !/^\s+of\b/.test(after))) continue
    // "killed one person and injured 12 in Kharkiv": both tolls of the place named after them
    const paired = counts[i + 1]
    const next = counts[i + 1]
    const own =
      clauseScope?.(c.end, clauseEnd(s.text, c.end)) ??
      // "14 drones and 4 missiles over Kursk territory": the pair shares the place after it
      (next && PAIR_BEFORE.test(s.text.slice(c.end, next.start))
        ? clauseScope?.(next.end, clauseEnd(s.text, next.end))
        : undefined) ??
      (paired && TOLL_PAIR.test(s.text.slice(c.end, paired.start))
        ? clauseScope?.(paired.end, clauseEnd(s.text, paired.end))
        : undefined) ??
      // "…, while in Zaporizhzhia three people were wounded": the place opens the toll's clause
      (CASUALTY.test(s.text.slice(c.end)) && clauseStart(s.text, c.start) > 0
        ? clauseScope?.(clauseStart(s.text, c.start), c.start)
        : undefined)
    const where = own ?? tollBefore(s.text, counts[i - 1]?.end ?? 0, c.start, clauseScope) ?? scope
    // "60 drones, 25 of them over the Tula region": the total is of no one place
    const total = !own && BREAKDOWN.test(after.slice(0, 200))
    const base = {
      qualifier: c.qualifier,
      value: c.value,
      raw: c.raw,
      ...(where && !total ? { scope: where } : {}),
    }
    // A count of weapons is of the whole wave: a city the sentence names for its toll ("two
    // killed in Kyiv after Russia launched 539 drones") is not where they were all aimed; its
    // own clause ("over the Tula region"), the place aimed at ("at Lviv") or the country is.
    const waveScope = own ?? aimed ?? (scope && !scope.includes('-') ? scope : undefined)
    const wave = {
      qualifier: c.qualifier,
      value: c.value,
      raw: c.raw,
      ...(waveScope && !total ? { scope: waveScope } : {}),
    }
    // "95 drones …, 80 of which were neutralised": a share of the weapons just counted
    const shareOf = subject ?? counted
    if (
      shareOf &&
      (SHARE_DOWNED.test(after) ||
        (DOWNED_BEFORE.test(before) && OF_THEM.test(after)) ||
        // "launched 91 drones; air defence downed 68."
        (DOWNED_BEFORE.test(before) && BARE_AFTER.test(after)) ||
        (OF_WHICH_BEFORE.test(before) && PASSIVE_DOWNED.test(after)) ||
        // "launched 72 drones, adding that 47 were shot down": a bare share of those counted
        (subject !== undefined && PASSIVE_DOWNED.test(after)) ||
        (subject !== undefined && WITH_SHARE_BEFORE.test(before) && WITH_SHARE_AFTER.test(after)) ||
        (i > 0 && /^(?:Of|Out of) (?:the |all )/i.test(s.text) && PASSIVE_DOWNED.test(after)))
    ) {
      out.push({ fact: 'intercepted', measure: { ...wave, subject: shareOf } })
      continue
    }
    // "14 hits were recorded", "of them, 12 hit their targets": weapons that reached their targets
    if (HITS_NOUN.test(after) || (shareOf && BARE_HIT.test(after))) {
      out.push({ fact: 'hit', measure: shareOf ? { ...base, subject: shareOf } : base })
      continue
    }
    if (shareOf && AIMED_SHARE.test(after)) {
      out.push({ fact: 'launched', measure: { ...wave, subject: shareOf } })
      continue
    }
    const toll = TOLL.exec(before)
    if (toll) {
      // "the number of injured has risen to 24" counts the injured; a toll, the dead
      const fact = /number of (?:the )?(?:\p{L}+\s+)?(?:injured|wounded|injuries)/iu.test(toll[0])
        ? 'injured'
        : 'killed'
      out.push({ fact, measure: base })
      continue
    }
    // "no one was injured" counts nobody (noCasualtiesIn reads it as zero)
    if (/\b(?:no|not a single)\s+$/i.test(before)) continue
    // "Of them, five were hospitalised": a part of the toll just given, not a toll
    if (SUBCOUNT_LEAD.test(s.text) && out.length === 0 && !TOLL_WORD_BEFORE.test(before)) continue
    const casualty =
      LOST_LIVES.exec(after)?.[1] ??
      LIVES_OF.exec(before)?.[1] ??
      BODIES_OF.exec(before)?.[1] ??
      (CLAIMED_LIVES.test(before) ? LIVES_AFTER.exec(after)?.[1] : undefined) ??
      CASUALTY.exec(after)?.[1] ??
      CASUALTY_BEFORE.exec(before)?.[1] ??
      CASUALTY_NOUN.exec(after)?.[1] ??
      SUFFERED.exec(after)?.[1]
    if (casualty) {
      if (
        out.some((o) => o.fact === 'killed' || o.fact === 'injured') &&
        AFTER_TOLL_COLON.test(before)
      )
        continue
      const fact = /kill|dead|died|death|fatal|lives|life|bodies/i.test(casualty)
        ? 'killed'
        : 'injured'
      if (MORE.test(after) && out.some((o) => o.fact === fact)) continue
      out.push({
        fact,
        measure: {
          ...base,
          raw: `${c.raw}${after.slice(0, CASUALTY.exec(after)?.[0].length ?? 0)}`.slice(0, 200),
        },
      })
      continue
    }
    // "out of 147, the air force shot down 83 drones": 147 were launched
    const later = WEAPON_NOUN.exec(s.text.slice(counts[i + 1]?.end ?? s.text.length))
    if (OUT_OF_TOTAL.test(before) && /^\s*,/.test(after) && later?.[1]) {
      out.push({ fact: 'launched', measure: { ...wave, subject: subjectOf(later[1]) } })
      continue
    }
    const ofTotal = next && OF_TOTAL.test(s.text.slice(c.end, next.start)) ? next : undefined
    const weapon =
      WEAPON_NOUN.exec(ofTotal ? s.text.slice(ofTotal.end) : after) ?? ATTACKS_WITH.exec(after)
    if (!weapon?.[1] && DOWNED_BEFORE.test(before) && AIR_TARGETS.test(after)) {
      if (AIR_DEFENCE.test(s.text)) {
        subject = 'weapons'
        lastWeaponFact = 'intercepted'
        out.push({ fact: 'intercepted', measure: { ...wave, subject } })
      }
      continue
    }
    if (!weapon?.[1]) {
      // "intercepted 266 drones out of 298": the total after its share
      if (forced?.start === c.start && subject) {
        out.push({ fact: forced.fact, measure: { ...wave, subject } })
        continue
      }
      // "… over the Saratov Region, four over the Voronezh Region": the list goes on; "drones
      // were downed over several regions: 7 in Kursk, 3 in Belgorod" opens one on the verb
      const listed = subject ?? counted
      const listFact = lastWeaponFact ?? (listed && DOWNED.test(before) ? 'intercepted' : undefined)
      if (listed && listFact && LIST_GOES_ON.test(after)) {
        out.push({ fact: listFact, measure: { ...wave, subject: listed } })
        const each = EACH_AND.exec(after)
        const from = each ? c.end + each[0].length : undefined
        const to = from !== undefined ? clauseEnd(s.text, from) : -1
        const second =
          from !== undefined
            ? s.names.find((n) => n.placeId && n.start >= s.start + from && n.end <= s.start + to)
                ?.placeId
            : undefined
        if (second && second !== wave.scope)
          out.push({ fact: listFact, measure: { ...wave, scope: second, subject: listed } })
      }
      continue
    }
    // "450 drones and missiles": one count of both kinds, a count of weapons
    const both = mixedWith(weapon[1], after.slice(weapon[0].length))
    const weaponWords = both ? weapon[0] + both : weapon[0]
    const rest = after.slice(weaponWords.length, weaponWords.length + 80)
    const outOf =
      !ofTotal && next && OUT_OF_AFTER.test(s.text.slice(c.end + weapon[0].length, next.start))
        ? next
        : undefined
    // "shot down 40 drones", "shot down all 10 Kinzhal missiles"
    const verbBefore = DOWNED_JUST_BEFORE.test(before) || DESTRUCTION_OF.test(before)
    // "Most of the 40 missiles were shot down": an unspecified share of a total launched
    const shareOfTotal =
      UNSPECIFIED_SHARE.test(before) ||
      (shareEnd !== undefined && /^\s*(?:,|and|,\s*and)\s*$/.test(s.text.slice(shareEnd, c.start)))
    // "two missiles hit the station", "12 reached their targets": a count of hits, which is
    // neither how many were launched nor how many were downed
    const hits =
      HIT_COUNT.test(
        ofTotal
          ? s.text.slice(ofTotal.end + weapon[0].length, ofTotal.end + weapon[0].length + 80)
          : rest,
      ) ||
      HITS_BY_BEFORE.test(before) ||
      AND_THEN_HIT.test(rest)
    const fact =
      forced?.start === c.start
        ? forced.fact
        : WAVE_OF.test(before)
          ? 'launched'
          : hits
            ? 'hit'
            : shareOfTotal
              ? 'launched'
              : verbBefore || ofTotal || outOf
                ? 'intercepted'
                : // "shot down … one missile launched by Russia" was downed, not only launched
                  (LAUNCHED_PASSIVE.test(rest) && !downedNearest(before)) ||
                    ATTACKS_WITH.test(after) ||
                    // "40 … were recorded, the air force said, adding it destroyed eight" (but
                    // "17 drones were detected, destroyed and …" were downed)
                    (RECORDED.test(rest) && !DOWNED.test(rest.split(/[,;]/, 2).join()))
                  ? 'launched'
                  : // "attacked with 89 drones overnight and that 56 had been shot down": the
                    // downing verb after the next count is that count's
                    DOWNED.test(ownRest(s.text, c.end, weaponWords.length, next?.start))
                    ? 'intercepted'
                    : // "with 101 drones and four missiles": the second count is of the same kind
                      lastWeaponFact && /(?:,|\band)\s+$/.test(before.slice(-12))
                      ? lastWeaponFact
                      : downedNearest(before)
                        ? 'intercepted'
                        : LAUNCHED.test(s.text) ||
                            WITH_WEAPONS.test(before) ||
                            ATTACKED_BY.test(before) ||
                            /^\s*(?:targeted|attacked|were aimed at|flew|headed)\b/.test(rest) ||
                            OUT_OF_LEAD.test(before)
                          ? 'launched'
                          : SHARE_FOLLOWS.test(rest)
                            ? 'launched'
                            : DOWNED.test(rest)
                              ? 'intercepted'
                              : RECORDED.test(rest)
                                ? 'launched'
                                : lastWeaponFact
    const pairOfTotal = forced?.start === c.start && forced.pair === true
    if (ofTotal ?? outOf)
      forced = { start: (ofTotal ?? outOf)?.start ?? -1, fact: 'launched', pair: !!outOf }
    shareEnd = shareOfTotal ? c.end + weapon[0].length : undefined
    subject = both ? 'weapons' : subjectOf(weapon[1])
    if (fact) {
      // a hit count does not say how the next count of the sentence was used
      // nor does the total of a share ("destroyed 56 of the 87 drones and two missiles")
      if (fact !== 'hit' && forced?.start !== c.start) lastWeaponFact = fact
      out.push({
        fact,
        measure: {
          // a hit lands where its sentence says; a launch or a downing is of the whole wave
          ...(fact === 'hit' ? base : wave),
          subject,
          raw: `${c.raw}${ofTotal ? '' : weaponWords}`.slice(0, 200),
        },
      })
      // "shot down all 28 missiles": as many were launched
      if (fact === 'intercepted' && verbBefore && ALL_BEFORE.test(before))
        out.push({ fact: 'launched', measure: { ...wave, subject } })
    }
    // "186 drones out of 194 drones and 67 missiles": the second total was launched too (but in
    // "30 of the 41 drones and one missile" the missile is a second share)
    if (pairOfTotal && next && PAIR_BEFORE.test(s.text.slice(c.end, next.start)))
      forced = { start: next.start, fact: 'launched' }
  }
  return out
}
