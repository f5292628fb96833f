import type { RealPassage } from '../types.ts'

/**
 * Passages of the fifteenth round (see ../README.md), talks from outlets in neither split (The
 * New Nation, CogniCurrent, The Straits Times, MIR News, Geopolitics News) — a visit confirmed
 * for next week beside discussions held earlier in the week, a round announced as concluded with
 * another anticipated, military delegations who met to start talks, a meeting confirmed for the
 * second half of a day beside two days of discussions, and talks that "should begin" at noon —
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part47: readonly RealPassage[] = [
  {
    id: 'newnation-witkoff-moscow-next-week-uae-discussions',
    url: 'https://dailynewnation.com/?p=784205',
    outlet: 'The New Nation',
    text: 'A senior Kremlin official on Wednesday confirmed that U.S. special envoy Steve Witkoff will visit Moscow next week as efforts to find a resolution to the nearly four-year war in Ukraine gain momentum.\nYuri Ushakov, foreign affairs adviser to Russian President Vladimir Putin, said Kremlin officials have not officially received the U.S. peace proposal, although they have reviewed a copy obtained through informal channels. Earlier this week, representatives from the United States, Russia, and Ukraine held discussions in the United Arab Emirates.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/week@unnamed/russia',
          'status=confirmed@unnamed/russia',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=ae',
          'round=1',
          'party=united-states',
          'party=russia',
          'party=ukraine',
          'date=unresolved/week@unnamed',
          'status=held@unnamed',
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
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuri-ushakov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-yuri-ushakov',
        ],
      },
    ],
  },
  {
    id: 'cognicurrent-geneva-concluded-medinsky-davitian',
    url: 'https://cognicurrent.com/article/309552',
    outlet: 'CogniCurrent',
    text: "The head of the Russian delegation, Vladimir Medinsky, announced that recent trilateral talks in Geneva concerning the ongoing conflict in Ukraine have concluded. These discussions, which lasted approximately two hours on 18 February, were described by Medinsky as difficult but business-like, indicating a professional atmosphere despite the contentious nature of the negotiations. His remarks suggest a commitment to ongoing dialogue, as he mentioned that another meeting to address the conflict is anticipated in the near future.\nThe conclusion of the Geneva talks was also confirmed by Diana Davitian, spokesperson for Ukraine's chief negotiator, highlighting that both delegations had successfully wrapped up their discussions.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=concluded@medinsky',
          'status=concluded@new-diana-davitian',
          'agenda=true@medinsky ~ The ongoing conflict in Ukraine',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=announced@medinsky',
          'agenda=true@medinsky ~ Address the conflict',
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
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t2',
          'date=unresolved/day@medinsky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-diana-davitian',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@new-diana-davitian',
        ],
      },
    ],
  },
  {
    id: 'straitstimes-istanbul-grain-talks-military-delegations',
    url: 'https://www.straitstimes.com/world/europe/officials-meet-to-discuss-ukraine-grain-export-plan',
    outlet: 'The Straits Times',
    publishedAt: '2022-07-14',
    text: 'ISTANBUL • Russian, Ukrainian and Turkish military delegations met UN officials in Istanbul yesterday, CNN Turk said, starting talks on resuming exports of Ukrainian grain from the Black Sea port of Odesa as a global food crisis worsens.\n\nTurkey has been working with the United Nations to broker a deal after Russia\'s Feb 24 invasion of Ukraine sent prices soaring for grain, cooking oil, fuel and fertiliser. Turkish Defence Minister Hulusi Akar announced the latest talks on Tuesday.\n\n"We are working hard indeed but there is still a way to go," UN Secretary-General Antonio Guterres told reporters on Tuesday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'party=turkey',
          'party=new-un',
          'date=2022-07-13..2022-07-13/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Resuming exports of Ukrainian grain from the Black Sea port of Odesa',
          'status=announced@new-hulusi-akar',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-hulusi-akar',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2022-07-12..2022-07-12/day@new-hulusi-akar',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-antonio-guterres',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=2022-07-12..2022-07-12/day@new-antonio-guterres',
        ],
      },
    ],
  },
  {
    id: 'mirnews-putin-witkoff-tuesday-florida-discussions',
    url: 'https://mirnews.com/?p=8980',
    outlet: 'MIR News',
    text: 'Russian President Vladimir Putin will meet US special envoy Steve Witkoff in Moscow on Tuesday, signalling renewed momentum in efforts to end the war in Ukraine. Jared Kushner, who informally advises on diplomatic matters, is also expected to join. Their visit follows two days of discussions in Florida between Ukrainian and US officials aimed at refining a Washington-backed peace proposal viewed as favourable to Moscow. Ukrainian President Volodymyr Zelensky called the talks constructive but said several difficult issues still require work. Kremlin spokesman Dmitry Peskov confirmed that Witkoff will meet Putin in the second half of Tuesday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=russia',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=announced@unnamed',
          'date=unresolved/part-of-day@peskov',
          'status=confirmed@peskov',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=new-florida',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Refining a Washington-backed peace proposal viewed as favourable to Moscow',
          'outcome=other@zelensky ~ Several difficult issues still require work',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t2',
          'date=unresolved/day@zelensky',
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
    id: 'geopolitics-gomel-talks-should-begin-noon-medinsky',
    url: 'https://geopolitics.news/euroasia/moscow-kiev-talks-to-begin-at-1200-moscow-time/',
    outlet: 'Geopolitics News',
    text: 'The talks between Russia and Ukraine in the Gomel Region of Belarus should begin at about 12:00 Moscow time, says Russian delegation head Vladimir Medinsky.\n\n“We have just received information that they will arrive in about an hour, so we will sit at the negotiations table at 12 o’clock,” he said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-gomel-region',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/hour@medinsky',
          'status=announced@medinsky',
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
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
]
