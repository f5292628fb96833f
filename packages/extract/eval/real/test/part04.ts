import type { RealPassage } from '../types.ts'

/** Passages 29–35 of the test set, in its order (see ../test.ts). */
export const part04: readonly RealPassage[] = [
  {
    id: 'cnn-massive-attack-energy-overnight-monday',
    url: 'https://krdo.com/news/2024/08/26/russia-launches-deadly-overnight-aerial-attack-on-cities-and-power-grids-across-ukraine/',
    outlet: 'CNN',
    publishedAt: '2024-08-26',
    text: 'Kyiv, Ukraine (CNN) — Russia launched a “massive” missile and drone attack aimed at energy infrastructure across Ukraine overnight into Monday, Ukrainian officials said, killing at least four people and causing power outages in several cities.\nUkraine’s air force said it detected dozens of missiles and drones targeting almost all regions of the country, from the frontline eastern regions of Kharkiv and Dnipro to the southern port city of Odesa, as well as the capital, Kyiv.\n“Russian terrorists have once again targeted energy infrastructure,” Ukrainian Prime Minister Denys Shmyhal wrote Monday on Telegram. At least 15 regions were targeted by a combination of drones, cruise missiles and hypersonic Kinzhal missiles, he said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=ua-dnipropetrovsk-oblast',
          'place=ua-odesa',
          'place=ua-kyiv',
          'weapon=missile',
          'weapon=drone',
          'date=2024-08-25..2024-08-26/night@unnamed/ukraine',
          'killed=at-least 4 scope=ua@unnamed/ukraine',
          'effect=power-outage @unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
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
          'speaker=shmyhal',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=2024-08-26..2024-08-26/day@shmyhal',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=shmyhal',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@shmyhal',
        ],
      },
    ],
  },
  {
    id: 'cnn-most-massive-air-attack-oleshchuk',
    url: 'https://chinalucky8.com/2024/08/26/europe/ukraine-russia-air-attacks-intl-hnk',
    outlet: 'CNN',
    publishedAt: '2024-08-26',
    text: 'Monday’s onslaught, which killed at least seven people and caused power outages in several cities, marked Russia’s “most massive air attack” in more than two-and-a-half years of conflict, according to Ukrainian Air Force Commander Mykola Oleshchuk.\nThe nationwide strikes used “more than 100 missiles of various types and around 100 Shahed drones,” Zelensky said. Ukraine shot down 102 of the missiles and 99 attack drones, Oleshchuk said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=missile',
          'weapon=drone',
          'date=2024-08-26..2024-08-26/day@new-mykola-oleshchuk',
          'killed=at-least 7 scope=-@new-mykola-oleshchuk',
          'effect=power-outage @new-mykola-oleshchuk',
          'effect=assessment @new-mykola-oleshchuk',
          'launched=over 100 scope=-@zelensky',
          'launched=about 100 scope=-@zelensky',
          'intercepted=exact 102 scope=-@new-mykola-oleshchuk',
          'intercepted=exact 99 scope=-@new-mykola-oleshchuk',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykola-oleshchuk',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mykola-oleshchuk',
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
          'speaker=new-mykola-oleshchuk',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mykola-oleshchuk',
        ],
      },
    ],
  },
  {
    id: 'bbc-million-without-power-kharkiv',
    url: 'https://dailynewnation.com/a-million-without-power-after-wave-of-russian-strikes/',
    outlet: 'BBC',
    text: 'A million people are without power across Ukraine after Russian missiles targeted energy infrastructure.\nThere is no electricity in the second-largest city of Kharkiv, the regional head says, and more than 53,000 households in Odesa are without power.\nUkraine’s energy minister, German Galushchenko, accused Russia of trying to provoke “a large-scale failure of the country’s energy system”.\nRussia said it was revenge for recent Ukrainian attacks on Russian territory.\nAt least five people have been reported killed and 14 wounded.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'place=ua-odesa',
          'weapon=missile',
          'effect=power-outage ua@unnamed',
          'effect=power-outage ua-kharkiv@unnamed/ukraine',
          'effect=power-outage ua-odesa@unnamed/ukraine',
          'killed=at-least 5 scope=-@unnamed',
          'injured=exact 14 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-german-galushchenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-german-galushchenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@russia',
        ],
      },
    ],
  },
  {
    id: 'globaleconomy-100000-homes-without-power',
    url: 'https://www.globaleconomyedition.com/russian-drone-attacks-cause-massive-power-cuts-ukraine-says',
    outlet: 'Global Economy Edition',
    text: 'More than 100,000 Ukrainian homes have been left without power by the latest Russian drone attacks on energy infrastructure, Ukraine’s President Volodymyr Zelensky has said.\nThe Poltava, Sumy and Chernihiv regions were affected, Zelensky stated in a post on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-poltava-oblast',
          'place=ua-sumy-oblast',
          'place=ua-chernihiv-oblast',
          'weapon=drone',
          'effect=power-outage ua-chernihiv-oblast,ua-poltava-oblast,ua-sumy-oblast@zelensky',
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
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'ukrinform-kharkiv-guided-bombs-center',
    url: 'https://menafn.com/1108698231/Russians-Attack-Center-Of-Kharkiv-With-Guided-Aerial-Bombs',
    outlet: 'Ukrinform',
    publishedAt: '2024-09-20',
    text: 'Explosions rang out in Kharkiv as the air alert siren sounded, the enemy attacked the city with guided aerial bombs.\nThe Ukrinform correspondent reports the explosions in the city.\n"The invaders are launching strikes," informed Oleh Syniehubov , Chief of the Kharkiv Regional Military Administration.\nAccording to City Mayor Ihor Terekhov, the Russians attacked Kharkiv with guided aerial bombs. "Be on alert – repeated strikes are possible," he wrote on Telegram .',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: ['attacker=russia', 'target=ukraine', 'place=ua-kharkiv', 'weapon=glide-bomb'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukrinform',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@ukrinform',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-syniehubov',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-syniehubov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
        ],
      },
    ],
  },
  {
    id: 'pledgetimes-lavrov-ready-for-talks-unsc',
    url: 'https://pledgetimes.com/lavrov-announced-readiness-for-negotiations-on-ukraine/',
    outlet: 'Pledge Times',
    publishedAt: '2024-07-17',
    text: 'Russia is ready for talks on Ukraine, Foreign Minister Sergey Lavrov said during a press conference following the UN Security Council meeting. The broadcast was conducted on YouTube– the channel of the Foreign Ministry.\n“We are ready for negotiations, but given the sad experience of conversations and consultations with the West and the Ukrainians…”, he said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@lavrov',
        ],
      },
    ],
  },
  {
    id: 'interfax-dombrovskis-5bn-mfa',
    url: 'https://en.interfax.com.ua/news/general/863085.html',
    outlet: 'Interfax-Ukraine',
    publishedAt: '2022-10-04',
    text: 'The European Commission promises to pay Ukraine a tranche of macro-financial assistance in the amount of EUR 5 billion as soon as possible, Executive Vice President of the European Commission Valdis Dombrovskis has said.\n"Yesterday I signed the Memorandum of Understanding with Ukraine for the next macro-financial assistance of EUR 5 billion. We will disburse the first part – EUR 2 billion – by mid-October," he said at a press conference on Tuesday in Luxembourg following the meeting of the EU Economic and Financial Affairs Council (ECOFIN).',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 5000000000 EUR total@new-valdis-dombrovskis',
          'money=exact 2000000000 EUR total@new-valdis-dombrovskis',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-valdis-dombrovskis',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-valdis-dombrovskis',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-valdis-dombrovskis',
          'mode=quote',
          'channel=press-conference',
          'about=a1',
          'date=2022-10-04..2022-10-04/day@new-valdis-dombrovskis',
        ],
      },
    ],
  },
]
