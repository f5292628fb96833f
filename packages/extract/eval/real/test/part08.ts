import type { RealPassage } from '../types.ts'

/** Passages 59–66 of the test set, in its order (see ../test.ts). */
export const part08: readonly RealPassage[] = [
  {
    id: 'rustavi2-peskov-delegation-gomel',
    url: 'https://rustavi2.ge./en/news/222950',
    outlet: 'Rustavi 2',
    text: 'A Russian delegation has arrived in Belarus for talks with Ukraine, a Kremlin spokesperson was quoted on Sunday, the first negotiations since Russia started its invasion on February 24.\nSpokesperson Dmitry Peskov said the Russian delegation included officials from the foreign and defence ministries and President Vladimir Putin’s office, and was awaiting the arrival of their Ukrainian counterparts in the Belarusian city of Gomel.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-gomel',
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=announced@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'cna-istanbul-radically-reduce-kyiv',
    url: 'https://www.channelnewsasia.com/world/russia-radically-reduce-military-activity-around-kyiv-ukraine-invasion-2593971?cid=cna_flip_070214',
    outlet: 'CNA',
    publishedAt: '2022-03-29',
    text: 'ISTANBUL: Russia will "radically" reduce its military activity in northern Ukraine, including near the capital Kyiv, after "meaningful" talks in Istanbul, Moscow\'s negotiators said Tuesday (Mar 29).\n"Given that the talks on the preparation of an agreement on the neutrality and non-nuclear status of Ukraine have moved into a practical field ... a decision has been made to radically ... reduce the military activity in the areas of Kyiv and Chernihiv," Russia\'s deputy defence minister Alexander Fomin said.\nChief negotiator Vladimir Medinsky said there had been a "meaningful discussion" at the talks and that Ukrainian proposals would be put to Russian President Vladimir Putin.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=held@unnamed/russia',
          'outcome=other@unnamed/russia ~ Russia to radically reduce military activity near Kyiv',
          'agenda=true@new-alexander-fomin ~ Agreement on the neutrality and non-nuclear status of Ukraine',
          'outcome=other@new-alexander-fomin ~ Reduce military activity in the areas of Kyiv and Chernihiv',
          'outcome=other@medinsky ~ Ukrainian proposals to be put to Putin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2022-03-29..2022-03-29/day@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-fomin',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@new-alexander-fomin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
  {
    id: 'katc-face-to-face-talks-turkey-end',
    url: 'https://www.katc.com/news/national/russia-ukraine-conflict/ukraine-and-russia-begin-face-to-face-talks-in-turkey',
    outlet: 'KATC',
    publishedAt: '2022-03-29',
    text: 'The first face-to-face talks in two weeks between Russia and Ukraine ended Tuesday in Turkey, with Russia making new promises.\nRussia’s deputy defense minister said that Moscow has decided to “fundamentally ... cut back” operations near the capital and another major city to “increase mutual trust.”',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2022-03-29..2022-03-29/day@unnamed',
          'status=concluded@unnamed',
          'outcome=other@unnamed/russia ~ Cut back operations near the capital',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/russia',
        ],
      },
    ],
  },
  {
    id: 'meduza-vinnytsia-21-killed-ses',
    url: 'https://meduza.io/en/feature/2022/07/14/russian-missile-strike-on-vinnytsia-kills-at-least-20-injures-dozens',
    outlet: 'Meduza',
    publishedAt: '2022-07-14',
    text: "A Russian missile strike in the central Ukrainian city of Vinnytsia killed at least 21 people, including three children, and injured dozens more, according to Ukraine's State Emergency Service. At least 42 people are still missing, 91 people have sought medical treatment, and 52 have been hospitalized — 34 of them in critical condition. 55 buildings and 40 vehicles were damaged.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-vinnytsia',
          'weapon=missile',
          'killed=at-least 21 scope=ua-vinnytsia@new-state-emergency-service',
          'injured=exact 91 scope=ua-vinnytsia@unnamed',
          'effect=damage ua-vinnytsia@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-state-emergency-service',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-state-emergency-service',
        ],
      },
    ],
  },
  {
    id: 'reuters-vinnytsia-kalibr-submarine',
    url: 'https://today.thefinancialexpress.com.bd/print/russia-launches-deadly-strike-on-ukrainian-city-1657820976',
    outlet: 'Reuters',
    publishedAt: '2022-07-15',
    text: 'VINNYTSIA, Ukraine, July 14 (Reuters): Russian missiles struck the Ukrainian city of Vinnytsia far behind the frontlines on Thursday in an attack which Ukrainian officials called a war crime and said had killed at least 21 people, including three children.\nThe strike, which Ukraine said had been carried out with Kalibr cruise missiles launched from a Russian submarine in the Black Sea, came a day after a breakthrough in talks between Moscow and Kyiv to unblock Ukrainian grain exports and underscored how far the two sides remain from a peace settlement.\n"What is this, if not an open act of terrorism?" Ukrainian President Volodymyr Zelenskiy wrote on the Telegram messaging app. The Russian defence ministry, which denies deliberately targeting civilians, did not immediately comment on the strike.\nDenys Monastyrskyi, Ukraine\'s interior minister, told a briefing in Vinnytsya that 21 had been killed and 91 people wounded, 50 of them seriously.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-vinnytsia',
          'weapon=missile',
          'date=2022-07-14..2022-07-14/day@unnamed',
          'killed=at-least 21 scope=ua-vinnytsia@unnamed/ukraine',
          'killed=exact 21 scope=ua-vinnytsia@new-denys-monastyrskyi',
          'injured=exact 91 scope=ua-vinnytsia@new-denys-monastyrskyi',
        ],
      },
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2022-07-13..2022-07-13/day@unnamed',
          'status=held@unnamed',
          'outcome=other@unnamed ~ Breakthrough on unblocking Ukrainian grain exports',
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
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ukraine',
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
          'speaker=new-denys-monastyrskyi',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-denys-monastyrskyi',
        ],
      },
    ],
  },
  {
    id: 'aljazeera-dnipro-toll-35-reznichenko',
    url: 'https://www.aljazeera.com/gallery/2023/1/16/dozens-feared-dead-after-russian-attack-in-ukraines-dnipro',
    outlet: 'Al Jazeera',
    publishedAt: '2023-01-16',
    text: 'The death toll from an alleged Russian missile attack in the southeastern Ukrainian city of Dnipro has risen to 35, an official says.\nRescuers searched for more victims in the rubble of an apartment building that was hit, Governor Valentyn Reznichenko said on Monday.\nAt least 75 people were wounded and 35 others are missing after Saturday’s strike.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'date=2023-01-14..2023-01-14/day@unnamed',
          'killed=exact 35 scope=ua-dnipro@unnamed/ukraine',
          'injured=at-least 75 scope=ua-dnipro@unnamed',
          'effect=damage ua-dnipro@new-valentyn-reznichenko',
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
          'speaker=new-valentyn-reznichenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2023-01-16..2023-01-16/day@new-valentyn-reznichenko',
        ],
      },
    ],
  },
  {
    id: 'aljazeera-kremlin-denies-dnipro',
    url: 'https://www.aljazeera.com/gallery/2023/1/16/dozens-feared-dead-after-russian-attack-in-ukraines-dnipro',
    outlet: 'Al Jazeera',
    publishedAt: '2023-01-16',
    text: 'The Kremlin on Monday denied responsibility for the attack.\n“The Russian armed forces do not strike residential buildings or social infrastructure, they strike military targets,” Kremlin spokesman Dmitry Peskov told reporters, before referring to the “conclusion of some representatives of the Ukrainian side” that the strike could have been caused by air defence.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'date=2023-01-16..2023-01-16/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
    ],
  },
  {
    id: 'pledgetimes-dnipro-at-least-25',
    url: 'https://pledgetimes.com/at-least-25-people-died-after-a-russian-missile-attack-in-dnipro/',
    outlet: 'Pledge Times',
    publishedAt: '2023-01-15',
    text: 'The human cost of the attack of a Russian missile against a residential building in Dnipro (eastern Ukraine) on Saturday increased to at least 25 deaths this Sunday, January 15. More than 70 people were injured and more than 40 are still missing.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'date=2023-01-14..2023-01-14/day@unnamed',
          'killed=at-least 25 scope=ua-dnipro@unnamed',
          'injured=over 70 scope=ua-dnipro@unnamed',
        ],
      },
    ],
  },
]
