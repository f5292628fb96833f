import { publicationDay, roleOn, type SitrepRecord, venueLabel } from '@sitrep/domain'
import { Text } from 'ink'
import { asserterName, type Names } from '../lib/names.ts'

/**
 * The day a record happened on, for reading a speaker's role as it was then; an undated
 * statement was made by the time its source was published.
 */
const dayOf = (record: SitrepRecord, names: Names): string | undefined => {
  for (const claim of record.claims)
    if (claim.fact === 'date' && claim.value.resolved) return claim.value.start
  const source = record.claims[0] && names.source(record.claims[0].sourceId)
  return source ? publicationDay(source) : undefined
}

const speakerLine = (record: Extract<SitrepRecord, { kind: 'statement' }>, names: Names) => {
  const name = asserterName(record.speaker, names)
  const actor =
    record.speaker.type === 'actor' ? names.actorEntry(record.speaker.actorId) : undefined
  const day = dayOf(record, names)
  const role = actor && day ? roleOn(actor, day)?.title : record.speakerRole
  return `${name}${role ? `, ${role}` : ''} · ${record.mode} · ${record.channel}`
}

/** The line under a record's title: what kind of event it is and who is in it. */
export const headerLine = (record: SitrepRecord, names: Names): string => {
  switch (record.kind) {
    case 'talk':
      return `Round ${record.round} · ${record.level} · ${venueLabel(record.venueId, names.place)} · ${record.partyIds.map(names.actor).join('–')}`
    case 'aid': {
      const donors = record.donorIds.map(names.actor).join(', ') || 'donor not named'
      const forum = record.forum ? ` · ${record.forum.name}` : ''
      return `${record.stage} · ${record.category} · ${donors} → ${names.actor(record.recipientId)}${forum}`
    }
    case 'attack': {
      const weapons = record.weapons.map((w) => w.model ?? w.type).join(', ')
      return `${names.actor(record.attackerId)} → ${names.actor(record.targetId)} · ${record.placeIds.map(names.place).join(', ')}${weapons ? ` · ${weapons}` : ''}`
    }
    case 'statement':
      return speakerLine(record, names)
  }
}

export const RecordHeader = ({ record, names }: { record: SitrepRecord; names: Names }) => (
  <>
    <Text bold>{record.title}</Text>
    <Text>{headerLine(record, names)}</Text>
    {record.kind === 'statement' ? (
      <Text italic>{record.mode === 'quote' ? `“${record.text}”` : record.text}</Text>
    ) : null}
  </>
)
