import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the attack and statement round (see ../dev.ts, README.md): Russian strikes told
 * by Zelensky (counts of drones and missiles, "most were shot down"), by the Kherson governor and
 * by unnamed Kyiv officials, drone attacks on Russian airfields and a refinery, and an air force
 * count retold; from outlets in neither split, gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part30: readonly RealPassage[] = [
  {
    id: 'newstellers-zelensky-two-killed-energy-targets',
    url: 'https://newstellers.ng/zelensky-renewed-russian-strikes-kill-2-in-ukraine',
    outlet: 'Newstellers',
    text: 'Two people were killed, and 10 were injured in renewed Russian missile and drone attacks across Ukraine, President Volodymyr Zelensky said on Thursday, as Moscow intensified strikes on the country’s energy infrastructure.\n“The main targets of the attack were energy facilities in Kyiv, Odesa, and Dnipro,” Zelensky wrote on Telegram.\nHe added that the damage was also reported in the Kharkiv, Donetsk, and Kherson regions, as well as in areas surrounding the capital, where he described the situation as particularly difficult.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-odesa',
          'place=ua-dnipro',
          'place=ua-kharkiv-oblast',
          'place=ua-donetsk-oblast',
          'place=ua-kherson-oblast',
          'weapon=missile',
          'weapon=drone',
          'killed=exact 2 scope=ua@zelensky',
          'injured=exact 10 scope=ua@zelensky',
          'effect=damage ua-donetsk-oblast,ua-kharkiv-oblast,ua-kherson-oblast@zelensky',
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
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'newstellers-zelensky-219-drones-most-neutralised',
    url: 'https://newstellers.ng/zelensky-renewed-russian-strikes-kill-2-in-ukraine',
    outlet: 'Newstellers',
    text: 'In the latest wave of attacks, Zelensky said Russia deployed 219 combat drones and 25 missiles.\n“Most were neutralised, but unfortunately not all,” he said.\nHe renewed calls for stronger air defences, stressing that Patriot systems are the most effective protection against Russian ballistic missiles and that daily missile supplies are needed.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'weapon=missile',
          'launched=exact 219 scope=-@zelensky',
          'launched=exact 25 scope=-@zelensky',
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
          'mode=quote',
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
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'abplive-zelensky-new-year-200-drones',
    url: 'https://news.abplive.com/news/world/vladimir-putin-volodymyr-zelenskyy-russia-ukraine-massive-drone-attack-new-year-1819808',
    outlet: 'ABP Live',
    publishedAt: '2026-01-01',
    text: 'In a post on X, Zelenskyy said Russia carried out the large-scale overnight assault as the New Year began. “Russia deliberately brings war into the New Year – launching more than two hundred attack drones against Ukraine overnight,” he wrote, adding that most of the drones were successfully intercepted.\n\nHe thanked Ukrainian forces for repelling the attack, saying, “Most of them were successfully shot down, and I thank all our warriors who repelled this attack.”',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'date=2025-12-31..2026-01-01/night@zelensky',
          'launched=over 200 scope=ua@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'reportaz-kherson-shelled-four-dead-prokudin',
    url: 'https://report.az/en/amp/region/at-least-4-killed-in-russian-attacks-on-kherson-province',
    outlet: 'Report.az',
    text: 'The Russian army shelled the Ukrainian city of Kherson last night, said Oleksandr Prokudin, head of Kherson Military Province Administration, Report informs.\n\nAccording to him, 4 people died and 7 were injured in the attack.\n\nOne of the injured is a child.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'date=unresolved/night@new-oleksandr-prokudin',
          'killed=exact 4 scope=-@new-oleksandr-prokudin',
          'injured=exact 7 scope=-@new-oleksandr-prokudin',
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
    id: 'pakistantoday-kyiv-drone-debris-high-rise',
    url: 'https://pakistantimestoday.com/russian-drone-attack-kills-one-injures-three-in-kyiv',
    outlet: 'Pakistan Times Today',
    text: 'At least one person has died in Kyiv and three were injured when falling debris from a destroyed Russia-launched drone hit a high rise apartment building, sparking fire, officials of the Ukrainian capital said. Kyiv’s military administration officials said on the Telegram messaging app that two upper floors of the building were destroyed and there could still be people under the rubble.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=drone',
          'killed=at-least 1 scope=ua-kyiv@unnamed/ukraine',
          'injured=exact 3 scope=ua-kyiv@unnamed/ukraine',
          'effect=damage ua-kyiv@unnamed/ukraine',
          'effect=other ua-kyiv@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'timesofisrael-engels-dyagilevo-three-dead',
    url: 'https://www.timesofisrael.com/liveblog_entry/moscow-blames-ukraine-drone-strikes-for-explosions-at-russian-airfields/',
    outlet: 'The Times of Israel',
    text: 'The Russian defense ministry said Ukrainian drone attacks caused explosions at two airfields in the Saratov and Ryazan regions, leaving three dead.\n\nThis morning, “the Kyiv regime attempted to strike the Dyagilevo airfield in the Ryazan region, and the Engels airfield in the Saratov region, with Soviet-made drones,” the ministry says in a statement, adding that three soldiers had been killed.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-saratov-region',
          'place=new-ryazan-region',
          'place=new-dyagilevo',
          'place=ru-engels',
          'weapon=drone',
          'killed=exact 3 scope=-@ru-mod',
          'effect=other new-ryazan-region,new-saratov-region@ru-mod',
          'date=unresolved/part-of-day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'moscowtimes-novoshakhtinsk-two-uavs-2022',
    url: 'https://www.themoscowtimes.com/2022/06/22/major-russian-oil-refinery-says-struck-by-ukrainian-drone-a78069',
    outlet: 'The Moscow Times',
    publishedAt: '2022-06-22',
    text: '"As a result of terrorist actions from the western border of the Rostov region, two unmanned aerial vehicles (UAVs) attacked the technical facilities" of the plant, the Novoshakhtinsk refinery said in a statement.\n\nIt added that as a result "an explosion occurred, starting a fire."\n\nRostov region Governor Vasily Golubev had earlier said that fragments of two drones were later found on the territory of the refinery.\n\nHe added that work at the refinery has been suspended for an investigation and confirmed that there were no injuries in the incident.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-novoshakhtinsk',
          'weapon=drone',
          'launched=exact 2 scope=-@new-novoshakhtinsk-refinery',
          'effect=other @new-novoshakhtinsk-refinery',
          'injured=exact 0 scope=-@new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-novoshakhtinsk-refinery',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-novoshakhtinsk-refinery',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-novoshakhtinsk-refinery',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-novoshakhtinsk-refinery',
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
  {
    id: 'bdstory-air-force-20-iranian-drones-kyiv-region',
    url: 'http://bdstoryxyz.com/ukraines-air-force-downs-russian-drones-and-missiles-overnight-says-military/',
    outlet: 'BD Story',
    text: 'In a dramatic escalation of the conflict, Ukraine’s air defenses successfully intercepted and shot down a series of weapons launched by Russia overnight. According to the Ukrainian Air Force, the onslaught included missiles and 20 drones of Iranian origin. The Air Force released a statement on Telegram confirming that the attack drones deployed by Russian forces were primarily destroyed in the Kyiv region. Additionally, Russia fired two cruise missiles from the Black Sea and one ballistic missile from Crimea.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv-oblast',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@unnamed',
          'launched=exact 20 scope=-@ua-air-force',
          'launched=exact 2 scope=-@unnamed',
          'launched=exact 1 scope=-@unnamed',
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
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
    ],
  },
]
