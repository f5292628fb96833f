import type { Attack } from '../attack.ts'
import { body, claim, named, unnamedOfficials } from './evidence-builder.ts'
import { dates, evidence } from './source.ts'

const OVERNIGHT = dates.night('overnight into Monday', '2025-07-20', '2025-07-21')
const KYIV_TOLL =
  'At least one person was killed and eight others injured as Russia launched a wave of drone attacks on Kiev overnight into Monday, Ukrainian officials said.'
const NATIONWIDE_TOLL =
  'Zelensky wrote on X about a total of two dead and 15 injured following the attacks across the country as a whole.'
const ukrainianOfficials = unnamedOfficials('Ukrainian officials', 'ukraine')
const zelenskyOnX = named('zelensky', { channel: 'social-media-post' })

/** DESIGN.md case 3: the Kyiv and the nationwide tolls are different scopes, both kept. */
export const russianDroneWave: Attack = {
  kind: 'attack',
  id: 'attack-ru-drones-ukraine-2025-07-21',
  title: 'Russian drone wave on Kyiv, Kharkiv and Ivano-Frankivsk',
  summary:
    'Overnight into Monday 21 July 2025 Russia attacked Kyiv and its surroundings, Kharkiv and Ivano-Frankivsk with drones; two dead and 15 injured nationwide.',
  attackerId: 'russia',
  targetId: 'ukraine',
  placeIds: ['ua-kyiv', 'ua-kyiv-oblast', 'ua-kharkiv', 'ua-ivano-frankivsk'],
  weapons: [{ type: 'drone' }],
  claims: [
    claim('date', OVERNIGHT, evidence('at1-date', KYIV_TOLL, ukrainianOfficials)),
    claim(
      'killed',
      { qualifier: 'at-least', value: 1, scope: 'ua-kyiv', raw: 'At least one person was killed' },
      evidence('at1-killed-kyiv', KYIV_TOLL, ukrainianOfficials),
    ),
    claim(
      'injured',
      { qualifier: 'exact', value: 8, scope: 'ua-kyiv', raw: 'eight others injured' },
      evidence('at1-injured-kyiv', KYIV_TOLL, ukrainianOfficials),
    ),
    claim(
      'killed',
      { qualifier: 'exact', value: 2, scope: 'ua', raw: 'a total of two dead' },
      evidence('at1-killed-ua', NATIONWIDE_TOLL, zelenskyOnX),
    ),
    claim(
      'injured',
      { qualifier: 'exact', value: 15, scope: 'ua', raw: '15 injured' },
      evidence('at1-injured-ua', NATIONWIDE_TOLL, zelenskyOnX),
    ),
    claim(
      'effect',
      {
        type: 'damage',
        placeIds: ['ua-kyiv', 'ua-kyiv-oblast', 'ua-kharkiv', 'ua-ivano-frankivsk'],
        description:
          'The attacks hit the capital and its surroundings, Kharkiv in the north-east and Ivano-Frankivsk in the west',
      },
      evidence(
        'at1-places',
        'The attacks hit the capital and its surroundings, as well as Kharkiv in the north-east and Ivano-Frankivsk in the west, near the Polish border.',
        ukrainianOfficials,
      ),
    ),
    claim(
      'effect',
      {
        type: 'assessment',
        placeIds: ['ua-ivano-frankivsk'],
        description: 'The largest attack on Ivano-Frankivsk since the beginning of the war',
      },
      evidence(
        'at1-largest',
        'Referring to Ivano-Frankivsk, Mayor Ruslan Martsinkiv described it as the largest attack since the beginning of the war.',
        named('martsinkiv'),
      ),
    ),
  ],
}

const MOD_CLAIM =
  'The Ministry of Defence in Moscow said that 74 Ukrainian drones were shot down over Russian territory overnight into Monday.'
const russianMod = body('ru-mod')

/**
 * DESIGN.md cases 6 and 7: Russia's Ministry of Defence is a party to the war; its count stays an
 * unverified belligerent claim. Moscow's and Nizhny Novgorod's airports closed for hours.
 */
export const ukrainianDronesOverRussia: Attack = {
  kind: 'attack',
  id: 'attack-ua-drones-russia-2025-07-21',
  title: 'Ukrainian drones over Russia; Moscow airports closed',
  summary:
    'Russia’s Ministry of Defence claimed 74 Ukrainian drones shot down overnight into Monday, 15 approaching Moscow; four Moscow airports and Nizhny Novgorod’s closed for hours.',
  attackerId: 'ukraine',
  targetId: 'russia',
  placeIds: ['ru-moscow', 'ru-nizhny-novgorod'],
  weapons: [{ type: 'drone' }],
  claims: [
    claim('date', OVERNIGHT, evidence('at2-date', MOD_CLAIM, russianMod)),
    claim(
      'intercepted',
      { qualifier: 'exact', value: 74, scope: 'ru', subject: 'drones', raw: '74 Ukrainian drones' },
      evidence('at2-intercepted', MOD_CLAIM, russianMod),
    ),
    claim(
      'intercepted',
      {
        qualifier: 'exact',
        value: 15,
        scope: 'ru-moscow',
        subject: 'drones',
        raw: '15 were reportedly approaching the capital',
      },
      evidence(
        'at2-intercepted-moscow',
        'Of these, 15 were reportedly approaching the capital.',
        russianMod,
      ),
    ),
    claim(
      'effect',
      {
        type: 'airport-closure',
        placeIds: ['ru-moscow'],
        description: 'The four Moscow airports were closed for take-offs and landings',
        duration: { raw: 'for hours' },
      },
      evidence(
        'at2-moscow-airports',
        'According to the aviation authority Rosaviatsiya, the four Moscow airports and one in Nizhny Novgorod were closed for take-offs and landings for hours.',
        body('rosaviatsiya'),
      ),
    ),
    claim(
      'effect',
      {
        type: 'airport-closure',
        placeIds: ['ru-nizhny-novgorod'],
        description: 'The airport in Nizhny Novgorod was closed for take-offs and landings',
        duration: { raw: 'for hours' },
      },
      evidence(
        'at2-nizhny-airport',
        'According to the aviation authority Rosaviatsiya, the four Moscow airports and one in Nizhny Novgorod were closed for take-offs and landings for hours.',
        body('rosaviatsiya'),
      ),
    ),
  ],
}

export const attacks: readonly Attack[] = [russianDroneWave, ukrainianDronesOverRussia]
