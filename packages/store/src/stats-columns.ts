import { aidEurFloor, casualtyBounds, type SitrepRecord } from '@sitrep/domain'

/**
 * The columns `/v1/stats` sums, derived from a record by the domain's rules: casualty ceilings
 * per attack, an aid record's least euro value and its donors.
 */
export const statsColumns = (record: SitrepRecord) => ({
  killed_high: record.kind === 'attack' ? (casualtyBounds(record, 'killed')?.high ?? null) : null,
  injured_high: record.kind === 'attack' ? (casualtyBounds(record, 'injured')?.high ?? null) : null,
  eur_floor: record.kind === 'aid' ? (aidEurFloor(record) ?? null) : null,
  donors: record.kind === 'aid' && record.donorIds.length ? record.donorIds.join(',') : null,
})

/**
 * The columns `/v1/stats` groups statements by: the named speaker (null when the source does not
 * name one) and the channel. Kept apart from `statsColumns`: each is its own derive step, with
 * its own version, over its own kinds (src/derive/).
 */
export const statementColumns = (record: SitrepRecord) => ({
  speaker_id:
    record.kind === 'statement' && record.speaker.type === 'actor' ? record.speaker.actorId : null,
  channel: record.kind === 'statement' ? record.channel : null,
})
