import type { RealPassage } from '../types.ts'

/**
 * Passages 118–124 of the dev set, in its order (see ../dev.ts): the second round of passages
 * (part11–part13) from outlets in neither split, weighted to talks, aid money and attack counts;
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part13: readonly RealPassage[] = [
  {
    id: 'dogruhaber-127-missiles-109-drones-dam',
    url: 'https://dogruhaber.com.tr/amp/haber/1059596-russia-launches-largest-attack-on-ukraine-since-2022',
    outlet: 'Doğru Haber',
    text: "The massive assault resulted in the deaths of seven people and left 47 others injured, according to the State Emergency Service.\nThe coordinated Russian offensive targeted 15 oblasts across Ukraine, as confirmed by Prime Minister Denys Shmyhal. A total of 127 missiles and 109 drones were launched by Russian forces, with Ukraine's air defense successfully downing 102 missiles and 99 drones, the Air Force stated. Despite these efforts, several civilian, energy, and fuel facilities were hit, including a dam that is part of the Kyiv Hydroelectric Power Plant.\nUkrainian forces managed to intercept a range of sophisticated Russian weaponry, including one Kinzhal ballistic missile, one Iskander-M/KN-23 ballistic missile, and one Kh-22 cruise missile. In addition, they intercepted 99 Kh-101, Kalibr, and Kh-59/69 cruise missiles, as well as 99 Shahed-type drones.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=missile',
          'weapon=drone',
          'killed=exact 7 scope=-@new-state-emergency-service',
          'injured=exact 47 scope=-@new-state-emergency-service',
          'launched=exact 127 scope=-@ua-air-force',
          'launched=exact 109 scope=-@ua-air-force',
          'intercepted=exact 102 scope=-@ua-air-force',
          'intercepted=exact 99 scope=-@ua-air-force',
          'effect=damage @unnamed',
          'intercepted=exact 99 scope=-@unnamed',
          'intercepted=exact 99 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-state-emergency-service',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-state-emergency-service',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=shmyhal',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@shmyhal',
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
    id: 'mezha-volyn-two-drones-one-dead',
    url: 'https://mezha.net/eng/bukvy/1-person-dead-two-injured-after-two-enemy-drones-downed-in-volyn/',
    outlet: 'Mezha',
    text: 'Ukraine air defense system took down two Russian military drones in Volyn region, said local governor Yuriy Pogulyako, adding that the incident left one person dead and two more wounded after the remains of the downed drone and a rocket fell in a residential area. The injured people were swiftly taken to hospital.\n\nAccording to Ukraine’s ‘North’ Air Command the drones were located once they flew in the Ukrainian airspace.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-volyn-oblast',
          'weapon=drone',
          'intercepted=exact 2 scope=ua-volyn-oblast@new-yuriy-pogulyako',
          'killed=exact 1 scope=ua-volyn-oblast@new-yuriy-pogulyako',
          'injured=exact 2 scope=ua-volyn-oblast@new-yuriy-pogulyako',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuriy-pogulyako',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-yuriy-pogulyako',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-north-air-command',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-north-air-command',
        ],
      },
    ],
  },
  {
    id: 'urgentnews-pentagon-400m-includes-himars',
    url: 'https://urgentnews.club/pentagon-announced-a-new-military-aid-package-for-ukraine/',
    outlet: 'Urgent News',
    text: 'The U.S. Defense Department has announced a new defense assistance package for Ukraine to meet Kiev’s critical security needs.\n\nThe $400 million package includes additional ammunition for high-mobility artillery rocket systems (HIMARS), 155-mm, 105-mm and 25-mm caliber artillery rounds, tank bridge breakers, demolition and obstacle course equipment, vehicle maintenance and repair inspection and diagnostic equipment, spare parts and other field equipment.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 400000000 USD total@unnamed',
          'item=@unnamed ~ Ammunition for high-mobility artillery rocket systems (HIMARS)',
          'item=@unnamed ~ 155-mm, 105-mm and 25-mm caliber artillery rounds',
          'item=@unnamed ~ Tank bridge breakers',
          'item=@unnamed ~ Demolition and obstacle course equipment',
          'item=@unnamed ~ Vehicle maintenance and repair inspection and diagnostic equipment',
          'item=@unnamed ~ Spare parts',
          'item=@unnamed ~ Other field equipment',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'dailyripple-400m-four-himars-breasseale',
    url: 'https://thedailyripple.org/index.php/component/content/article/122-us-politics/955637-biden-administration-sends-$400-million-in-security-aid-to-ukraine',
    outlet: 'The Daily Ripple',
    publishedAt: '2022-07-08',
    text: 'The Biden administration on Friday unveiled a $400 million security assistance package to Ukraine, which would include four additional High Mobility Rocket Systems (HIMARS) and additional ammunition.\n\nIn a statement, acting Pentagon press secretary Todd Breasseale said the authorization is the 15th drawdown of equipment under presidential drawdown authority — which allows the agency to send weapons from its own stockpile.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 400000000 USD total@unnamed',
          'date=2022-07-08..2022-07-08/day@unnamed',
          'item=exact 4 scope=-@unnamed ~ High Mobility Rocket Systems (HIMARS)',
          'item=@unnamed ~ Additional ammunition',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-todd-breasseale',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-todd-breasseale',
        ],
      },
    ],
  },
  {
    id: 'telesur-belarus-talks-humanitarian-corridors',
    url: 'https://www.telesurenglish.net/news/Russian-Ukrainian-Delegations-Met-for-Negotiations-20220303-0011.html',
    outlet: 'teleSUR',
    publishedAt: '2022-03-03',
    text: 'On Thursday, the Ukrainian delegation arrived in Belarus to hold a meeting in Belovezhskaya Pushcha, scheduled for 15:00 Moscow time.\n\nUkrainian representatives arrived in helicopters to the Gomel region. According to what had been planned, the head of the Russian delegation, Vladimir Medinsky, said earlier on Thursday that the sessions would be held in the Brest Region of Belarus.\n\nAccording to the reports, the summit had the main objective of reaching an agreement on a ceasefire or ending the Russian special operation, which has failed. On the other hand, both countries held progressives talks on humanitarian issues. The parties agree on a format for humanitarian corridors for the exit of Ukrainian civilians from cities.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=2022-03-03..2022-03-03/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Agreement on a ceasefire',
          'agenda=true@unnamed ~ Humanitarian issues',
          'outcome=agreement@unnamed ~ Format for humanitarian corridors for the exit of Ukrainian civilians from cities',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2022-03-03..2022-03-03/day@medinsky',
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
    ],
  },
  {
    id: 'waradana-kharkiv-two-airstrikes-12-injuries',
    url: 'https://waradana.com/english/article/145353-death-in-russian-attack-on-kharkiv-city',
    outlet: 'Waradana',
    text: 'Officials announced that "Russia carried out two airstrikes on a residential area in Kharkiv, northeastern Ukraine, today, Wednesday, resulting in at least one death and 12 injuries." Kharkiv Mayor Ihor Terekhov stated via Telegram: "A five-story building where people live was severely damaged," describing the attack as "another bloody terrorist act against Ukrainians." He added that "the emergency surgery facility was also damaged." Meanwhile, the regional governor Oleksiy Sinyehubov said that "among the injured are four children."',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=aircraft',
          'date=unresolved/day@unnamed/ukraine',
          'killed=at-least 1 scope=ua-kharkiv@unnamed/ukraine',
          'injured=exact 12 scope=ua-kharkiv@unnamed/ukraine',
          'effect=damage ua-kharkiv@new-ihor-terekhov',
          'effect=assessment ua-kharkiv@new-ihor-terekhov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksiy-sinyehubov',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksiy-sinyehubov',
        ],
      },
    ],
  },
  {
    id: 'fin2me-400m-patriot-nasams-stryker',
    url: 'https://fin2me.com/politics/us-announces-additional-military-package-to-strengthen-ukraines-air-defenses/',
    outlet: 'Fin2me',
    text: 'The United States has announced a new security assistance package to help Ukraine protect its people from Russian attacks.\n\nThe latest round of U.S. military aid focuses on important capabilities to strengthen Ukraine’s air defenses, including additional munitions for Patriot air defense systems and NASAMS.\n\nThe package also has more artillery rounds, anti-aircraft systems, several dozen armored personnel carriers, and over 28 million rounds of small-arms ammunition, all of which will arrive in Ukraine soon.\n\nAuthorized by U.S. State Secretary Antony Blinken, this package contains $400 million worth of arms and equipment from Department of Defense stocks.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 400000000 USD total@unnamed',
          'item=@unnamed ~ Munitions for Patriot air defense systems and NASAMS',
          'item=@unnamed ~ Artillery rounds',
          'item=@unnamed ~ Anti-aircraft systems',
          'item=@unnamed ~ Armored personnel carriers',
          'item=over 28000000 scope=-@unnamed ~ Rounds of small-arms ammunition',
        ],
      },
    ],
  },
]
