import type { RealPassage } from '../types.ts'

/**
 * The rest of the fifth attack round's part53 (see ../dev.ts, README.md), kept apart so each file
 * stays short: drone strikes on Saratov and Engels told by their governor, and a night told with
 * approximate totals; from outlets in neither split, gold annotated from the text alone before
 * the extractor was run on them.
 */
export const part58: readonly RealPassage[] = [
  {
    id: 'lbcgroup-saratov-engels-industrial-site-fire',
    url: 'https://www.lbcgroup.tv/news/world-news/829023/ukrainian-drones-attack-city-where-russian-strategic-bomber-fleet-is-b/en',
    outlet: 'LBC Group',
    publishedAt: '2025-01-08',
    text: 'Ukrainian drones attacked the Russian cities of Saratov and Engels, where Russia has an air base for its fleet of strategic bomber planes, the regional governor said on Wednesday.\n\nGovernor Roman Busargin said the two cities had been subject to a mass drone attack, and there was damage to an industrial site. He did not say if the air base at Engels had been hit.\n\nBusargin said a fire at the industrial company was struck but that there were no known casualties.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-saratov',
          'place=ru-engels',
          'weapon=drone',
          'effect=damage ru-engels,ru-saratov@new-roman-busargin',
          'effect=other ru-engels,ru-saratov@new-roman-busargin',
          'killed=exact 0 scope=-@new-roman-busargin',
          'injured=exact 0 scope=-@new-roman-busargin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-busargin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2025-01-08..2025-01-08/day@new-roman-busargin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-busargin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-busargin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-busargin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-busargin',
        ],
      },
    ],
  },
  {
    id: 'headtopics-580-drones-40-missiles-dnipro-cluster',
    url: 'https://ca.headtopics.com/news/russia-launches-massive-overnight-drone-and-missile-attack-73288923',
    outlet: 'Head Topics',
    text: "Overnight, Russia launched a large-scale drone and missile assault on Ukraine , resulting in the deaths of three people, injuries to dozens more, and significant damage to infrastructure and residential buildings. This attack, as reported by President Volodymyr Zelenskyy on Saturday, marks a continuation of the intensified conflict that has persisted despite ongoing diplomatic efforts to find a resolution to the war, which began with Russia 's invasion in February 2022.\n\nAccording to Zelenskyy, the attack involved approximately 580 drones and 40 missiles targeting various areas, including infrastructure, civilian manufacturing facilities, and residential zones across different regions of Ukraine. While Ukrainian air defenses managed to intercept and shoot down 552 of the drones and 31 missiles, the scale and intensity of the attack underscore Russia's persistent aggression. Zelenskyy emphasized that these strikes are not driven by military necessity but rather represent a deliberate strategy by Russia to terrorize civilians and inflict widespread damage on Ukrainian infrastructure. In the city of Dnipro, a missile equipped with a cluster munition struck a residential apartment building, further highlighting the devastating impact on civilian populations.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@unnamed',
          'killed=exact 3 scope=ua@unnamed',
          'effect=damage @unnamed',
          'launched=about 580 scope=ua@zelensky',
          'launched=exact 40 scope=ua@zelensky',
          'intercepted=exact 552 scope=-@unnamed',
          'intercepted=exact 31 scope=-@unnamed',
          'effect=damage ua-dnipro@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
]
