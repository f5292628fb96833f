import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the fourth attack round (see ../dev.ts, README.md): launch tallies told as
 * "fired N drones accompanied by M missiles", "shot down 27 out of 30 drones", "launched 15
 * attacks with Shahed drones" and "N out of M … fired by Russia", a think tank's nightly
 * summary with both sides' counts, and tolls told by mayors; from outlets in neither split,
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part44: readonly RealPassage[] = [
  {
    id: 'londondaily-477-drones-60-missiles-drohobych-fire',
    url: 'https://londondaily.com/russia-launches-largest-air-assault-on-ukraine-since-invasion',
    outlet: 'London Daily',
    text: 'Early reports indicate that Russian forces fired a staggering 477 drones accompanied by 60 ballistic and cruise missiles targeting southern, western, and central Ukraine.\nThis broad-scale attack has been characterized by the Ukrainian Air Force as the heaviest wave of strikes to date.\nThe repercussions of this operation are being felt across various regions.\nIn the Lviv region, near the Polish border, a significant fire broke out at a factory in the city of Drohobych due to drone strikes, leading to power outages in parts of the city.\nAdditionally, in the Cherkasy region, a drone attack has resulted in one fatality and multiple injuries, including a child.\nThe Ukrainian military has reported destroying 211 drones and 37 missiles during the assault.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-lviv-oblast',
          'place=ua-drohobych',
          'place=ua-cherkasy-oblast',
          'weapon=drone',
          'weapon=missile',
          'launched=exact 477 scope=ua@unnamed',
          'launched=exact 60 scope=ua@unnamed',
          'effect=assessment @ua-air-force',
          'effect=other ua-drohobych@unnamed',
          'effect=power-outage ua-drohobych@unnamed',
          'killed=exact 1 scope=ua-cherkasy-oblast@unnamed',
          'intercepted=exact 211 scope=-@ua-armed-forces',
          'intercepted=exact 37 scope=-@ua-armed-forces',
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
          'speaker=ua-armed-forces',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ua-armed-forces',
        ],
      },
    ],
  },
  {
    id: 'bnn-27-of-30-drones-iskander-kryvyi-rih',
    url: 'https://bnn.network/breaking-news/war/ukraines-air-force-claims-destruction-of-27-drones-and-iskander-missile-launched-by-russia/',
    outlet: 'BNN Breaking',
    text: 'Ukraine’s Air Force said on Tuesday that it had shot down 27 out of 30 drones and one ballistic missile launched by Russia overnight, as the war between the two countries entered its 570th day. The Air Force said on Telegram that Russia had fired 30 attack drones and one Iskander-M missile from the occupied Crimea region towards the Ukrainian city of Kryvyi Rih, which is home to a large steel industry.\n“As a result of combat work, 27 Shaheds were destroyed by anti-aircraft defense along the tracking route in the Southern, Central and Western regions. Also, a reconnaissance drone of operational-tactical level was destroyed in the eastern direction,” the Air Force said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kryvyi-rih',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@ua-air-force',
          'intercepted=exact 27 scope=-@ua-air-force',
          'launched=exact 30 scope=-@ua-air-force',
          'intercepted=exact 1 scope=-@ua-air-force',
          'launched=exact 1 scope=-@ua-air-force',
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
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
    ],
  },
  {
    id: 'thehill-15-shahed-attacks-odesa-damaged',
    url: 'https://digital-staging.thehill.com/policy/defense/3770944-russia-using-more-iranian-made-drones-in-attacks-on-ukraine-infrastructure-think-tank',
    outlet: 'The Hill',
    text: 'Russia is deploying a “significantly higher number” of Iranian-made drones to attack critical infrastructure in Ukraine than it did in previous weeks, according to an updated analysis from the Institute for the Study of War (ISW).\nUkraine’s Air Force Command said on Saturday that Russian forces launched 15 attacks with the Iranian Shahed-136 and 131 drones, targeting infrastructure in Kherson, Mykolaiv and Odesa.\nAbout 10 of the drones were shot down, while the rest reached their targets. Facilities in Odesa were severely damaged.\nRussia had not launched a similar number of Iranian-made drones to attack Ukraine in three weeks, according to the ISW.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'place=ua-mykolaiv',
          'place=ua-odesa',
          'weapon=drone',
          'launched=exact 15 scope=-@ua-air-force',
          'intercepted=about 10 scope=-@unnamed',
          'effect=damage ua-odesa@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-institute-for-the-study-of-war',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-institute-for-the-study-of-war',
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
          'speaker=new-isw',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-isw',
        ],
      },
    ],
  },
  {
    id: 'isw-nine-shaheds-eight-downed-november-26',
    url: 'https://bcfausa.org/institute-for-the-study-of-war-russia-ukraine-mount-drone-strikes-against-each-other',
    outlet: 'Institute for the Study of War',
    publishedAt: '2023-11-26',
    text: 'Russian forces conducted a series of Shahed drone strikes on Ukraine on the night of November 25-26. Ukrainian military officials reported that Russian forces launched nine Shahed-136/131 from Primorsko-Akhtarsk direction and that Ukrainian air defenses shot down eight drones.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'date=2023-11-25..2023-11-26/night@unnamed',
          'launched=exact 9 scope=-@unnamed/ukraine',
          'intercepted=exact 8 scope=-@unnamed/ukraine',
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
    id: 'isw-24-drones-five-oblasts-tula-donetsk-outages',
    url: 'https://bcfausa.org/institute-for-the-study-of-war-russia-ukraine-mount-drone-strikes-against-each-other',
    outlet: 'Institute for the Study of War',
    publishedAt: '2023-11-26',
    text: 'The Ukrainian Main Military Intelligence Directorate (GUR) reportedly conducted a large-scale drone strike on Russian territory, and Russian occupation officials accused Ukrainian forces of launching a strike on occupied Donetsk Oblast that resulted in widespread power outages. The Russian Ministry of Defense (MoD) claimed that Russian air defenses shot down 24 Ukrainian drones over Moscow, Tula, Kaluga, Bryansk, and Smolensk oblasts on the night of November 25-26 and on the morning of November 26. Tula Oblast Governor Alexei Dyumin stated that one drone crashed into an apartment building in Tula City after Russian air defenses shot it down.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-moscow-oblast',
          'place=ru-tula-oblast',
          'place=ru-kaluga-oblast',
          'place=ru-bryansk-oblast',
          'place=ru-smolensk-oblast',
          'place=ru-tula',
          'weapon=drone',
          'date=2023-11-25..2023-11-26/night@ru-mod',
          'intercepted=exact 24 scope=ru@ru-mod',
          'effect=damage ru-tula@new-alexei-dyumin',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: [
          'attacker=ukraine',
          'place=ua-donetsk-oblast',
          'effect=power-outage ua-donetsk-oblast@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@unnamed/russia',
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
          'speaker=new-alexei-dyumin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexei-dyumin',
        ],
      },
    ],
  },
  {
    id: 'iha-kharkiv-8-injured-194-drones-67-missiles',
    url: 'https://iha.news/at-least-8-injured-after-russias-overnight-shelling-on-ukraine',
    outlet: 'IHA',
    text: 'Kharkiv Mayor Ihor Terekhov reported on Telegram that at least 8 were injured in a Russian shelling, which targeted multiple places, including a critical infrastructure facility, in Kharkiv, Ukraine.\nUkrainian air defenses shot down 36 rockets and 186 drones out of 194 attack drones and 67 missiles fired by Russia overnight, said the Air Force Command of Ukraine.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=artillery',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@ua-air-force',
          'injured=at-least 8 scope=ua-kharkiv@new-ihor-terekhov',
          'intercepted=exact 36 scope=-@ua-air-force',
          'intercepted=exact 186 scope=-@ua-air-force',
          'launched=exact 194 scope=-@ua-air-force',
          'launched=exact 67 scope=-@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
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
    ],
  },
  {
    id: 'uslive-five-missiles-74-shaheds-kyiv-debris',
    url: 'https://uslive.com/243475/russia-carries-out-third-heavy-missile-and-drone-attack-on-ukraine-in-4-days',
    outlet: 'US Live',
    text: 'KYIV, Ukraine – On Thursday, Russia conducted a significant aerial assault on Ukraine for the third time in four days, launching missiles and a large number of drones, most of which were intercepted by Ukraine’s air force. The air force statement reported that Russian forces fired five missiles and 74 Shahed drones at Ukrainian targets. Ukrainian air defenses managed to stop two missiles and 60 drones, while 14 others likely crashed before hitting their intended locations. Debris from destroyed drones fell in three districts of Kyiv, causing minor damage to civilian infrastructure but no injuries.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=missile',
          'weapon=drone',
          'date=unresolved/day@unnamed',
          'launched=exact 5 scope=ua@ua-air-force',
          'launched=exact 74 scope=ua@ua-air-force',
          'intercepted=exact 2 scope=-@unnamed',
          'intercepted=exact 60 scope=-@unnamed',
          'effect=damage ua-kyiv@unnamed',
          'injured=exact 0 scope=ua-kyiv@unnamed',
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
    ],
  },
]
