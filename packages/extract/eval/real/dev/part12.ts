import type { RealPassage } from '../types.ts'

/**
 * Passages 112–117 of the dev set, in its order (see ../dev.ts): the second round of passages
 * (part11–part13) from outlets in neither split, weighted to talks, aid money and attack counts;
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part12: readonly RealPassage[] = [
  {
    id: 'africanews-erdogan-second-round-momentous',
    url: 'https://www.africanews.com/amp/2025/06/03/ukraine-and-russia-agree-to-a-prisoner-swap-but-made-little-headway-beyond-that',
    outlet: 'Africanews',
    publishedAt: '2025-06-03',
    text: 'Turkish President Recep Tayyip Erdogan hailed Monday\'s second round of direct peace talks between Ukraine and Russia as "very, very momentous".\nHe confirmed that both sides had agreed to exchange over a thousand prisoners of war along with a "highly significant number" of bodies of soldiers killed in action.\nMonday\'s discussion lasted only slightly more than an hour and produced no major progress toward ending the 3-year-old war, officials said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=2',
          'party=ukraine',
          'party=russia',
          'date=2025-06-02..2025-06-02/day@erdogan',
          'status=held@erdogan',
          'outcome=agreement@erdogan ~ Exchange over a thousand prisoners of war along with bodies of soldiers killed in action',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=erdogan',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@erdogan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=erdogan',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@erdogan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'africanews-umerov-memo-week-to-review',
    url: 'https://www.africanews.com/amp/2025/06/03/ukraine-and-russia-agree-to-a-prisoner-swap-but-made-little-headway-beyond-that',
    outlet: 'Africanews',
    publishedAt: '2025-06-03',
    text: 'At the negotiating table, Russia presented a memo setting out the Kremlin’s terms for ending hostilities, the Ukrainian delegation said.\nDefence Minister Rustem Umerov, who led the Ukrainian delegation, told reporters Kyiv officials would need a week to review the document and decide on a response.\nUkraine proposed further talks on a date between June 20 and June 30, he said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'outcome=exchange-of-documents@unnamed/ukraine ~ Russia presented a memo setting out the Kremlin’s terms for ending hostilities',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/ukraine',
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
          'speaker=umerov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'akelicious-istanbul-wounded-under-25-swap',
    url: 'https://www.akelicious.net/ukraine-russia-agree-prisoner-swap-ceasefire-talks-stall',
    outlet: 'Akelicious',
    text: 'Ukraine and Russia have reached a new agreement to conduct a large-scale prisoner exchange, swapping hundreds of severely wounded soldiers and all captured fighters under the age of 25.\n\nHowever, talks held in Istanbul on Monday failed to yield any progress on a broader ceasefire.\n\nAt the second round of direct negotiations since early in the war, Ukrainian officials said Russia dismissed calls for an unconditional ceasefire.\n\nInstead, Moscow proposed a limited truce lasting two to three days in certain frontline areas to allow for the retrieval of fallen soldiers.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Large-scale prisoner exchange, swapping severely wounded soldiers and all captured fighters under the age of 25',
          'agenda=true@unnamed ~ Broader ceasefire',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'okaz-111-drones-19-moscow-region-vnukovo',
    url: 'https://www.okaz.com.sa/politics/na/2228634',
    outlet: 'Okaz',
    publishedAt: '2025-12-28',
    text: 'The Russian authorities announced today (Sunday) the imposition of temporary restrictions on air traffic at several airports in the capital, Moscow, following a large-scale attack launched by the Ukrainian army using drones, targeting several areas within Russian territory, marking a new escalation in the ongoing crisis between Moscow and Kyiv.\n\nThe Russian Ministry of Defense clarified in a statement that "air defense systems managed to destroy 111 Ukrainian drones over several Russian regions in the past three hours, including 19 drones that were shot down over the Moscow region."\n\nFor its part, the Russian Federal Air Transport Agency (Rosaviatsiya) stated in a statement that Vnukovo International Airport in Moscow has imposed temporary restrictions on the arrival and departure of flights, noting that these measures are in place to ensure the safety of air navigation.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-moscow',
          'place=new-moscow-region',
          'weapon=drone',
          'date=2025-12-28..2025-12-28/day@unnamed/russia',
          'effect=airport-closure ru-moscow@unnamed/russia',
          'intercepted=exact 111 scope=ru@ru-mod',
          'intercepted=exact 19 scope=new-moscow-region@ru-mod',
          'effect=airport-closure ru-moscow@rosaviatsiya',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-12-28..2025-12-28/day@unnamed/russia',
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
      {
        kind: 'statement',
        facts: [
          'speaker=rosaviatsiya',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@rosaviatsiya',
        ],
      },
    ],
  },
  {
    id: 'readselective-medinsky-1000-each-umerov',
    url: 'https://www.readselective.com/russia-ukraine-agree-on-1000-prisoner-swap-but-no-ceasefire-kyiv-says-moscow-made-unacceptable-demands/?noamp=mobile',
    outlet: 'Read Selective',
    text: 'Russia and Ukraine have agreed to swap 1,000 prisoners of war (PoWs) each, according to the head of Moscow’s peace talks delegation, but there is no agreement on the ceasefire between two countries. In the first direct peace talks since February 2022 when Moscow led an invasion of Kyiv, Ukraine also accused Russia of introducing new “unacceptable demands”.\nWhile there was no ceasefire agreement, exchange of 1,000 prisoners of war is the biggest swap between the two countries.\nBoth sides also discussed a ceasefire and a meeting between their heads of state, according to chief Ukrainian delegate Rustem Umerov.\nRussian presidential aide Vladimir Medinsky, who headed Moscow’s delegation, said both sides agreed to provide each other with detailed ceasefire proposals and a meeting by their heads of state..',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=held@unnamed',
          'outcome=agreement@medinsky ~ Swap 1,000 prisoners of war each',
          'agenda=true@umerov ~ Ceasefire',
          'agenda=true@umerov ~ Meeting between their heads of state',
          'outcome=agreement@medinsky ~ Provide each other with detailed ceasefire proposals',
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
          'speaker=ukraine',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@ukraine',
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
    id: 'stvincenttimes-93-missiles-81-downed-kinzhal',
    url: 'https://stvincenttimes.com/?p=231395',
    outlet: 'St Vincent Times',
    text: 'Russia launched its latest massive aerial attack against Ukraine on Friday morning, using cruise missiles to target energy infrastructure across the country, particularly in the western border regions. Dozens of drones were also used in the attack.\nPresident Volodymyr Zelenskyy claimed on Friday morning that Russia had used 93 missiles and over 200 drones in the attack. He said Ukrainian forces had managed to shoot down 81 of the missiles, including 11 which had been successfully targeted by F-16 planes. Ukraine’s air force said the Russian attack included hypersonic Kinzhal missiles launched from the air.\nEnergy minister Herman Halushchenko said energy workers were doing everything possible to “minimise negative consequences for the energy system”.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=missile',
          'weapon=drone',
          'date=unresolved/part-of-day@unnamed',
          'launched=exact 93 scope=-@zelensky',
          'launched=over 200 scope=-@zelensky',
          'intercepted=exact 81 scope=-@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/part-of-day@zelensky',
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
          'speaker=new-herman-halushchenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-herman-halushchenko',
        ],
      },
    ],
  },
]
