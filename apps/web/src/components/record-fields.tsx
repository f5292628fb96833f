import { type SitrepRecord, venueLabel } from '@sitrep/domain'
import Link from 'next/link'
import type { Dictionaries } from '../lib/api.ts'
import { kindLabels, kindRoutes } from '../lib/record-view.ts'
import { asserterName } from './asserter-name.tsx'

/** The fields of a record that are not claims: who, where, what kind, how it links. */
export function RecordFields({ record, dict }: { record: SitrepRecord; dict: Dictionaries }) {
  const actor = (id: string) => dict.actor(id)?.name ?? id
  const place = (id: string) => dict.place(id)?.name ?? id
  const rows: [string, string][] = []
  switch (record.kind) {
    case 'talk':
      rows.push(
        ['Round', String(record.round)],
        ['Venue', venueLabel(record.venueId, (id) => dict.place(id)?.name)],
      )
      rows.push(['Parties', record.partyIds.map(actor).join(', ')], ['Level', record.level])
      break
    case 'aid':
      rows.push(['Stage', record.stage], ['Category', record.category])
      rows.push(['Donors', record.donorIds.map(actor).join(', ') || 'not named'])
      rows.push(['Recipient', actor(record.recipientId)])
      if (record.forum) rows.push(['Forum', record.forum.name])
      break
    case 'attack':
      rows.push(['Attacker', actor(record.attackerId)], ['Target', actor(record.targetId)])
      rows.push(['Places', record.placeIds.map(place).join(', ')])
      rows.push([
        'Weapons',
        record.weapons.map((w) => w.model ?? w.type).join(', ') || 'not stated',
      ])
      break
    case 'statement':
      rows.push(['Speaker', asserterName(record.speaker, dict)], ['Mode', record.mode])
      rows.push(['Channel', record.channel.replaceAll('-', ' ')], ['Text', record.text])
      break
  }
  return (
    <dl className="attribution">
      <dt>Kind</dt>
      <dd>
        <Link href={kindRoutes[record.kind]}>{kindLabels[record.kind]}</Link>
      </dd>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
