import type { RealPassage } from '../types.ts'

/**
 * Passages 103–111 of the dev set, in its order (see ../dev.ts): the second round of passages
 * (part11–part13) from outlets in neither split, weighted to talks, aid money and attack counts;
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part11: readonly RealPassage[] = [
  {
    id: 'dailypost-147-drones-83-downed',
    url: 'https://dailypost.ng/2025/02/17/russia-launches-147-drones-attack-on-ukraine-overnight',
    outlet: 'Daily Post Nigeria',
    publishedAt: '2025-02-17',
    text: 'Ukrainian military and officials on Monday said Russian drone attacks on Ukraine overnight damaged storage facilities and private residences.\nIt was gathered that out of 147, Ukraine’s air force shot down 83 drones and 59 more did not reach their targets likely due to electronic countermeasures.\nAccording to regional Governor Mykola Kalashnyk, the drone attack on Kyiv region was said to have caused fire at an industrial facility, which has since been put out, and damaged four private residences, adding that one man was injured in the attack.\nIn Kharkiv region, Governor Oleh Syniehubov said on Telegram that the drones damaged three storage facilities of an enterprise, an administrative building and windows in 14 residential homes.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv-oblast',
          'place=ua-kharkiv-oblast',
          'weapon=drone',
          'date=2025-02-16..2025-02-17/night@unnamed/ukraine',
          'effect=damage @unnamed/ukraine',
          'launched=exact 147 scope=-@unnamed',
          'intercepted=exact 83 scope=-@unnamed',
          'effect=other ua-kyiv-oblast@new-mykola-kalashnyk',
          'effect=damage ua-kyiv-oblast@new-mykola-kalashnyk',
          'injured=exact 1 scope=ua-kyiv-oblast@new-mykola-kalashnyk',
          'effect=damage ua-kharkiv-oblast@new-oleh-syniehubov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-02-17..2025-02-17/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mykola-kalashnyk',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mykola-kalashnyk',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-syniehubov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-syniehubov',
        ],
      },
    ],
  },
  {
    id: 'promoteukraine-almost-60-shaheds-36-kyiv',
    url: 'https://www.promoteukraine.org/most-massive-attack-on-capital-during-entire-war-launched-today/',
    outlet: 'Promote Ukraine',
    text: 'At night, the Russian occupiers launched almost 60 Shahed drones at Ukraine. Thirty-six of them were targeting Kyiv. Air defence forces destroyed all Iranian-made drones in the airspace of Kyiv at night.\n\nUnfortunately, there was destruction and casualties in the city. Five people were injured in two districts of the city. Two victims were hospitalised.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=drone',
          'date=unresolved/night@unnamed',
          'launched=under 60 scope=ua@unnamed',
          'launched=exact 36 scope=ua-kyiv@unnamed',
          'intercepted=exact 36 scope=ua-kyiv@unnamed',
          'injured=exact 5 scope=ua-kyiv@unnamed',
          'effect=damage ua-kyiv@unnamed',
        ],
      },
    ],
  },
  {
    id: 'promoteukraine-16-missile-attacks-odesa-warehouse',
    url: 'https://www.promoteukraine.org/most-massive-attack-on-capital-during-entire-war-launched-today/',
    outlet: 'Promote Ukraine',
    text: 'The occupiers also launched 16 missile attacks, particularly in the cities of Kharkiv, Kherson, Mykolaiv, and Odesa regions.\n\nThe Russians fired Burya missiles and Kh-22 cruise missiles. Some of them did not reach their targets. A food warehouse and a recreation area in the Odesa region were struck. A security guard was killed, and three people were injured.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=ua-kherson-oblast',
          'place=ua-mykolaiv-oblast',
          'place=ua-odesa-oblast',
          'weapon=missile',
          'launched=exact 16 scope=-@unnamed',
          'effect=damage ua-odesa-oblast@unnamed',
          'killed=exact 1 scope=ua-odesa-oblast@unnamed',
          'injured=exact 3 scope=ua-odesa-oblast@unnamed',
        ],
      },
    ],
  },
  {
    id: 'archynewsy-popko-kyiv-region-three-killed',
    url: 'https://www.archynewsy.com/the-russians-attacked-kiev-with-drones-at-night-the-ukrainians-managed-to-shoot-them-all-down/',
    outlet: 'Archynewsy',
    text: 'Russian military forces attacked Ukraine on Wednesday night, targeting the Kyiv region. However, the city authorities announce that all kamikaze drones have been shot down.\n\n“Tonight, a terrorist country again launched its deadly drones in the direction of the capital. According to preliminary data, it was Shahed ammunition.\n\nAll targets detected in the airspace around Kyiv were destroyed by our air defense forces,” Sehij Popko, head of Kyiv’s military city administration, told Telegram.\n\nAccording to the latest data, three people were killed and 7 others were injured during the attack in the Kyiv region.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv-oblast',
          'place=ua-kyiv',
          'weapon=drone',
          'date=unresolved/night@unnamed',
          'killed=exact 3 scope=ua-kyiv-oblast@unnamed',
          'injured=exact 7 scope=ua-kyiv-oblast@unnamed',
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
          'speaker=new-sehij-popko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-sehij-popko',
        ],
      },
    ],
  },
  {
    id: 'move2turkey-dolmabahce-talks-begin',
    url: 'https://move2turkey.com/talks-between-the-russian-and-ukrainian-delegations-begin-in-istanbul/',
    outlet: 'Move2Turkey',
    text: 'On Tuesday morning, the Russian and Ukrainian delegations began their talks at the Presidential Dolmabahce Palace in Istanbul, immediately after a speech by Turkish President Recep Tayyip Erdogan.\n\nThe Ukrainian delegation first arrived this morning at Dolmabahce Palace, then was followed by the Russian delegation to start the new round of negotiations to end the Ukrainian crisis.\n\nIt was learned from diplomatic sources that talks between the Russian and Ukrainian delegations will continue today, Tuesday, and tomorrow, Wednesday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/part-of-day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ End the Ukrainian crisis',
        ],
      },
    ],
  },
  {
    id: 'swedenherald-istanbul-talks-postponed-afternoon',
    url: 'https://swedenherald.com/article/russian-delegation-arrives-in-istanbul-for-talks-without-putin',
    outlet: 'Sweden Herald',
    text: "The meeting in Istanbul was supposed to have started at 9 am, according to Russian information, which was quickly denied by Ukraine. Then, the Russian Foreign Ministry stated that the talks, at Turkey's request, had been postponed until the afternoon.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=postponed@ru-mfa',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@ru-mfa',
        ],
      },
    ],
  },
  {
    id: 'regjeringen-norway-nok-humanitarian-civilian',
    url: 'https://www.regjeringen.no/en/aktuelt/norway-to-provide-nok-4.5-billion-eur-378-million-to-ukraine/id2975238/',
    outlet: 'Government of Norway',
    text: 'Norway has allocated NOK 2.8 billion (EUR 235 million) in support for life-saving humanitarian aid for the people of Ukraine. Now Norway is setting aside an additional NOK 1.7 billion (EUR 143 million) in civilian support for the Ukrainian government administration. The funds will be used to repair and maintain civilian infrastructure to provide Ukrainians with access to electricity and water, among other things.\n\nThe funds are being allocated under the Nansen Support Programme for Ukraine. Earlier this year, NOK 2 billion (EUR 168 million) was set aside to maintain critical services of this type.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 2800000000 NOK total (235000000 EUR)@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 1700000000 NOK total (143000000 EUR)@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 2000000000 NOK total (168000000 EUR)@unnamed',
          'date=unresolved/year@unnamed',
        ],
      },
    ],
  },
  {
    id: 'defensepost-denmark-5-6bn-dkk-air-defense',
    url: 'https://thedefensepost.com/2024/05/17/denmark-military-aid-ukraine/amp',
    outlet: 'The Defense Post',
    publishedAt: '2024-05-17',
    text: 'Denmark has allocated a budget for additional military assistance to Ukraine.\nThe donation is valued at 5.6 billion Danish kroner ($813.5 million), of which approximately 2.4 billion kroner ($348.5 million) will be spent on air defense.\nThe government wrote that part of the overall package will also be utilized for artillery maintenance, additional military equipment, shells, and anti-tank mines of the Ukrainian Armed Forces.\nMoreover, the latest contribution will fund the country’s F-16 Fighting Falcon combat jet transfer to Kyiv which is expected to begin by 2025.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'money=exact 5600000000 DKK total (813500000 USD)@unnamed',
          'item=@unnamed ~ Air defense',
          'item=@unnamed/denmark ~ Artillery maintenance',
          'item=@unnamed/denmark ~ Additional military equipment',
          'item=@unnamed/denmark ~ Shells',
          'item=@unnamed/denmark ~ Anti-tank mines',
          'item=@unnamed ~ F-16 Fighting Falcon combat jets',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/denmark',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/denmark',
        ],
      },
    ],
  },
  {
    id: 'thegaze-denmark-18th-package-includes',
    url: 'https://thegaze.media/news/denmark-provides-18th-military-aid-package-to-ukraine-worth-750-million-including-air-defence-and-artillery',
    outlet: 'The Gaze',
    text: 'Today, the Danish government announced a new military aid package for Ukraine worth DKK 5.6 billion (EUR 750 million). Almost half of these funds will be used to strengthen air defence.\nThis was reported by the Ministry of Defence of Denmark.\nThe new package also includes additional funding for the future transfer of F-16 aircraft to Ukraine, maintenance of artillery systems and funds for the transfer of additional artillery systems, shells and anti-tank mines.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'money=exact 5600000000 DKK total (750000000 EUR)@new-ministry-of-defence-of-denmark',
          'date=unresolved/day@new-ministry-of-defence-of-denmark',
          'item=@new-ministry-of-defence-of-denmark ~ Air defence',
          'item=@unnamed ~ F-16 aircraft',
          'item=@unnamed ~ Maintenance of artillery systems',
          'item=@unnamed ~ Additional artillery systems',
          'item=@unnamed ~ Shells',
          'item=@unnamed ~ Anti-tank mines',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ministry-of-defence-of-denmark',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-ministry-of-defence-of-denmark',
        ],
      },
    ],
  },
]
