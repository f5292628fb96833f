import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the places round (see ../dev.ts, README.md): strikes told by place — Russian
 * regions and towns named by their governors, a dateline, Ukrainian regions named by their
 * cities; from outlets in neither split, gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part38: readonly RealPassage[] = [
  {
    id: 'qatarpress-six-injured-kharkiv-dnipro-regions',
    url: 'https://qatarpress.qa/several-wounded-in-russian-drone-strikes-on-ukraine/',
    outlet: 'Qatar Press',
    publishedAt: '2024-05-04',
    text: 'Kyiv, At least six people were injured in overnight Russian drone strikes on the Kharkiv and Dnipro regions of Ukraine. In a statement, the Ukrainian Air Force announced that Moscow launched 13 drones targeting the northeastern and central regions of the country, confirming that all drones were shot down. On Telegram, Kharkiv regional governor Oleh Syniehubov reported that the wreckage of the downed drones hit civilian targets in the area, injuring four people and setting an administrative building on fire. Dnipropetrovsk regional governor Serhiy Lysak also announced that two people were injured in the Russian attack, noting that a critical infrastructure facility and three houses were damaged.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=ua-dnipropetrovsk-oblast',
          'weapon=drone',
          'date=2024-05-03..2024-05-04/night@unnamed',
          'injured=at-least 6 scope=-@unnamed',
          'launched=exact 13 scope=ua@ua-air-force',
          'intercepted=exact 13 scope=ua@ua-air-force',
          'injured=exact 4 scope=ua-kharkiv-oblast@new-oleh-syniehubov',
          'effect=damage ua-kharkiv-oblast@new-oleh-syniehubov',
          'effect=other ua-kharkiv-oblast@new-oleh-syniehubov',
          'injured=exact 2 scope=ua-dnipropetrovsk-oblast@new-serhiy-lysak',
          'effect=damage ua-dnipropetrovsk-oblast@new-serhiy-lysak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-syniehubov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-syniehubov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-serhiy-lysak',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-serhiy-lysak',
        ],
      },
    ],
  },
  {
    id: 'bostontimes-gladkov-three-municipalities-one-injured',
    url: 'https://bostontimes.org/?p=32959',
    outlet: 'Boston Times',
    text: 'Governor Vyacheslav Gladkov of Russia’s Belgorod region confirmed in a Telegram post that Ukrainian Armed Forces (UAF) launched a series of drone strikes across three municipalities in the region, resulting in one person injured and significant damage to infrastructure and property.\nThe governor detailed the incident, stating that a man was injured when a Ukrainian drone struck a cargo vehicle near the village of First Ceplyayevo in the Shobeevsky district.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-belgorod-oblast',
          'place=new-first-ceplyayevo',
          'weapon=drone',
          'injured=exact 1 scope=ru-belgorod-oblast@new-vyacheslav-gladkov',
          'effect=damage ru-belgorod-oblast@new-vyacheslav-gladkov',
          'injured=exact 1 scope=new-first-ceplyayevo@new-vyacheslav-gladkov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vyacheslav-gladkov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-vyacheslav-gladkov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vyacheslav-gladkov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vyacheslav-gladkov',
        ],
      },
    ],
  },
  {
    id: 'hurriyet-kherson-dormitory-two-dead-kyiv-debris',
    url: 'https://hurriyetdailynews.com/russia-attacks-ukrainian-cities-overnight-186439',
    outlet: 'Hurriyet Daily News',
    text: 'KIEV\nSeveral Ukrainian cities were targeted by Russian attacks overnight, leaving two dead in Kherson on Thursday while falling debris from downed incoming missiles caused multiple injuries in the capital Kyiv.\n"Since the beginning of the current day, the Russian occupiers have launched a massive missile attack on the civilian infrastructure of a number of regions," Ukraine\'s General Staff said.\nTwo men aged 29 and 41 were killed in Russian shelling which hit a dormitory in the southern city of Kherson, the regional governor Oleksandr Prokudin said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'place=ua-kyiv',
          'weapon=missile',
          'weapon=artillery',
          'date=unresolved/night@unnamed',
          'killed=exact 2 scope=ua-kherson@unnamed',
          'killed=exact 2 scope=ua-kherson@new-oleksandr-prokudin',
          'effect=damage ua-kherson@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-general-staff',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-general-staff',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
    ],
  },
  {
    id: 'mhknewshub-morozovsk-golubev-substation',
    url: 'https://mhknewshub.blogspot.com/2024/04/ukraine-reports-destruction-of-aircraft.html',
    outlet: 'MHK News Hub',
    text: 'The news of the drone strike on Morozovsk first emerged on Friday night. Around 2 AM Moscow time, the governor of the Rostov region, Vasily Golubev, released a brief message stating that air defense units were repelling a massive UAV attack in the Morozovsky region.\n\nGolubev later mentioned that the drones hit an electrical substation, causing minor damage, and fortunately, no one was injured at that time.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=ru-morozovsk',
          'place=ru-rostov-oblast',
          'place=new-morozovsky-region',
          'weapon=drone',
          'effect=damage @new-vasily-golubev',
          'injured=exact 0 scope=-@new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
    ],
  },
]
