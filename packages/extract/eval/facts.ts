import type { Asserter, FuzzyDate, Measure, SitrepRecord } from '@sitrep/domain'

/**
 * A record as a bag of facts, the unit the evaluation counts. `key` must match exactly; `text`,
 * when present, is compared by word overlap (topics and item names are worded freely). Claims
 * carry who asserted them, so a right value from the wrong speaker is a miss and an invention.
 */
export interface Fact {
  readonly type: string
  readonly key: string
  readonly text?: string
}

export interface FactRecord {
  readonly kind: SitrepRecord['kind']
  readonly id: string
  readonly facts: readonly Fact[]
}

const by = (a: Asserter): string =>
  a.type === 'actor' ? a.actorId : `unnamed${a.affiliationId ? `/${a.affiliationId}` : ''}`

const date = (d: FuzzyDate): string =>
  d.resolved ? `${d.start}..${d.end}/${d.precision}` : `unresolved/${d.precision}`

const measure = (m: Measure): string =>
  m.qualifier === 'range'
    ? `${m.min}-${m.max} scope=${m.scope ?? '-'}`
    : `${m.qualifier} ${m.value} scope=${m.scope ?? '-'}`

/** Parses the compact form gold files are written in: "type=key ~ text". */
export const fact = (line: string): Fact => {
  const [head = '', text] = line.split(' ~ ')
  const at = head.indexOf('=')
  return {
    type: head.slice(0, at),
    key: head.slice(at + 1),
    ...(text !== undefined ? { text } : {}),
  }
}

const claimFacts = (record: SitrepRecord): Fact[] =>
  record.claims.map((c): Fact => {
    const who = `@${by(c.assertedBy)}`
    switch (c.fact) {
      case 'date':
      case 'period':
        return { type: c.fact, key: `${date(c.value)}${who}` }
      case 'status':
        return { type: 'status', key: `${c.value.status}${who}` }
      case 'agenda':
        return { type: 'agenda', key: `${c.value.included}${who}`, text: c.value.topic }
      case 'outcome':
        return { type: 'outcome', key: `${c.value.type}${who}`, text: c.value.text }
      case 'money': {
        const m = c.value
        const key =
          m.kind === 'amount'
            ? `${m.qualifier} ${m.amount} ${m.currency} ${m.per}${m.sourceConversion ? ` (${m.sourceConversion.amount} ${m.sourceConversion.currency})` : ''}`
            : 'unspecified'
        return { type: 'money', key: `${key}${who}` }
      }
      case 'item':
        return {
          type: 'item',
          key: `${c.value.quantity ? measure(c.value.quantity) : ''}${who}`,
          text: c.value.name,
        }
      case 'effect':
        return {
          type: 'effect',
          key: `${c.value.type} ${[...c.value.placeIds].sort().join(',')}${who}`,
        }
      default:
        return { type: c.fact, key: `${measure(c.value)}${who}` }
    }
  })

/** Record-level facts (who, where, what stage) and one fact per claim. */
export const factsOf = (record: SitrepRecord): FactRecord => {
  const own: string[] = []
  switch (record.kind) {
    case 'talk':
      // a talk with no venue has no venue fact, as gold gives none where the text names none
      if (record.venueId) own.push(`venue=${record.venueId}`)
      own.push(`round=${record.round}`, ...record.partyIds.map((p) => `party=${p}`))
      break
    case 'aid':
      own.push(
        `stage=${record.stage}`,
        `category=${record.category}`,
        `recipient=${record.recipientId}`,
      )
      own.push(...record.donorIds.map((d) => `donor=${d}`))
      if (record.forum) own.push(`forum=${record.forum.meetingNumber ?? 'unnumbered'}`)
      break
    case 'attack':
      own.push(`attacker=${record.attackerId}`, `target=${record.targetId}`)
      own.push(
        ...record.placeIds.map((p) => `place=${p}`),
        ...record.weapons.map((w) => `weapon=${w.type}`),
      )
      break
    case 'statement':
      own.push(`speaker=${by(record.speaker)}`, `mode=${record.mode}`, `channel=${record.channel}`)
      own.push(...record.aboutIds.map((id) => `about=${id}`))
      break
  }
  return { kind: record.kind, id: record.id, facts: [...own.map(fact), ...claimFacts(record)] }
}
