import type { RealPassage } from '../types.ts'

/**
 * Passages of the fifteenth round (see ../README.md), talks from outlets in neither split (Miami
 * Herald, Capital Wire News, National Turk, dpa, Magyar Nemzet, Abbtakk) — meetings told as
 * "met with" and "is set to meet", a second day of talks, ministers who met with "no decisive
 * progress", an envoy who "held talks" in Kyiv, a prime minister "received" in the Kremlin and a
 * round whose outcome one side "agreed" to — gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part46: readonly RealPassage[] = [
  {
    id: 'miamiherald-witkoff-kushner-umerov-nsas-dmitriev-saturday',
    url: 'https://www.spokesman.com/stories/2025/dec/19/trump-aides-hold-another-round-of-ukraine-peace-ta/',
    outlet: 'Miami Herald',
    publishedAt: '2025-12-19',
    text: 'MIAMI – International leaders are descending on Miami this weekend for rounds of negotiations with President Donald Trump’s special envoy Steve Witkoff and son-in-law Jared Kushner, including the head of Russia’s sovereign wealth fund Kirill Dmitriev on Saturday.\n\nOn Friday morning, Witkoff and Kushner met with Ukraine’s national security secretary, Rustem Umerov, “as well as National Security Advisors from the United Kingdom, France, and Germany,” according to a White House official.\n\nOn Friday afternoon, the pair is set to meet with officials from Egypt, Qatar and Turkey ahead of a planned meeting with Dmitriev on Saturday, according to the official.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'party=united-kingdom',
          'party=france',
          'party=germany',
          'date=2025-12-19..2025-12-19/part-of-day@unnamed/united-states',
          'status=held@unnamed/united-states',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=united-states',
          'party=new-egypt',
          'party=new-qatar',
          'party=turkey',
          'date=2025-12-19..2025-12-19/part-of-day@unnamed/united-states',
          'status=announced@unnamed/united-states',
        ],
      },
      {
        kind: 'talk',
        id: 't3',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=2025-12-20..2025-12-20/day@unnamed',
          'status=announced@unnamed',
          'date=2025-12-20..2025-12-20/day@unnamed/united-states',
          'status=announced@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=remarks',
          'about=t2',
          'about=t3',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
    ],
  },
  {
    id: 'capitalwire-berlin-second-day-chancellery-five-hours',
    url: 'https://capitalwirenews.net/global/ukraine-and-us-continue-peace-talks-in-berlin',
    outlet: 'Capital Wire News',
    text: 'Talks between Ukraine and the United States aimed at advancing a possible peace agreement with Russia continued in Berlin for a second day, following lengthy discussions on Sunday involving Ukrainian President Volodymyr Zelensky, US envoy Steve Witkoff and senior European leaders.\nZelensky and Ukraine’s chief negotiator Rustem Umerov met Witkoff and Jared Kushner, President Donald Trump’s son-in-law, for five hours at the German chancellery. German Chancellor Friedrich Merz and NATO Supreme Allied Commander Europe General Alexus Grynkewich also attended. A US readout described the talks as making significant progress.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=de-berlin',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Advancing a possible peace agreement with Russia',
          'outcome=other@unnamed/united-states ~ The talks making significant progress',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
    ],
  },
  {
    id: 'nationalturk-antalya-lavrov-kuleba-no-decisive-progress',
    url: 'https://nationalturk.com/en/antalya-summit-no-progress-but-further-talks/?amp=1',
    outlet: 'National Turk',
    text: 'For the first time since the beginning of the war, the foreign ministers of Russia and Ukraine spoke directly to each other: Sergey Lavrov and Dmytro Kuleba met in Antalya at the initiative of Turkish Foreign Minister Mevlut Cavusoglu. According to Kulebas, there was no decisive progress. It was also not possible to agree on humanitarian corridors for the city of Mariupol, Kuleba said after the meeting.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-antalya',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=other@kuleba ~ There was no decisive progress',
          'outcome=other@kuleba ~ It was also not possible to agree on humanitarian corridors for the city of Mariupol',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
    ],
  },
  {
    id: 'dpa-li-hui-kyiv-kuleba-principles-of-peace',
    url: 'https://gna.org.gh/2023/05/chinese-special-envoy-visits-ukraine-to-discuss-peace-with-russia/',
    outlet: 'dpa',
    publishedAt: '2023-05-19',
    text: 'Kiev, May 18, (dpa/GNA) - A Chinese special diplomatic envoy held talks with Ukrainian officials in Kiev, marking the first time a senior Chinese diplomat has visited Ukraine since Russia invaded in February 2022.\n\nThe envoy, Li Hui, spoke with Ukrainian Foreign Minister Dmytro Kuleba about the “principles of restoring a lasting and just peace,” Ukraine’s Ministry of Foreign Affairs said on Wednesday.\n\nKuleba stressed that Ukraine “does not accept any proposals that envisage losing its territory or freezing the conflict.”\n\nUkraine continues to demand the withdrawal of all Russian soldiers from its territory as a basic condition for peace negotiations.\n\nKuleba and Li also discussed the relationship between their two countries.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ua-kyiv',
          'round=1',
          'party=new-china',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'status=held@ua-mfa',
          'agenda=true@ua-mfa ~ Principles of restoring a lasting and just peace',
          'agenda=true@unnamed ~ The relationship between their two countries',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=2023-05-17..2023-05-17/day@ua-mfa',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@kuleba',
        ],
      },
    ],
  },
  {
    id: 'magyarnemzet-putin-received-orban-kremlin-friday',
    url: 'https://magyarnemzet.hu/english/2024/07/pm-orban-on-peace-mission-meets-with-vladimir-putin-video',
    outlet: 'Magyar Nemzet',
    publishedAt: '2024-07-05',
    text: "RIA later also reported that Russian President Vladimir Putin received the Hungarian prime minister in the Kremlin on Friday. The Russian leader said that at the meeting he will share the details of Moscow's proposals for a peaceful settlement with Ukraine and expects to learn the details of the Hungarian plan. Putin said he was happy to welcome the prime minister in Moscow.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=russia',
          'party=new-hungary',
          'date=2024-07-05..2024-07-05/day@ria-novosti',
          'status=held@ria-novosti',
          "agenda=true@putin ~ The details of Moscow's proposals for a peaceful settlement with Ukraine",
          'agenda=true@putin ~ The details of the Hungarian plan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ria-novosti',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@ria-novosti',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=putin',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@putin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=putin',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@putin',
        ],
      },
    ],
  },
  {
    id: 'abbtakk-jeddah-ceasefire-proposal-intelligence-sharing',
    url: 'https://abbtakk.tv/ukraine-accepts-us-proposal-for-30-day-cease-fire-with-russia-in-jeddah-talks/',
    outlet: 'Abbtakk',
    text: 'Jeddah: Ukraine said it would support a Trump administration proposal for a 30-day cease-fire with Russia, an announcement that followed hours of meetings on Tuesday in Saudi Arabia, where the United States agreed to immediately lift a pause on intelligence sharing with Kyiv and resume military assistance.\nThe talks Jeddah, Saudi Arabia, brought new momentum to cease-fire negotiations that had faltered after a public confrontation at the White House between the Ukrainian and U.S. presidents.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-jeddah',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@ukraine ~ Support a Trump administration proposal for a 30-day cease-fire with Russia',
          'outcome=agreement@unnamed ~ The United States agreed to immediately lift a pause on intelligence sharing with Kyiv and resume military assistance',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@ukraine',
        ],
      },
    ],
  },
]
