import { Actor, Place } from '@sitrep/domain'
import { z } from 'zod'
import { writeDictionaries } from '../dictionary-version.ts'
import { listActors, listPlaces } from '../queries/dictionaries.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'

export interface Dictionaries {
  places: readonly Place[]
  actors: readonly Actor[]
}

/** The gazetteer and the actor dictionary, which ship with the code. */
export interface DictionaryStore {
  listActors(): Promise<Actor[]>
  listPlaces(): Promise<Place[]>
  /** Replaces the gazetteer and actor dictionary (and the place hierarchy the filters use). */
  loadDictionaries(dictionaries: Dictionaries): Promise<void>
}

export const createDictionaryStore = ({ db, transact }: StoreContext): DictionaryStore => ({
  listActors: () => listActors(db),
  listPlaces: () => listPlaces(db),

  async loadDictionaries(dictionaries) {
    const places = validate(z.array(Place), dictionaries.places, 'places')
    const actors = validate(z.array(Actor), dictionaries.actors, 'actors')
    await transact((trx) => writeDictionaries(trx, places, actors))
  },
})
