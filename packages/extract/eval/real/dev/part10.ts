import type { RealPassage } from '../types.ts'

/** Passages 94–102 of the dev set, in its order (see ../dev.ts). */
export const part10: readonly RealPassage[] = [
  {
    id: 'like123-nato-40bn-five-air-defense',
    url: 'https://like123.com/nato-summit-adopts-declaration-with-ukraine-defense-funding-plan-through-2025',
    outlet: 'Like123',
    text: 'According to BBC, NATO allies have promised to allocate 40 billion euros ($43.28 billion) for Ukraine’s defense within the next year. US President Joe Biden announced that allies would additionally provide Ukraine with five air defense systems – four Patriot systems from the USA, Germany, and Romania, plus one SAMP/T system from Italy – to counter ongoing Russian attacks.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=nato',
          'money=exact 40000000000 EUR total (43280000000 USD)@new-bbc',
          'period=unresolved/year@new-bbc',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'donor=germany',
          'donor=new-romania',
          'donor=italy',
          'item=exact 5 scope=-@biden ~ Air defense systems',
          'item=exact 4 scope=-@biden ~ Patriot systems',
          'item=exact 1 scope=-@biden ~ SAMP/T system',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@biden',
        ],
      },
    ],
  },
  {
    id: 'updatenews360-peskov-meeting-after-treaty',
    url: 'https://www.updatenews360.com/english/international/putin-zelensky-meeting-only-after-treaty-ready/',
    outlet: 'Update News 360',
    publishedAt: '2022-04-07',
    text: 'A meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky is possible only after a peace treaty is ready, Kremlin Spokesman Dmitry Peskov said.\nNothing has changed for us. We do not reject the possibility of such a meeting for our President, Peskov told a daily briefing on Tuesday.\nBut we repeat once again that such a meeting is possible only after the text of the document is agreed upon, he added.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=press-conference',
          'date=2022-04-05..2022-04-05/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'metroplus-kremlin-no-basis-meeting',
    url: 'https://multimetro.hk/plus/2022/08/08/kremlin-no-basis-for-meeting-between-putin-and-zelenskiy/',
    outlet: 'Metro Plus',
    publishedAt: '2022-08-08',
    text: 'The Kremlin said on Monday there was no basis for a meeting between the Russian and Ukrainian presidents at the moment.\nIn response to a question about Turkish proposals to broker peace talks, Kremlin spokesperson Dmitry Peskov told reporters on a conference call that Vladimir Putin and Volodymyr Zelenskiy could meet only after negotiators from both sides had “done their homework”.\nNegotiations between Moscow and Kyiv have been stalled for months, with each side blaming the other for a lack of progress.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'date=2022-08-08..2022-08-08/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=online-meeting',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'sputnik-peskov-meeting-if-agreements',
    url: 'https://sputnikglobe.com/20250517/kremlin-names-condition-for-putin-zelensky-meeting-1122070504.html',
    outlet: 'Sputnik',
    publishedAt: '2025-05-17',
    text: 'A meeting between Russian President Vladimir Putin and his Ukrainian counterpart Volodymyr Zelensky is possible if delegations of both countries reach certain agreements, Kremlin spokesman Dmitry Peskov said on Saturday.\n"There have been a lot of questions on the topic of a possible meeting between the presidents of the two countries, Ukraine and Russia, Zelensky and Putin ... Such a meeting as a result of the work of the delegations of the two sides is possible when certain agreements of these delegations are reached. We consider it possible. But it is precisely as a result of work and upon reaching certain results in the form of agreements between the two sides," Peskov told reporters.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=2025-05-17..2025-05-17/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
    ],
  },
  {
    id: 'armradio-peskov-no-time-frame',
    url: 'https://en.armradio.am/2022/03/31/meeting-between-putin-and-zelensky-possible-only-after-text-of-the-agreement-worked-out-peskov/',
    outlet: 'Public Radio of Armenia',
    publishedAt: '2022-03-31',
    text: 'There is no clear time frame for a possible meeting between the presidents of the Russian Federation and Ukraine, Vladimir Putin and Vladimir Zelensky, Kremlin Spokesman Dmitry Peskov told journalists today.\nhe said the meeting must be preceded by the finalization of work on the text of the agreements between the parties.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=2022-03-31..2022-03-31/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'lurer-abu-dhabi-another-round-begun',
    url: 'https://www.1lurer.am/en/2026/02/04/The-second-round-of-trilateral-talks-between-Russia-Ukraine-and-the-US-has-started-in-Abu-Dhabi/1458335',
    outlet: 'Public TV of Armenia',
    publishedAt: '2026-02-04',
    text: 'Ukrainian and Russian negotiators have begun a second round of United States-brokered talks in the United Arab Emirates (UAE) as they seek to advance the fraught negotiations on how to end Russia’s nearly four-year war on Ukraine,\nAL Jazeera reports.\nThe Russian and Ukrainian delegations arrived in Abu Dhabi on Wednesday morning, according to Russian state media and a spokesperson for the Ukrainian chief negotiator. It remained unclear when the US delegation would arrive.\n“Another round of negotiations has begun in Abu Dhabi,” Rustem Umerov, head of the Ukrainian delegation, wrote on social media, adding Kyiv’s team was seeking “to achieve a just and lasting peace”.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=ukraine',
          'party=russia',
          'party=united-states',
          'status=held@unnamed',
          'date=2026-02-04..2026-02-04/part-of-day@unnamed',
          'status=held@umerov',
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
          'speaker=umerov',
          'mode=quote',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'caliber-abu-dhabi-second-day-umerov',
    url: 'https://caliber.az/en/post/trilateral-us-russia-ukraine-talks-enter-second-day-in-abu-dhabi',
    outlet: 'Caliber.az',
    text: 'The second day of trilateral negotiations involving the United States, Russia, and Ukraine commenced on February 5, in Abu Dhabi.\nThe development was confirmed by Rustem Umerov, Secretary of Ukraine’s National Security and Defence Council, in a statement published on his Telegram channel.\n"The second day of negotiations in Abu Dhabi has begun," Umerov said on the Telegram app. "We are working in the same formats as yesterday: trilateral consultations, group work and further synchronisation of positions."',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=united-states',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@umerov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=quote',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'wenews-zelensky-abu-dhabi-feb-4-5',
    url: 'https://wenewsenglish.com/trilateral-ukraine-talks-to-resume-on-wednesday-in-abu-dhabi',
    outlet: 'WE News',
    text: 'MOSCOW: Ukrainian President Volodymyr Zelenskyy said a new round of trilateral talks involving Ukraine, Russia, and the United States will take place in Abu Dhabi on February 4 and 5, as diplomatic efforts to end the nearly four-year war show tentative movement but remain fraught with uncertainty.\nIn a statement posted on Telegram on Sunday, Zelenskyy said Ukraine’s negotiating team had confirmed the dates for the next meetings, adding that Kyiv was ready for “substantive talks” aimed at achieving a “real and dignified end” to the war with Russia. Neither Moscow nor Washington has publicly confirmed the talks.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=ukraine',
          'party=russia',
          'party=united-states',
          'date=unresolved/day@zelensky',
          'status=announced@zelensky',
          'status=announced@unnamed',
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
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'cyprusmail-kyiv-5635-buildings-heating',
    url: 'https://cyprus-mail.com/2026/01/20/russian-strikes-cut-heating-to-thousands-of-buildings-in-kyiv-amid-freezing-cold',
    outlet: 'Cyprus Mail',
    publishedAt: '2026-01-20',
    text: 'Russia launched a combined drone and missile attack on Ukraine early on Tuesday, knocking out power and heating supplies to thousands of apartment buildings in Kyiv amid freezing temperatures, Ukrainian officials said.\nKyiv Mayor Vitali Klitschko said the Russian attacks cut heating supplies to 5,635 multi-storey residential apartment buildings.\nOne person was wounded, debris damaged a school building, and water supplies were disrupted on the left bank of the city of more than 3 million people, he said.\nRegional officials said one person was killed in attacks in the wider Kyiv region and two petrol stations damaged.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-kyiv-oblast',
          'weapon=drone',
          'weapon=missile',
          'date=2026-01-20..2026-01-20/part-of-day@unnamed/ukraine',
          'effect=power-outage ua-kyiv@unnamed/ukraine',
          'effect=other ua-kyiv@new-vitali-klitschko',
          'injured=exact 1 scope=ua-kyiv@new-vitali-klitschko',
          'effect=damage ua-kyiv@new-vitali-klitschko',
          'killed=exact 1 scope=ua-kyiv-oblast@unnamed/ukraine',
          'effect=damage ua-kyiv-oblast@unnamed/ukraine',
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
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
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
    ],
  },
]
