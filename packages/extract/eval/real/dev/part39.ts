import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the second statement round (see ../dev.ts, README.md): a Kremlin spokesman
 * told by reporters and at a press conference, a NATO secretary general on a visit, a foreign
 * minister in an interview; from outlets in neither split, gold annotated from the text alone
 * before the extractor was run on them.
 */
export const part39: readonly RealPassage[] = [
  {
    id: 'europeanconservative-rutte-talks-not-easy-odessa',
    url: 'https://stopdebankiers.com/ukraine-seeks-security-contingent-as-nato-chief-admits-tough-talks-%e2%94%81-the-european-conservative',
    outlet: 'The European Conservative',
    text: 'NATO Secretary-General Mark Rutte on Tuesday told reporters that U.S.-led negotiations for a Ukraine ceasefire and lasting peace are “not easy,” and condemned Russia’s “terrible pattern” of targeting Ukrainian civilians.\n“These discussions are not easy, not least in the wake of this horrific violence. But we all support President Trump’s push for peace,” Rutte stated during a surprise visit to Odessa, where he met with President Volodymyr Zelensky.',
    gold: [
      {
        kind: 'statement',
        facts: ['speaker=rutte', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@rutte'],
      },
      {
        kind: 'statement',
        facts: ['speaker=rutte', 'mode=quote', 'channel=remarks', 'date=unresolved/day@rutte'],
      },
    ],
  },
  {
    id: 'newarab-peskov-too-early-conclusions',
    url: 'https://www.newarab.com/news/kremlin-says-too-early-conclusions-ukraine-talks',
    outlet: 'The New Arab',
    text: 'The Kremlin said Tuesday it was too soon to draw any conclusions from talks to resolve the conflict in Ukraine as fighting intensified around the capital Kyiv.\n\n"The work is complex, but the very fact that the work is continuing is in itself positive," Kremlin spokesman Dmitry Peskov told reporters.\n\n"We don\'t want to give any forecasts. Let\'s wait for tangible results," he said.',
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
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
    ],
  },
  {
    id: 'eueast-peskov-no-breakthrough-second-round',
    url: 'https://www.eu-east.com/world-news/kremlin-says-no-breakthrough-agreement-reached-during-2nd-round-of-talks-with-ukraine',
    outlet: 'EU East',
    text: 'Kremlin Spokesperson Dmitriy Peskov said the second round of peace talks held between Russia and Ukraine did not produce any  “breakthrough” although some agreements were reached during the talks.\n\nSpeaking at a press conference in Moscow on Tuesday, Peskov said "The settlement issue is extremely complex and involves a large number of nuances,” highlighting that  “it would be wrong to expect immediate solutions and breakthroughs” following the two-hour meeting between Russian and Ukrainian delegations in Istanbul, Turkey on Monday.\n\n"Once again, let me emphasize that we have repeatedly said the issue of settling the conflict is extremely complex and encompasses a multitude of intricate details," the Kremlin spokesperson said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@peskov',
          'status=held@peskov',
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
          'mode=quote',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@peskov',
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
    id: '112ua-sybiha-jeddah-ready-for-truce',
    url: 'https://112.ua/en/sibiga-ociniv-perspektivi-30-dennogo-pripinenna-vognu-57489',
    outlet: '112 Ukraine',
    text: "Ukraine's Foreign Minister Andriy Sybiha, in his interview for 'RBK-Ukraine', spoke about the possibility of a 30-day ceasefire.\nSybiha emphasized that Ukraine and the United States are ready for a truce. After important negotiations in Jeddah, the outcomes indicate several conclusions; Ukraine and the USA wish to achieve a just peace for Ukraine and end the war this year.\n'The Ukrainian side is ready, the American side is ready. Recently, there have been many diplomatic activities, which can be explained by our strategic goal - achieving a just comprehensive peace for Ukraine and ending the war this year. Therefore, we are intensifying all our diplomatic efforts at all levels. As for the negotiations in Jeddah, they were extremely important. With their results, we can draw several conclusions,' the minister reported.\nSybiha also stated that these negotiations indicate that Ukraine is not hindering the achievement of peace, but on the contrary, strives for it, while some other parties wish for war.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-jeddah',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'status=held@sybiha',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=sybiha',
          'mode=paraphrase',
          'channel=interview',
          'about=t1',
          'date=unresolved/day@sybiha',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=sybiha',
          'mode=quote',
          'channel=interview',
          'about=t1',
          'date=unresolved/day@sybiha',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=sybiha',
          'mode=paraphrase',
          'channel=interview',
          'about=t1',
          'date=unresolved/day@sybiha',
        ],
      },
    ],
  },
  {
    id: 'azvision-kremlin-normandy-ministers-sochi',
    url: 'https://en.azvision.az/news/2516/foreign-ministers-to-eet-for-talks.html',
    outlet: 'AzVision',
    publishedAt: '2014-08-16',
    text: 'The Kremlin press service has confirmed that the foreign ministers of Russia, Germany, France, and Ukraine are planning to meet for a round of talks, with the agenda to be defined at the meeting.\n\nAccording to the Kremlin, the heads of Russian and Ukrainian presidential administrations – Sergei Ivanov and Boris Lozhkin – met in Sochi on Friday.\n\n“A wide range of bilateral relations issues have been discussed during the talks,” the Kremlin’s statement reads.\n\n“The sides have also discussed holding a meeting in the Normandy format at the level of foreign ministers of Russia, Ukraine, Germany and France. The agenda and the range of issues will be discussed at the meeting,” the Kremlin said.\n\nRussia’s Foreign Ministry said earlier on Friday that Foreign Minister Sergei Lavrov could meet with his counterparts from Germany, France and Ukraine in Berlin on August 17 to discuss the Ukrainian crisis.\n\n«The talks in the Russia-Germany-France-Ukraine format are being prepared," Foreign Ministry spokesperson Maria Zakharova told RIA Novosti.\n\nUkrainian Foreign Ministry also said the meeting could be held in Berlin.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=de-berlin',
          'round=1',
          'party=russia',
          'party=germany',
          'party=france',
          'party=ukraine',
          'date=2014-08-17..2014-08-17/day@ru-mfa',
          'status=announced@kremlin',
          'agenda=true@ru-mfa ~ The Ukrainian crisis',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=ru-sochi',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2014-08-15..2014-08-15/day@kremlin',
          'status=held@kremlin',
          'agenda=true@kremlin ~ A wide range of bilateral relations issues',
          'agenda=true@kremlin ~ Holding a meeting in the Normandy format at the level of foreign ministers',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t2',
          'date=unresolved/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=quote',
          'channel=official-statement',
          'about=t2',
          'date=unresolved/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=quote',
          'channel=official-statement',
          'about=t2',
          'about=t1',
          'date=unresolved/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=2014-08-15..2014-08-15/day@ru-mfa',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zakharova',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zakharova',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@ua-mfa',
        ],
      },
    ],
  },
]
