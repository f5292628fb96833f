import { type ClientOptions, createClient } from '@sitrep/client'
import type { Actor, Place, Source } from '@sitrep/domain'
import { headers } from 'next/headers'
import { forwardVisitor } from './forward-visitor.ts'
import { freshFor } from './fresh-for.ts'

/**
 * Where the API answers; an empty variable counts as unset, as in the API's own entry. The
 * package's start script points it at the API that `npm start` runs beside the web (its PORT).
 */
const baseUrl = process.env.SITREP_API_URL || 'http://localhost:8787'

/**
 * The web server's own settings. It only runs on the server, so a key set for an API that
 * requires one for reads (SITREP_API_KEY) never reaches a browser.
 */
const serverOptions: ClientOptions = {
  baseUrl,
  apiKey: process.env.SITREP_API_KEY || undefined,
}

/**
 * The visitor as Next 16 reports them: `next start` passes on the X-Forwarded-For it was sent and
 * fills in the socket's address only when there is none (it offers no other way to read the
 * address). Behind a proxy that sets or appends the header this names the visitor; a web server
 * facing the internet directly passes on whatever a visitor writes there (README: Configuration).
 */
const visitorForwardedFor = async () => (await headers()).get('x-forwarded-for') ?? undefined

/**
 * The client the server components and actions share: each request carries the visitor it is
 * made for, so the API limits visitors one by one rather than the web server as one client.
 */
const apiOptions: ClientOptions = {
  ...serverOptions,
  fetch: forwardVisitor(visitorForwardedFor),
}

export const api = createClient(apiOptions)

/** For answers every visitor shares (below): asked as the web server, on nobody's behalf. */
const serverApi = createClient(serverOptions)

/** Writes (the ingest page) need the web server's own key; readers never see it. */
export const hasApiKey = () => apiOptions.apiKey !== undefined

export interface Dictionaries {
  readonly actor: (id: string) => Actor | undefined
  readonly place: (id: string) => Place | undefined
  readonly actors: readonly Actor[]
  readonly places: readonly Place[]
}

/** How long the dictionaries and the source list are reused before the API is asked again. */
const DICTIONARY_TTL_MS = 60_000

/**
 * The actor dictionary and the gazetteer, shared by every page for a minute; forgotten at once
 * when this web server's ingest adds actors.
 */
export const dictionaries = freshFor(DICTIONARY_TTL_MS, async (): Promise<Dictionaries> => {
  const [{ items: actors }, { items: places }] = await Promise.all([
    serverApi.actors(),
    serverApi.places(),
  ])
  const actorById = new Map(actors.map((a) => [a.id, a]))
  const placeById = new Map(places.map((p) => [p.id, p]))
  return {
    actor: (id) => actorById.get(id),
    place: (id) => placeById.get(id),
    actors,
    places,
  }
})

/**
 * The source documents by id, for evidence to name its source; shared for a minute (forgotten at
 * once when this web server publishes an article, see the ingest action).
 */
export const sourceIndex = freshFor(
  DICTIONARY_TTL_MS,
  async (): Promise<ReadonlyMap<string, Source>> => {
    const { items } = await serverApi.sources.all()
    return new Map(items.map((s) => [s.id, s]))
  },
)
