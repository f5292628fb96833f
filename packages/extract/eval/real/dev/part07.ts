import type { RealPassage } from '../types.ts'

/** Passages 60–70 of the dev set, in its order (see ../dev.ts). */
export const part07: readonly RealPassage[] = [
  {
    id: 'unn-zelensky-sick-with-war',
    url: 'https://unn.ua/en/news/zelenskyy-russians-are-sick-with-war-hatred-and-the-desire-to-destroy-life',
    outlet: 'UNN',
    publishedAt: '2025-06-05',
    text: "Strikes on Ukraine demonstrate that Russia is sick with war, hatred and the desire to destroy the lives of other nations. Russia's desire to wage war can only be overcome by force – the force of diplomacy, the force of sanctions, the force of weapons and technology. This was stated by the President of Ukraine Volodymyr Zelenskyy in his evening address, reports UNN.",
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'neg-ransomware-hospital-network',
    url: 'https://www.pouyam.com/fr/news/ransomware-hits-us-hospital-network-exposes-patient-data',
    outlet: 'Pouyam',
    text: 'A major U.S. hospital network has been hit by a ransomware attack that may have exposed patient records and medical information, according to a Reuters report citing the incident and the group that claimed responsibility.\nThe breach raises fresh concerns about the security of sensitive health data at a time when hospitals remain attractive targets for cybercriminals.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-hospital-paid-hackers-bitcoins',
    url: 'https://bitcoinwarrior.net/2016/02/hackers-targeting-healthcare-industry/',
    outlet: 'Bitcoin Warrior',
    text: 'Hollywood Presbyterian Medical Center paid hackers 40 bitcoins, currently worth about $17,000, following a Feb. 5 cyberattack which shut down its computers, CEO Allen Stefanek reported.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-heart-attack-cardiology-conference',
    url: 'https://www.usatoday.com/story/news/nation/2018/03/09/cardiologist-away-then-you-might-more-likely-survive-heart-attack-study-suggests/407739002/',
    outlet: 'USA Today',
    publishedAt: '2018-03-09',
    text: 'The study, published Friday in the Journal of the American Heart Association, found that patients nationwide who had a heart attack during the biggest interventional cardiology conference of the year fared better than those who got sick in the weeks before or after the conference.',
    gold: [],
    negative: true,
  },
  {
    id: 'neg-heart-attack-fewer-deaths',
    url: 'https://www.managedcaremag.com/archives/1997/4/heart-attack-patients-fare-better-under-cardiologists-care-says-study',
    outlet: 'Managed Care',
    text: 'Patients treated by cardiologists spent less time in the hospital and had a lower rate of mortality. If the 12,960 who were treated by the internists had been seen by cardiologists, 285 fewer deaths would have occurred, the investigators said.',
    gold: [],
    negative: true,
  },
  {
    id: 'wion-kirishi-general-staff-drozdenko',
    url: 'https://www.wionews.com/world/ukrainian-drones-strike-one-of-the-largest-oil-refineries-in-russia-spark-fire-1757854219841',
    outlet: 'WION',
    publishedAt: '2025-09-14',
    text: 'Ukraine’s General Staff said explosions and a fire were reported at the Kirishi refinery. It also posted a photo showing a blaze and clouds of smoke in the night sky.\nRegional Governor Alexander Drozdenko said three drones were shot down overnight in the Kirishi area, but their falling debris sparked a fire at the facility. However, no one was injured, and the blaze was put out, he said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-kirishi',
          'weapon=drone',
          'effect=other new-kirishi@ua-general-staff',
          'date=2025-09-13..2025-09-14/night@new-alexander-drozdenko',
          'intercepted=exact 3 scope=new-kirishi@new-alexander-drozdenko',
          'effect=other new-kirishi@new-alexander-drozdenko',
          'injured=exact 0 scope=new-kirishi@new-alexander-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-general-staff',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ua-general-staff',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-drozdenko',
        ],
      },
    ],
  },
  {
    id: 'cyprusmail-25-drones-7-missiles',
    url: 'https://cyprus-mail.com/2024/03/12/ukrainian-drones-and-missiles-strike-russian-oil-refineries-says-moscow/',
    outlet: 'Cyprus Mail',
    publishedAt: '2024-03-12',
    text: 'Ukraine pounded targets across Russia on Tuesday with at least 25 drones and seven missiles, Russia’s defence ministry said, in a sweeping attack that one local official said had left at least one refinery in the world’s second biggest oil exporter on fire.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru',
          'weapon=drone',
          'weapon=missile',
          'date=2024-03-12..2024-03-12/day@ru-mod',
          'launched=at-least 25 scope=ru@ru-mod',
          'launched=exact 7 scope=ru@ru-mod',
          'effect=other @unnamed/russia',
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
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/russia',
        ],
      },
    ],
  },
  {
    id: 'cyprusmail-nikitin-kstovo',
    url: 'https://cyprus-mail.com/2024/03/12/ukrainian-drones-and-missiles-strike-russian-oil-refineries-says-moscow/',
    outlet: 'Cyprus Mail',
    publishedAt: '2024-03-12',
    text: 'Gleb Nikitin, governor of the Nizhny Novgorod region, reported a drone attack on a fuel refinery in the Kstovo industrial zone.\n“The Kstovo industrial zone, a fuel and energy complex facility, was attacked by unmanned aerial vehicles,” Nikitin said on Telegram. A refinery was on fire, he said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=new-kstovo',
          'place=new-nizhny-novgorod-region',
          'weapon=drone',
          'effect=other new-kstovo@new-gleb-nikitin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-gleb-nikitin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-gleb-nikitin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-gleb-nikitin',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-gleb-nikitin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-gleb-nikitin',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-gleb-nikitin',
        ],
      },
    ],
  },
  {
    id: 'interfax-japan-25-generators',
    url: 'https://interfax.com/newsroom/top-stories/86493/',
    outlet: 'Interfax',
    publishedAt: '2022-12-26',
    text: "MOSCOW. Dec 26 (Interfax) - Twenty-five power generators provided by the Japanese government arrived in Ukraine from December 20 to 25, Ukrainian media reported with reference to the Japanese embassy's social media post.\nThe Japanese government decided on November 22 to allot an emergency grant of about $2.57 million to support preparations of the Ukrainian energy sector for winter.",
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'item=exact 25 scope=-@unnamed ~ Power generators',
        ],
      },
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'money=about 2570000 USD total@unnamed',
          'date=2022-11-22..2022-11-22/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=article',
          'about=d1',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'censor-sweden-1-4bn-sek-winter',
    url: 'https://censor.net/en/news/3460877/sweden_announces_120_million_in_humanitarian_aid_to_ukraine',
    outlet: 'Censor.NET',
    text: 'Sweden is allocating SEK 1.4 billion (approximately EUR 120 million) to Ukraine, which will be used to support the country’s population in the run-up to winter. The funds will be used to support electricity and heating systems and to build shelters in schools.\nAccording to Censor.NET, with reference to SVT, the aid package was presented on Monday by Prime Minister Ulf Kristersson and Foreign Minister Johan Forssell at a press conference.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=sweden',
          'money=exact 1400000000 SEK total (120000000 EUR)@unnamed',
          'item=@unnamed ~ Support for electricity and heating systems',
          'item=@unnamed ~ Shelters in schools',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ulf-kristersson',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-ulf-kristersson',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-johan-forssell',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-johan-forssell',
        ],
      },
    ],
  },
  {
    id: 'anadolu-japan-237-generators',
    url: 'https://www.middleeastpressreleases.com/japan-sends-237-more-generators-to-ukraine/',
    outlet: 'Anadolu Agency',
    text: 'Japan on Monday said it has sent 237 more generators to Ukraine, which is facing serious power supply issues due to “destruction of a large part of energy infrastructure facilities by Russia’s attacks.”\nThe generators “have been shipping to Ukraine since Jan. 14 … (and) are to be handed over to companies of electric power, water and gas supply … and to be utilized for securing energy sector,” the Japanese Foreign Ministry said in a statement.\nJapan sent 25 generators earlier in December, bringing the overall figure to 262, the statement said.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'item=exact 237 scope=-@japan ~ Generators',
        ],
      },
      {
        kind: 'aid',
        id: 'd0',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'item=exact 25 scope=-@new-japanese-foreign-ministry ~ Generators',
          'item=exact 262 scope=-@new-japanese-foreign-ministry ~ Generators overall',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=japan',
          'mode=paraphrase',
          'channel=official-statement',
          'about=d1',
          'date=unresolved/day@japan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-japanese-foreign-ministry',
          'mode=quote',
          'channel=official-statement',
          'about=d1',
          'date=unresolved/day@new-japanese-foreign-ministry',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-japanese-foreign-ministry',
          'mode=paraphrase',
          'channel=official-statement',
          'about=d0',
          'date=unresolved/day@new-japanese-foreign-ministry',
        ],
      },
    ],
  },
]
