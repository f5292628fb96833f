import type { RealPassage } from '../types.ts'

/** Passages 34–44 of the dev set, in its order (see ../dev.ts). */
export const part04: readonly RealPassage[] = [
  {
    id: 'indiablooms-putin-call-highly-constructive',
    url: 'https://www.htsyndication.com/india-blooms/article/ukraine-russia-ceasefire%3A-putin-describes-telephone-conversation-with-trump-as--highly-constructive-/90271340',
    outlet: 'India Blooms',
    text: 'Russian President Vladimir Putin on Tuesday described his telephone conversation with his American counterpart over the Ukraine ceasefire issue as \'highly constructive\'.\n"I would like to reiterate that the conversation was highly constructive, and I assess it positively."\nTrump and Putin interacted over the telephone against the backdrop of the recent direct talks held between delegations from Kyiv and Moscow in Turkey last week.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr',
          'round=1',
          'party=ukraine',
          'party=russia',
          'status=held@unnamed',
          'date=unresolved/week@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=putin', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@putin'],
      },
      {
        kind: 'statement',
        facts: ['speaker=putin', 'mode=quote', 'channel=remarks', 'date=unresolved/day@putin'],
      },
    ],
  },
  {
    id: 'newspravda-kremlin-putin-macron-call',
    url: 'https://news-pravda.com/world/2025/07/01/1483449.html',
    outlet: 'News-Pravda',
    publishedAt: '2025-07-01',
    text: 'The Russian president spoke with the French leader.\nPutin reminded Macron that the Ukrainian conflict is a direct consequence of the policies of Western countries that ignored the security interests of the Russian Federation, the Kremlin said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@kremlin',
        ],
      },
    ],
  },
  {
    id: 'unn-prokudin-kherson-27-year-old',
    url: 'https://unn.ua/en/news/russian-attack-on-kherson-claimed-the-life-of-a-27-year-old-man',
    outlet: 'UNN',
    text: 'Russian troops shelled Kherson, killing a 27-year-old local resident, Oleksandr Prokudin, head of the Kherson RMA, said on Telegram on Friday, UNN reports.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'killed=exact 1 scope=ua-kherson@new-oleksandr-prokudin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-prokudin',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleksandr-prokudin',
        ],
      },
    ],
  },
  {
    id: 'naharnet-mrochko-kherson-four-dead',
    url: 'https://m.naharnet.com/stories/en/303186-russian-shelling-of-kherson-kills-four-official-says',
    outlet: 'Naharnet',
    text: 'Russian shelling of the southern Ukrainian city of Kherson killed four people and injured one other person on Monday, a local official said.\n"As of this hour, there are four dead and one wounded," said Roman Mrochko, head of the Kherson city military administration.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'date=unresolved/day@new-roman-mrochko',
          'killed=exact 4 scope=ua-kherson@new-roman-mrochko',
          'injured=exact 1 scope=ua-kherson@new-roman-mrochko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-mrochko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-mrochko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-mrochko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-mrochko',
        ],
      },
    ],
  },
  {
    id: 'shafaq-riyadh-talks-began-diriyah',
    url: 'https://www.shafaq.com/en/World/US-Russia-open-high-stakes-talks-in-Saudi-Arabia-to-end-Ukraine-war',
    outlet: 'Shafaq News',
    publishedAt: '2025-02-18',
    text: "Shafaq News/ On Tuesday, senior US and Russian officials began talks in Saudi Arabia on Tuesday, marking the first high-level diplomatic engagement between the two countries since Russia's invasion of Ukraine in 2022.\nUS Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov led their respective delegations at the Diriyah Palace in Riyadh, where Saudi Crown Prince Mohammed bin Salman facilitated the opening session aimed at exploring a potential ceasefire and broader US-Russia relations.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=2025-02-18..2025-02-18/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Potential ceasefire',
          'agenda=true@unnamed ~ Broader US-Russia relations',
        ],
      },
    ],
  },
  {
    id: 'ani-lavrov-arrives-riyadh',
    url: 'https://www.indiandefensenews.in/2025/02/russias-foreign-minister-sergey-lavrov.html',
    outlet: 'ANI',
    publishedAt: '2025-02-18',
    text: "On February 18, 2025, Russia's Foreign Minister Sergey Lavrov arrived in Riyadh for a meeting with representatives of the U.S. administration. The meeting aims to address the conflict in Ukraine and to restore U.S.-Russia relations.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=united-states',
          'agenda=true@unnamed ~ Address the conflict in Ukraine',
          'agenda=true@unnamed ~ Restore U.S.-Russia relations',
        ],
      },
    ],
  },
  {
    id: 'pravdaru-lavrov-riyadh-productive',
    url: 'https://english.pravda.ru/news/world/163063-russia-us-saudi-arabia-negotiations-lavrov/',
    outlet: 'Pravda.ru',
    text: 'On February 18, Riyadh hosted the first direct negotiations between Russian and American officials in over three years. Lavrov recalled that the Russian delegation was led by himself and presidential aide Yuri Ushakov, while the United States was represented by Secretary of State Marco Rubio, National Security Advisor Mike Waltz, and Special Presidential Envoy Steve Witkoff.\n“We had a very productive exchange,” Lavrov said.',
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
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
    ],
  },
  {
    id: 'onlineua-lavrov-memorandum-june-2',
    url: 'https://news.online.ua/en/russia-boasts-about-readiness-of-memorandum-on-truce-with-ukraine-893834/',
    outlet: 'Online.ua',
    text: 'The Russian delegation led by Medinsky is ready to present a memorandum to Ukraine on overcoming the Ukrainian crisis in Istanbul on June 2, said the odious Russian Foreign Minister Sergei Lavrov.\nOn May 28, Zelensky said that Defense Minister Rustem Umerov had contacted Medinsky after a major prisoner exchange that the parties agreed to during talks in Istanbul, but Ukraine never received the "memorandum" promised by Moscow.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@lavrov',
          'status=announced@lavrov',
          'agenda=true@lavrov ~ Russian memorandum on overcoming the Ukrainian crisis',
        ],
      },
      {
        kind: 'talk',
        id: 't0',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=held@zelensky',
          'outcome=agreement@zelensky ~ Major prisoner exchange',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t0',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'dotdotnews-geneva-yermak-rubio-press',
    url: 'https://english.dotdotnews.com/a/202511/24/AP6923c6b0e4b0c32d4f5fddea.html',
    outlet: 'DotDotNews',
    publishedAt: '2025-11-24',
    text: 'Delegations from the United States, Ukraine, and European countries convened in Geneva on Nov. 23 for discussions on a new U.S. proposal to end the Russia-Ukraine conflict, referred to as the "28-point" plan. The talks began with a meeting between Ukrainian representatives and national security advisers from the United Kingdom, France, and Germany, followed by a separate session with the U.S. delegation.\nFollowing the initial round of U.S.-Ukraine talks, U.S. Secretary of State Marco Rubio and Ukrainian Presidential Office Head Andrii Yermak held a joint press conference. Yermak described the discussions as "highly productive," noting significant progress and movement toward achieving a "just and lasting peace."\nSecretary Rubio echoed this sentiment, calling the talks the "most fruitful and meaningful to date."',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'party=united-kingdom',
          'party=france',
          'party=germany',
          'date=2025-11-23..2025-11-23/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ New U.S. proposal to end the conflict, the 28-point plan',
          'outcome=other@yermak ~ Significant progress toward a just and lasting peace',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=yermak',
          'mode=paraphrase',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@yermak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rubio',
          'mode=paraphrase',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@rubio',
        ],
      },
    ],
  },
  {
    id: 'breitbart-rubio-touches-down-geneva',
    url: 'https://www.breitbart.com/europe/2025/11/23/rubio-touches-down-in-geneva-for-ukraine-peace-plan-talks/',
    outlet: 'Breitbart',
    publishedAt: '2025-11-23',
    text: 'U.S. Secretary of State Marco Rubio touched down in Geneva on Sunday morning for discussions on a 28-point plan for peace to end the Ukraine war, after Washington signalled flexibility on the controversial proposal.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'agenda=true@unnamed ~ 28-point plan for peace to end the Ukraine war',
        ],
      },
    ],
  },
  {
    id: 'globalpulse-putin-witkoff-tuesday',
    url: 'https://wp.globalpulseonline.com/putin-and-trumps-envoy-set-for-key-ukraine-talks-in-moscow',
    outlet: 'Global Pulse',
    text: 'A critical diplomatic engagement is set to unfold in Moscow as Russian President Vladimir Putin prepares to meet US Special Envoy Steve Witkoff on Tuesday. This high-stakes meeting follows the White House’s expression of “very optimistic” sentiments regarding a potential agreement to conclude the Ukraine conflict.',
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
        ],
      },
    ],
  },
]
