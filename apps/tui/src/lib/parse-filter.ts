import {
  buildNameIndex,
  describeIssues,
  type NamedEntry,
  normaliseName,
  RecordFilter,
} from '@sitrep/domain'
import type { DashboardFilter } from '../hooks/use-tab-items.ts'
import type { Dictionaries, Names } from './names.ts'

export interface FilterFields {
  readonly from: string
  readonly to: string
  readonly place: string
  readonly actor: string
}

export const emptyFields: FilterFields = { from: '', to: '', place: '', actor: '' }

/** An id as typed, or the one entry whose name or alias it is ("Kiev" → ua-kyiv). */
const resolveName = (text: string, entries: readonly NamedEntry[]): string | undefined => {
  if (entries.some((e) => e.id === text)) return text
  return buildNameIndex(entries).ids.get(normaliseName(text))
}

/** What the `f` screen's fields mean as a filter, or why they mean nothing. */
export const parseFilter = (
  fields: FilterFields,
  dictionaries: Dictionaries,
): { ok: true; filter: DashboardFilter } | { ok: false; error: string } => {
  const place = fields.place.trim()
  const actor = fields.actor.trim()
  const placeId = place ? resolveName(place, dictionaries.places) : undefined
  if (place && !placeId) return { ok: false, error: `no place is called "${place}"` }
  const actorId = actor ? resolveName(actor, dictionaries.actors) : undefined
  if (actor && !actorId) return { ok: false, error: `no actor is called "${actor}"` }
  const parsed = RecordFilter.safeParse({
    ...(fields.from.trim() ? { from: fields.from.trim() } : {}),
    ...(fields.to.trim() ? { to: fields.to.trim() } : {}),
    ...(placeId ? { placeId } : {}),
    ...(actorId ? { actorId } : {}),
  })
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) }
  const { from, to } = parsed.data
  return {
    ok: true,
    filter: {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(placeId ? { placeId } : {}),
      ...(actorId ? { actorId } : {}),
    },
  }
}

/** The active filter in a few words, places and actors by name, for the line under the tabs. */
export const describeFilter = (
  filter: DashboardFilter,
  names?: Pick<Names, 'place' | 'actor'>,
): string =>
  [
    filter.from || filter.to ? `${filter.from ?? '…'}→${filter.to ?? '…'}` : '',
    filter.placeId ? `in ${names ? names.place(filter.placeId) : filter.placeId}` : '',
    filter.actorId ? `by ${names ? names.actor(filter.actorId) : filter.actorId}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
