import type { RealPassage } from '../types.ts'

/**
 * Passages 202–211 of the dev set, in its order (see ../dev.ts): the sixth round's talks, from
 * outlets in neither split — rounds in Abu Dhabi told as met, concluded, agreed and postponed, the
 * US–Russian and US–Ukrainian meetings in Riyadh, a meeting in London postponed, a third round
 * in Belarus expected — gold annotated from the text alone before the extractor was run on them.
 */
export const part27: readonly RealPassage[] = [
  {
    id: 'anews-abu-dhabi-second-trilateral-157-each',
    url: 'https://www.anews.com.tr/world/2026/02/05/ukraine-discussions-in-abu-dhabi-constructive-us-special-envoy',
    outlet: 'A News',
    publishedAt: '2026-02-05',
    text: 'The Ukraine discussions in the United Arab Emirates were "constructive," US special envoy Steve Witkoff said Thursday.\n\nThe talks were "focused on how to create the conditions for a durable peace," Witkoff said in a statement.\n\nIt came after the delegations from the US, Ukraine and Russia met from Feb. 4 - 5 for the second trilateral meeting in Abu Dhabi, to advance efforts to end the war in Ukraine.\n\nWitkoff said the delegations reached an agreement whereby Russia and Ukraine will each release 157 prisoners of war.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=united-states',
          'party=ukraine',
          'party=russia',
          'date=2026-02-04..2026-02-05/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Advance efforts to end the war in Ukraine',
          'agenda=true@witkoff ~ How to create the conditions for a durable peace',
          'outcome=agreement@witkoff ~ Russia and Ukraine will each release 157 prisoners of war',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=2026-02-05..2026-02-05/day@witkoff',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=quote',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@witkoff',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@witkoff',
        ],
      },
    ],
  },
  {
    id: 'moscowtimes-abu-dhabi-second-round-314-prisoners',
    url: 'https://www.themoscowtimes.com/2026/02/05/russia-and-ukraine-agree-to-new-prisoner-swap-after-second-round-of-abu-dhabi-talks-a91857',
    outlet: 'The Moscow Times',
    publishedAt: '2026-02-05',
    text: 'A second round of talks between Russia, Ukraine and the United States in Abu Dhabi finished Thursday with the two warring countries agreeing to a new prisoner exchange, though it was not immediately clear whether the sides made any progress toward a peace deal.\nWhite House special envoy Steve Witkoff, who led the U.S. delegation at the two-day talks, said Ukraine and Russia would release 314 prisoners. He said it would be the first such exchange between the countries in five months.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=russia',
          'party=ukraine',
          'party=united-states',
          'date=2026-02-05..2026-02-05/day@unnamed',
          'status=concluded@unnamed',
          'outcome=agreement@unnamed ~ A new prisoner exchange',
          'outcome=agreement@witkoff ~ Ukraine and Russia would release 314 prisoners',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@witkoff',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@witkoff',
        ],
      },
    ],
  },
  {
    id: 'newscentral-abu-dhabi-next-round-postponed-wednesday',
    url: 'https://newscentraltv.com/?p=382539',
    outlet: 'News Central TV',
    text: 'The next round of talks between Russian, Ukrainian, and US officials on a US-drafted plan to end the nearly four-year war in Ukraine has been postponed to Wednesday, President Volodymyr Zelensky announced.\nThe discussions, originally scheduled for Sunday, will now take place on February 4 and 5, 2026, in Abu Dhabi. Zelensky did not provide a reason for the delay.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=russia',
          'party=ukraine',
          'party=united-states',
          'date=2026-02-04..2026-02-05/day@unnamed',
          'status=postponed@zelensky',
          'agenda=true@zelensky ~ A US-drafted plan to end the nearly four-year war in Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'orthodoxtimes-riyadh-us-russia-after-us-ukraine',
    url: 'https://orthodoxtimes.com/u-s-and-russian-delegations-meet-in-saudi-arabia-for-ceasefire-talks-on-ukraine-war/',
    outlet: 'Orthodox Times',
    text: 'Delegations from the United States and Russia are meeting today in Saudi Arabia in a renewed effort to negotiate a ceasefire in the Black Sea and seek broader steps toward ending the war in Ukraine. The meeting follows discussions held yesterday between U.S. and Ukrainian officials in Riyadh.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ A ceasefire in the Black Sea',
          'agenda=true@unnamed ~ Broader steps toward ending the war in Ukraine',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
        ],
      },
    ],
  },
  {
    id: 'vovworld-riyadh-russia-us-closed-door',
    url: 'https://vovworld.vn/en-US/news/us-russian-negotiators-begin-closed-door-meeting-in-saudi-arabia-1376671.vov',
    outlet: 'VOV World',
    text: '(VOVWORLD) -Russian and US delegations began closed-door talks on Monday at The Ritz-Carlton hotel in Riyadh, Saudi Arabia, to seek solutions to the Russia-Ukraine conflict and the Black Sea initiative.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Solutions to the Russia-Ukraine conflict',
          'agenda=true@unnamed ~ The Black Sea initiative',
        ],
      },
    ],
  },
  {
    id: 'thenewsmen-umerov-medinsky-ceasefire-proposals',
    url: 'https://thenewsmen.co.in/world/russiaukraine-talks-result-in-major-pow-exchange-ceasefire-remains-elusive/139502',
    outlet: 'The Newsmen',
    text: "Ukrainian chief negotiator Rustem Umerov affirmed that negotiations also involved possible ceasefire terms and a potential summit between the two presidents.\nVladimir Medinsky, one of Russian President Vladimir Putin's aides and the leader of Russia's delegation, said that the two sides agreed to share specific proposals on a possible ceasefire and to discuss the possibility of a meeting between their respective heads of state.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=ukraine',
          'party=russia',
          'agenda=true@umerov ~ Possible ceasefire terms',
          'agenda=true@umerov ~ A potential summit between the two presidents',
          'outcome=agreement@medinsky ~ Share specific proposals on a possible ceasefire',
          'outcome=agreement@medinsky ~ Discuss the possibility of a meeting between their respective heads of state',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
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
    id: 'epochtimes-london-ministers-meeting-postponed',
    url: 'https://theepochtimes.com/world/planned-london-meeting-on-ukraine-postponed-uk-foreign-ministry-confirms-5846231',
    outlet: 'The Epoch Times',
    text: 'A scheduled foreign ministers’ meeting in London to discuss peace proposals between Russia and Ukraine has been indefinitely postponed, the British Foreign Ministry has confirmed.\n“Official level talks will continue but these are closed to media.”\nThe statement was issued early on April 23, shortly before the meeting was set to convene.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=gb-london',
          'round=1',
          'status=postponed@unnamed/united-kingdom',
          'agenda=true@unnamed/united-kingdom ~ Peace proposals between Russia and Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-kingdom',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@unnamed/united-kingdom',
        ],
      },
    ],
  },
  {
    id: 'lucknowtribune-riyadh-marathon-meeting-tass',
    url: 'https://thelucknowtribune.org/?p=27083',
    outlet: 'The Lucknow Tribune',
    text: 'In a major diplomatic development, representatives from Russia and the United States held a marathon meeting at the Ritz-Carlton Hotel in Riyadh, Saudi Arabia. According to the Russian news agency TASS, the discussions between the two sides lasted for over 12 hours. A joint statement from both nations is expected to be released on Tuesday. Prior to this, on Sunday, the U.S. also engaged in talks with Ukraine.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=united-states',
          'status=held@unnamed',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=tass',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@tass',
        ],
      },
    ],
  },
  {
    id: 'nationalherald-abu-dhabi-us-mediated-swap',
    url: 'https://www.nationalheraldindia.com/amp/story/international/russia-and-ukraine-agree-major-prisoner-swap-at-us-mediated-talks-in-uae',
    outlet: 'National Herald',
    text: 'Russia and Ukraine have agreed to a large-scale prisoner exchange following a second round of US-mediated talks in the United Arab Emirates, even as negotiations failed to make headway on core political and security issues.\nThe discussions, held in Abu Dhabi on Thursday, brought together delegations from the United States, Russia and Ukraine with the aim of addressing humanitarian concerns arising from the ongoing war. While the talks resulted in an agreement on a prisoner swap, they ended without any joint statement on wider peace terms, underlining the persistent gulf between the two sides.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=united-states',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ A large-scale prisoner exchange',
          'agenda=true@unnamed ~ Addressing humanitarian concerns arising from the ongoing war',
        ],
      },
    ],
  },
  {
    id: 'incnews-belarus-third-meeting-expected',
    url: 'https://incnews.co.uk/russia-delegation-en-route-to-negotiations-with-ukraine/',
    outlet: 'INC News',
    text: 'A Russian delegation is on its way to Belarus for new Ukrainian negotiations, Russian state-funded medium Sputnik reported.\n\nThe Russian delegation and a delegation from Ukraine are expected to meet for a third meeting later in the day to end the conflict.\n\nThe two previous rounds did not yield a concrete breakthrough.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=3',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=announced@unnamed',
          'agenda=true@unnamed ~ End the conflict',
        ],
      },
    ],
  },
]
