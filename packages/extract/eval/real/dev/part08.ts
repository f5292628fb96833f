import type { RealPassage } from '../types.ts'

/** Passages 71–83 of the dev set, in its order (see ../dev.ts). */
export const part08: readonly RealPassage[] = [
  {
    id: 'chaspravdy-canada-10m-prepayment',
    url: 'https://chaspravdy.com/en/news/world/2025/10/31/canada-accelerates-financial-aid-to-ukraine-for-energy-infrastructure-recovery-ahead-of-winter',
    outlet: 'Chas Pravdy',
    publishedAt: '2025-10-31',
    text: 'Amid escalating tensions and widespread attacks on Ukraine’s energy infrastructure facilities, Canada has decided to expedite a $10 million prepayment from its already committed aid package of $70 million, as part of its support to the country during this critical period.\nCanadian Foreign Minister Anita Anand announced that the government advanced this amount to swiftly assist in restoring vital energy facilities damaged by Russian strikes.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 10000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 70000000 USD total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-anita-anand',
          'mode=paraphrase',
          'channel=remarks',
          'about=d1',
          'date=unresolved/day@new-anita-anand',
        ],
      },
    ],
  },
  {
    id: 'upstart-sumy-34-civilians',
    url: 'https://www.upstart.net.au/russia-missile-strike-kills-34-ukrainian-civilians/',
    outlet: 'Upstart',
    text: 'According to officials at least 34 civilians have been killed and more than 100 injured in a recent Russian missile attack in the city of Sumy, Ukraine.\nThe attack occurred on Palm Sunday, many civilians were heading to church to celebrate the first day of the Christian Holy Week.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-sumy',
          'weapon=missile',
          'date=unresolved/day@unnamed',
          'killed=at-least 34 scope=ua-sumy@unnamed/ukraine',
          'injured=over 100 scope=ua-sumy@unnamed/ukraine',
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
  {
    id: 'neg-shakhtar-breidablik-attacking-play',
    url: 'https://www.todaysurewinpredictions.com/a-week-to-remember-dynamo-and-shakhtar-bring-european-joy-back-to-ukraine',
    outlet: 'Today Sure Win Predictions',
    text: 'The standout performer was Artem Bondarenko, who not only scored a stunning goal but also orchestrated much of Shakhtar’s attacking play. Yegor Nazaryna impressed in midfield as well, his precise long passes repeatedly carving open Breidablik’s defense.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-dynamo-kyiv-olimpik-strike',
    url: 'https://smtp.fcdynamo.com/en/match/6339',
    outlet: 'FC Dynamo Kyiv',
    publishedAt: '2019-08-24',
    text: 'The start of the second half was shocking for Dynamo. Olimpik first shot turned into goal. Teixeira found Politylo inside the box and Serhiy hit the far bottom corner.\nTen minutes later Tsyhankov equalized with a fabulous strike from distance.',
    gold: [],
    negative: true,
  },
  {
    id: 'playcrazygame-gomel-first-negotiation',
    url: 'https://playcrazygame.com/2022/02/28/ukrainians-and-russians-meet-in-belarus-to-try-to-negotiate-news/',
    outlet: 'Play Crazy Game',
    publishedAt: '2022-02-28',
    text: 'The delegations from Ukraine and Russia are currently in Belarus for a first negotiation between the two countries, according to the advice of Ukrainian President Volodmyr Zelensky. The conversation should focus on reaching an immediate ceasefire and the withdrawal of Russian forces, the Ukrainian presidency said in a statement.\nThe meeting takes place in the city of Gomel, in Belarus, close to the border with Ukraine.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-gomel',
          'round=1',
          'party=ukraine',
          'party=russia',
          'status=held@unnamed',
          'agenda=true@ua-presidential-office ~ Immediate ceasefire',
          'agenda=true@ua-presidential-office ~ Withdrawal of Russian forces',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-presidential-office',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@ua-presidential-office',
        ],
      },
    ],
  },
  {
    id: 'mindofthegeek-initial-talks-belarus-end',
    url: 'https://mindofthegeek.com/initial-talks-end-between-delegations-from-russia-and-ukraine/',
    outlet: 'Mind of the Geek',
    publishedAt: '2022-02-28',
    text: 'Delegations from Russia and Ukraine held initial talks in southeastern Belarus on Monday amid limited hopes for a breakthrough that could end fighting that started when Russian forces invaded Ukraine last week.\nThe talks ended after several hours and their outcome could not immediately be determined. Delegates returned to their respective capitals for consultations.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2022-02-28..2022-02-28/day@unnamed',
          'status=concluded@unnamed',
        ],
      },
    ],
  },
  {
    id: 'efe-fomin-reduce-activity-istanbul',
    url: 'https://www.efe.com/efe/english/portada/russia-to-scale-back-kyiv-chernihiv-activity-as-peace-talks-progress/50000260-4772042?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss',
    outlet: 'EFE',
    text: 'Russia will significantly reduce its military activity around Kyiv and Chernihiv, Russian deputy defense minister Alexander Fomin said Tuesday.\nThe move was announced in light of a new round of in-person peace talks being held in Istanbul, more than a month after Russia launched a full-scale invasion of Ukraine.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'status=held@unnamed',
          'outcome=other@new-alexander-fomin ~ Russia to significantly reduce military activity around Kyiv and Chernihiv',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-fomin',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@new-alexander-fomin',
        ],
      },
    ],
  },
  {
    id: 'ukranews-mod-vinnytsia-house-of-officers',
    url: 'https://ukranews.com/en/news/869195-russian-defense-ministry-recognizes-deliberate-strike-on-civilian-objects-in-vinnytsia',
    outlet: 'Ukrainian News',
    text: 'After a missile attack on Vinnytsia, the Russian Federation reported on a deliberate strike on civilian objects of the city. Such a message was published by the Ministry of Defense of the Russian Federation, according to the Russian propaganda news agency RIA Novosti.\nThus, the report claims that the strike was inflicted on a House of Officers in Vinnytsia, since a meeting was allegedly held there with the participation of the Ukrainian Air Force and representatives of foreign arms suppliers.\n"Yesterday, high-precision Kalibr missiles attacked the garrison house of officers in Vinnytsia - at that moment a meeting of the command of the Ukrainian Air Force with representatives of foreign arms suppliers was held," the statement said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-vinnytsia',
          'weapon=missile',
          'date=unresolved/day@ru-mod',
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
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
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
    ],
  },
  {
    id: 'chiangraitimes-dnipro-toll-40',
    url: 'https://www.chiangraitimes.com/ukraine-war/ukraine-strike-kills-40-russia-prepares-for-a-long-war/',
    outlet: 'Chiang Rai Times',
    publishedAt: '2023-01-17',
    text: '(CTN NEWS) – DNIPRO, Ukraine – On Monday, the Ukrainian emergency crews sifted through rubble from the Dnipro apartment building destroyed by a Russian missile, placing bodies in black bags and carrying them gingerly across steep piles of rubble.\nThe death toll from Saturday’s strike has risen to 40, and 30 people are still missing.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'effect=damage ua-dnipro@unnamed',
          'date=2023-01-14..2023-01-14/day@unnamed',
          'killed=exact 40 scope=ua-dnipro@unnamed',
        ],
      },
    ],
  },
  {
    id: 'kasmaal-dnipro-toll-23',
    url: 'https://www.kasmaal.com/?p=52984',
    outlet: 'Kasmaal',
    text: 'The death toll from a Russian missile strike on a residential building in Dnipro on Saturday, Jan. 14, has risen to 23, with dozens more wounded and unaccounted for.\nThe dead includes a 15-year-old girl. Seven children, one just three-years-old, are among the wounded.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'date=unresolved/day@unnamed',
          'killed=exact 23 scope=ua-dnipro@unnamed',
        ],
      },
    ],
  },
  {
    id: 'intellinews-dnipro-at-least-30',
    url: 'https://intellinews.com/dnipro-death-toll-rises-to-30-following-russia-s-deadliest-strike-on-ukraine-this-year-266950/?source=russia',
    outlet: 'bne IntelliNews',
    publishedAt: '2023-01-16',
    text: 'At least 30 people were killed in the Ukrainian city of Dnipro following a Russian missile strike on an apartment block on January 14. The attack is one of the deadliest Ukraine has suffered since the start of the full-scale invasion and once again reminds the world how a protracted war costs the lives of civilians as well as soldiers.',
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
          'killed=at-least 30 scope=ua-dnipro@unnamed',
          'effect=assessment ua-dnipro@unnamed',
        ],
      },
    ],
  },
  {
    id: 'indianewsweek-kyiv-60-of-93-drones',
    url: 'https://indianewsweek.com/international/russian-drone-attack-in-kyiv-leaves-one-dead-four-injured',
    outlet: 'India News Week',
    text: 'A tragic incident occurred in Kyiv, Ukraine as Russian drones targeted the city, resulting in one fatality and four injuries. The Ukrainian Air Force successfully intercepted and destroyed 60 out of 93 drones launched by Russia since the early hours of Friday.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=drone',
          'killed=exact 1 scope=ua-kyiv@unnamed',
          'injured=exact 4 scope=ua-kyiv@unnamed',
          'launched=exact 93 scope=-@unnamed',
          'intercepted=exact 60 scope=-@unnamed',
          'date=unresolved/part-of-day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'myc-scholz-leopard-14-a6',
    url: 'https://myc.news/en/politika/v_ukraine_srochno_sformiruyut_dva_batalona_tankov__2',
    outlet: 'MYC News',
    publishedAt: '2023-01-25',
    text: 'The German authorities have allowed the supply of Leopard 2 main battle tanks for the needs of the Ukrainian army. This decision was announced by German Chancellor Olaf Scholz, according to the website of the German government on Wednesday, January 25.\nIt is reported that it is planned to quickly raise two tank battalions with Leopard 2 tanks for Ukraine. As a first step, Germany will provide a company of 14 Leopard 2 A6 tanks from the Bundeswehr stocks.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'item=@scholz ~ Leopard 2 main battle tanks',
          'item=exact 14 scope=-@unnamed ~ Leopard 2 A6 tanks',
          'date=2023-01-25..2023-01-25/day@scholz',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=scholz',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2023-01-25..2023-01-25/day@scholz',
        ],
      },
    ],
  },
]
