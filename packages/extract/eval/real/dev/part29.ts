import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the attack and statement round (see ../dev.ts, README.md): attacks on Russian
 * refineries and regions told by their governors and the Russian Defence Ministry, Russian strikes
 * on Odesa and Kharkiv told by Kiper, Zelensky and Yermak; from outlets in neither split, gold
 * annotated from the text alone before the extractor was run on them.
 */
export const part29: readonly RealPassage[] = [
  {
    id: 'moscowtimes-volgograd-refinery-hospital-13-drones',
    url: 'https://www.themoscowtimes.com/2025/08/19/ukrainian-drone-attack-sparks-fire-at-volgograd-oil-refinery-a90274',
    outlet: 'The Moscow Times',
    publishedAt: '2025-08-19',
    text: 'Overnight Ukrainian drone attacks sparked a brief fire at one of southern Russia’s largest oil refineries, as well as a hospital in the city of Volgograd, authorities said early Tuesday.\nVolgograd region Governor Andrei Bocharov said the fires were caused as a result of debris that fell when Russian air defense systems shot down Ukrainian drones in the sky.\nRussia’s Defense Ministry said it had destroyed 13 Ukrainian drones in the Volgograd region overnight, in addition to five each in the Rostov region and annexed Crimea.\nBocharov said no one was injured in the air attacks on the Volgograd region, where civil aviation authorities introduced temporary flight restrictions.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-volgograd',
          'place=new-volgograd-region',
          'place=new-rostov-region',
          'place=ua-crimea',
          'weapon=drone',
          'date=2025-08-18..2025-08-19/night@unnamed/russia',
          'effect=other ru-volgograd@unnamed/russia',
          'intercepted=exact 13 scope=new-volgograd-region@ru-mod',
          'intercepted=exact 5 scope=new-rostov-region@ru-mod',
          'intercepted=exact 5 scope=ua-crimea@ru-mod',
          'date=2025-08-18..2025-08-19/night@ru-mod',
          'injured=exact 0 scope=new-volgograd-region@new-andrei-bocharov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-andrei-bocharov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-andrei-bocharov',
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
          'speaker=new-andrei-bocharov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-andrei-bocharov',
        ],
      },
    ],
  },
  {
    id: 'anews-voronezh-woman-died-gusev',
    url: 'https://www.anews.com.tr/middle-east/2026/01/11/overnight-ukrainian-drone-strikes-in-russia-leave-one-dead',
    outlet: 'A News',
    publishedAt: '2026-01-11',
    text: 'A woman has died in the western Russian region of Voronezh as a result of an overnight Ukrainian drone attack, Governor Alexander Gusev said on Sunday.\n\n"To our deep regret, a young woman died overnight in intensive care after suffering injuries from drone debris that fell on a residential building," Gusev said on Telegram.\n\nHe added that another woman was still in hospital, and that two other injured people had been discharged after outpatient treatment.\n\nIt was one of the "heaviest drone attacks since the start of the military special operation" on the city, Gusev said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-voronezh-region',
          'place=ru-voronezh',
          'weapon=drone',
          'date=2026-01-10..2026-01-11/night@new-alexander-gusev',
          'killed=exact 1 scope=new-voronezh-region@new-alexander-gusev',
          'effect=damage @new-alexander-gusev',
          'injured=exact 3 scope=-@new-alexander-gusev',
          'effect=assessment ru-voronezh@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2026-01-11..2026-01-11/day@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
    ],
  },
  {
    id: 'businesspostbd-novoshakhtinsk-refinery-golubev',
    url: 'https://businesspostbd.com/world/ukraine-drone-strike-halts-operations-at-russian-refinery',
    outlet: 'The Business Post',
    text: 'A Ukrainian drone attack ignited a fire at an oil refinery in southern Russia, forcing it to halt operations, the regional governor said early Thursday, adding that there were no casualties.\nDozens of emergency personnel rushed to put out the flames at the Novoshakhtinsk refinery in the Rostov-on-Don region, according to Governor Vasily Golubev.\n"Following a drone strike, a fire broke out at the Novoshakhtinsk refinery," Golubev wrote on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-novoshakhtinsk',
          'place=new-rostov-on-don-region',
          'weapon=drone',
          'effect=other @new-vasily-golubev',
          'killed=exact 0 scope=-@new-vasily-golubev',
          'injured=exact 0 scope=-@new-vasily-golubev',
          'effect=other new-novoshakhtinsk@new-vasily-golubev',
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
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
    ],
  },
  {
    id: 'kyivpost-odesa-centre-missile-kiper',
    url: 'https://kyivpost.com/post/42781',
    outlet: 'Kyiv Post',
    text: 'Russian forces launched a missile attack on the center of Odesa, resulting in casualties, according to the head of the Odesa Regional Military Administration (OVA), Oleh Kiper, who shared the news on Telegram.\n“Russian terrorists launched a missile attack on the center of Odesa. There are casualties,” Kiper wrote.\nHe also added that civilian infrastructure, including residential buildings, had been damaged.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'weapon=missile',
          'effect=damage ua-odesa@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
    ],
  },
  {
    id: 'kyivpost-zelensky-kharkiv-19-injured-150-drones',
    url: 'https://kyivpost.com/post/42781',
    outlet: 'Kyiv Post',
    text: 'President Volodymyr Zelensky has responded to the attacks on Odesa and Kharkiv, posting on Telegram:\n“A rescue operation is currently underway after a missile strike in Kharkiv. At this time, 19 people are known to have been injured. Dozens of attack drones targeted Zaporizhzhia, injuring a child. Odesa was attacked, and damage was caused by falling missile fragments. And this is just one day of Russian terror against Ukraine.”\nHe added that since Sunday evening, Russia has launched approximately 150 attack drones, air bombs, and missiles targeting over ten Ukrainian regions.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'place=ua-zaporizhzhia',
          'place=ua-odesa',
          'weapon=missile',
          'weapon=drone',
          'weapon=glide-bomb',
          'injured=exact 19 scope=ua-kharkiv@zelensky',
          'injured=exact 1 scope=ua-zaporizhzhia@zelensky',
          'effect=damage ua-odesa@zelensky',
          'launched=about 150 scope=-@zelensky',
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
    id: 'alsiasi-odessa-five-dead-baby-yermak',
    url: 'https://english.alsiasi.com/kyiv-says-at-least-five-dead-in-russian-strike-on-odessa/',
    outlet: 'Al Siasi',
    text: 'A Russian strike killed at least five people, including a baby, and wounded 18 others in Ukraine’s Black Sea city of Odessa on Saturday, Kyiv said, warning the toll would likely rise.\n\n“Five Ukrainians killed and 18 wounded. And those are only the ones that we were able to find. It is likely that the death toll will be heavy,” the head of Ukraine’s presidential office Andriy Yermak said on Telegram. “A three-month-old baby was among those killed.”',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'date=unresolved/day@unnamed/ukraine',
          'killed=at-least 5 scope=ua-odesa@unnamed/ukraine',
          'injured=exact 18 scope=ua-odesa@unnamed/ukraine',
          'killed=exact 5 scope=-@yermak',
          'injured=exact 18 scope=-@yermak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=yermak',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@yermak',
        ],
      },
    ],
  },
  {
    id: 'presstv-afipsky-refinery-kondratyev',
    url: 'https://599046384.r.worldcdn.net/Detail/2023/05/31/704425/Russia-Ukraine-drone-attack-Afipsky-oil-refinery-fire-shelling-Shebekino-Belgorod',
    outlet: 'Press TV',
    publishedAt: '2023-05-31',
    text: 'The fire that broke out at the Afipsky oil refinery was likely caused by a Ukrainian drone strike, said Krasnodar Governor Veniamin Kondratyev in a Telegram post on Wednesday.\n\nHe further noted that the refinery fire was quickly extinguished by emergency services and that there were no casualties.\n\nThe Afipsky oil refinery, near the Black Sea port of Novorossiisk in the Krasnodar region, has been attacked several times this month.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-krasnodar-region',
          'weapon=drone',
          'effect=other @new-veniamin-kondratyev',
          'killed=exact 0 scope=-@new-veniamin-kondratyev',
          'injured=exact 0 scope=-@new-veniamin-kondratyev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-veniamin-kondratyev',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=2023-05-31..2023-05-31/day@new-veniamin-kondratyev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-veniamin-kondratyev',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-veniamin-kondratyev',
        ],
      },
    ],
  },
]
