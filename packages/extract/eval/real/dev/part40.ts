import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the third attack round (see ../dev.ts, README.md): Russian strikes on energy
 * told with launch tallies ("deployed over 450 drones and 45 missiles", "Moscow fired 34
 * missiles, of which 21 were shot down"), blackouts, fires and tolls per region told by regional
 * heads; from outlets in neither split, gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part40: readonly RealPassage[] = [
  {
    id: 'diplomacypakistan-450-drones-45-missiles-six-dead',
    url: 'https://www.diplomacypakistan.com/?p=28755',
    outlet: 'Diplomacy Pakistan',
    text: 'Russia carried out one of its largest overnight attacks on Ukraine’s energy infrastructure, killing at least six people and leaving vast areas without electricity, water, and heating. According to reports, the strikes targeted both residential and industrial areas, hitting 25 sites across Kyiv and other cities. Ukrainian authorities said Moscow deployed over 450 drones and 45 missiles in the assault. Several major power facilities were damaged, causing emergency blackouts in multiple regions. Energy company DTEK confirmed that electricity was cut to parts of Kyiv and the northern city of Kharkiv. President Volodymyr Zelensky reported that in Dnipro, a Russian drone hit a residential building, killing three people, while one person died in Kharkiv.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-kharkiv',
          'place=ua-dnipro',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@unnamed',
          'killed=at-least 6 scope=-@unnamed',
          'effect=power-outage @unnamed',
          'effect=assessment @unnamed',
          'launched=over 450 scope=-@unnamed/ukraine',
          'launched=exact 45 scope=-@unnamed/ukraine',
          'effect=damage @unnamed',
          'effect=power-outage ua-kharkiv,ua-kyiv@new-dtek',
          'effect=damage ua-dnipro@zelensky',
          'killed=exact 3 scope=ua-dnipro@zelensky',
          'killed=exact 1 scope=ua-kharkiv@zelensky',
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
          'speaker=new-dtek',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-dtek',
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
    ],
  },
  {
    id: 'crbc-458-drones-45-missiles-406-downed',
    url: 'https://www.crbcnews.com/articles/690f31873698f54eb7519ac4',
    outlet: 'CRBC News',
    text: 'Russian forces launched a large overnight drone-and-missile strike that Ukrainian officials say hit energy infrastructure across the country, killing two and wounding six. Authorities reported 458 drones and 45 missiles were fired, with Ukraine intercepting most but not all. The strikes caused power and water outages in cities including Dnipro, Kharkiv and Kremenchuk and raised fears of heating shortages ahead of winter.\n\nScale of the attack. The Ukrainian air force reported that Russia launched 458 drones and 45 missiles; Ukrainian forces said they shot down 406 drones and nine missiles. Despite the high interception rate, strikes caused significant damage to energy facilities and essential services.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'place=ua-kharkiv',
          'place=ua-kremenchuk',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@unnamed/ukraine',
          'effect=damage @unnamed/ukraine',
          'killed=exact 2 scope=ua@unnamed/ukraine',
          'injured=exact 6 scope=ua@unnamed/ukraine',
          'launched=exact 458 scope=-@unnamed/ukraine',
          'launched=exact 45 scope=-@unnamed/ukraine',
          'effect=power-outage ua-dnipro,ua-kharkiv,ua-kremenchuk@unnamed',
          'launched=exact 458 scope=-@ua-air-force',
          'launched=exact 45 scope=-@ua-air-force',
          'intercepted=exact 406 scope=-@ua-armed-forces',
          'intercepted=exact 9 scope=-@ua-armed-forces',
          'effect=damage @unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
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
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-armed-forces',
        ],
      },
    ],
  },
  {
    id: 'globalwarnews-early-monday-three-dead-shmyhal',
    url: 'https://globalwarnews.com/russia-launches-massive-drone-and-missile-attack-on-ukraines-energy-infrastructure',
    outlet: 'Global War News',
    text: 'In the early hours of Monday, Russia launched one of its most extensive drone and missile attacks on Ukraine in recent weeks, focusing heavily on the nation’s energy infrastructure. The widespread assault resulted in significant damage across multiple regions, leaving at least three people dead and plunging large areas into darkness due to emergency power cuts.\n\nThe attack began shortly after midnight, with Russian forces deploying a combination of drones, cruise missiles, and hypersonic ballistic Kinzhal missiles. According to Ukraine’s Prime Minister Denys Shmyhal, the barrage affected 15 Ukrainian regions, encompassing more than half of the country. The energy grid was particularly targeted, with state-owned Ukrenergo forced to implement emergency power cuts to prevent further destabilization of the system.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/part-of-day@unnamed',
          'effect=assessment @unnamed',
          'effect=damage @unnamed',
          'killed=at-least 3 scope=-@unnamed',
          'effect=power-outage @unnamed',
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
    ],
  },
  {
    id: 'guernseypress-early-monday-lysak-fedorov',
    url: 'https://guernseypress.com/news/world-news/2024/08/26/russia-unleashes-massive-drone-and-missile-attack-on-ukraine',
    outlet: 'Guernsey Press',
    publishedAt: '2024-08-26',
    text: 'Russian forces unleashed a massive drone and missile barrage on Ukraine early on Monday, and at least three people were reported killed in the attack, which appeared to target energy infrastructure.\nThe attack began at around midnight and continued after dawn in what appeared to be Russia’s biggest attack against Ukraine in weeks.\nAccording to the Ukrainian air force, there were multiple groups of Russian drones moving towards eastern, northern, southern, and central regions of Ukraine, followed by multiple cruise and ballistic missiles.\nAnother person was killed in the central Dnipropetrovsk region, where the attack sparked multiple fires, regional head Serhii Lysak said. One person was rescued from under the rubble, he said.\nOne person was also killed in the south-eastern, partially occupied region of Zaporizhzhia, regional head Ivan Fedorov said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipropetrovsk-oblast',
          'place=ua-zaporizhzhia-oblast',
          'weapon=drone',
          'weapon=missile',
          'date=2024-08-26..2024-08-26/part-of-day@unnamed',
          'killed=at-least 3 scope=-@unnamed',
          'effect=assessment @unnamed',
          'killed=exact 1 scope=ua-dnipropetrovsk-oblast@new-serhii-lysak',
          'effect=other ua-dnipropetrovsk-oblast@new-serhii-lysak',
          'killed=exact 1 scope=ua-zaporizhzhia-oblast@new-ivan-fedorov',
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
          'speaker=new-serhii-lysak',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-serhii-lysak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-serhii-lysak',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-serhii-lysak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ivan-fedorov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ivan-fedorov',
        ],
      },
    ],
  },
  {
    id: 'tribune-34-missiles-21-downed-power-plants',
    url: 'https://tribune.net.ph/2024/04/27/russia-attacks-power-plants-ukraine-hits-refineries-airfield',
    outlet: 'Daily Tribune',
    publishedAt: '2024-04-27',
    text: 'Power plants in Ukraine were damaged in an overnight missile attack by Russia as Kyiv claimed hitting two Russian oil refineries and a military airfield in enemy territory.\n\nThermal power plants in Dnipropetrovsk, Ivano-Frankivsk and Lviv regions were attacked, severely damaging equipment, Energy Minister German Galushchenko said in a Facebook post.\n\nThe DTEK power operator said equipment at four of its thermal power plants were “severely damaged” in the overnight strikes.\n\nThe air force said Moscow fired 34 missiles, of which 21 were shot down.\n\nTwo people were injured in the central city of Kryvyi Rih, Oleksandr Vilkul, president of the city’s defense council said on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipropetrovsk-oblast',
          'place=ua-ivano-frankivsk-oblast',
          'place=ua-lviv-oblast',
          'place=ua-kryvyi-rih',
          'weapon=missile',
          'date=2024-04-26..2024-04-27/night@unnamed',
          'effect=damage @unnamed',
          'effect=damage ua-dnipropetrovsk-oblast,ua-ivano-frankivsk-oblast,ua-lviv-oblast@new-german-galushchenko',
          'effect=damage @new-dtek',
          'date=2024-04-26..2024-04-27/night@new-dtek',
          'launched=exact 34 scope=-@ua-air-force',
          'intercepted=exact 21 scope=-@ua-air-force',
          'injured=exact 2 scope=ua-kryvyi-rih@new-oleksandr-vilkul',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: ['attacker=ukraine', 'target=russia'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-german-galushchenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-german-galushchenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-dtek',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-dtek',
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
          'speaker=new-oleksandr-vilkul',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleksandr-vilkul',
        ],
      },
    ],
  },
]
