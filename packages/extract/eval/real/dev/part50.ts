import type { RealPassage } from '../types.ts'

/**
 * Passages of the nineteenth round (attribution), from outlets in neither split (Reporter Plus,
 * Capitol Daily, Oreanda News, News of Emirates, Nuhey News): a regional prosecutor's office
 * told as "the press service … reports" and "the statement said", a governor's Telegram account
 * with "according to sources close to the Russian military" and follow-ons ("The governor
 * specified", "Slusar emphasized"), a defence ministry's count per region after "It is noted",
 * "the regional governor said Wednesday" named in the next sentence, and a foreign minister's
 * statement on a package; gold annotated from the text alone before the extractor was run on them.
 */
export const part50: readonly RealPassage[] = [
  {
    id: 'reporterplus-kherson-prosecutors-one-dead-seven-wounded',
    url: 'https://reporter.plus/en/news/6262/the-russians-launched-deadly-airstrikes-in-the-kherson-region-the-consequences-are-revealed',
    outlet: 'Reporter Plus',
    text: 'The Russian invaders fired and launched air strikes on the Kherson region, one person died, seven were wounded.\nCivil infrastructure facilities, including residential buildings, were damaged, the press service of the Kherson Regional Prosecutor\'s Office reports. According to the investigation, today, on May 2, Russian troops shelled the city of Kherson and several villages in the Belozersky community of the region.\n"Preliminarily, seven civilians of the region were injured. The number of victims is being specified," the statement said. At the same time, it is noted that the invaders shelled the civilian population and launched air strikes - civilian infrastructure facilities were damaged, in particular, residential buildings, utility rooms and vehicles.\nLater, the prosecutor\'s office reported that as a result of an enemy strike, three residents of the region were killed and five more were injured.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson-oblast',
          'place=ua-kherson',
          'weapon=artillery',
          'weapon=aircraft',
          'killed=exact 1 scope=ua-kherson-oblast@unnamed',
          'injured=exact 7 scope=ua-kherson-oblast@unnamed',
          'effect=damage @unnamed/ukraine',
          'date=unresolved/day@unnamed/ukraine',
          'injured=exact 7 scope=ua-kherson-oblast@unnamed/ukraine',
          'killed=exact 3 scope=ua-kherson-oblast@unnamed/ukraine',
          'injured=exact 5 scope=ua-kherson-oblast@unnamed/ukraine',
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
    id: 'capitoldaily-slusar-two-drones-millerovo-sources',
    url: 'https://capitoldaily.news/?p=28470',
    outlet: 'Capitol Daily',
    text: 'In a rare and detailed account shared exclusively through his Telegram channel, Rostov Oblast Governor Yuri Slusar confirmed that two Ukrainian drones were intercepted and destroyed by Russian air defense systems in the early hours of the morning.\nThe incident, which unfolded near the border regions of Millerovsky and Sholakhovsky districts, marks one of the first confirmed engagements of its kind in the southern front, according to sources close to the Russian military.\nSlusar’s statement, which bypassed official state media, provided a glimpse into the operational precision of air defense units under the region’s command, a detail typically obscured by the opaque nature of Russia’s military reporting.\nThe governor specified that the drones were neutralized at approximately 2:00 a.m., with one falling near Millerovo and the other near Sholakhovo.\nDespite the proximity to populated areas, Slusar emphasized that no casualties or infrastructure damage were reported.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-rostov-oblast',
          'weapon=drone',
          'date=unresolved/part-of-day@new-yuri-slusar',
          'intercepted=exact 2 scope=-@new-yuri-slusar',
          'killed=exact 0 scope=-@new-yuri-slusar',
          'injured=exact 0 scope=-@new-yuri-slusar',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuri-slusar',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-yuri-slusar',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuri-slusar',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-yuri-slusar',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuri-slusar',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-yuri-slusar',
        ],
      },
    ],
  },
  {
    id: 'oreanda-105-drones-belgorod-bryansk-rostov',
    url: 'https://www.oreanda-news.com/en/gosudarstvo/air-defense-destroyed-105-ukrainian-uavs-overnight/article1566816',
    outlet: 'Oreanda News',
    text: 'OREANDA-NEWS  Air defense destroyed 105 Ukrainian drones over Russian territory overnight, the Defense Ministry said.\n\n"During the past night, 105 Ukrainian aircraft—type unmanned aerial vehicles were destroyed and intercepted by air defense systems on duty," the report says.\n\nIt is noted that 26 of them were destroyed over the Belgorod region, 25 over Bryansk, 23 over Rostov.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-belgorod-oblast',
          'place=ru-bryansk-oblast',
          'place=ru-rostov-oblast',
          'weapon=drone',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 105 scope=ru@ru-mod',
          'intercepted=exact 26 scope=ru-belgorod-oblast@ru-mod',
          'intercepted=exact 25 scope=ru-bryansk-oblast@ru-mod',
          'intercepted=exact 23 scope=ru-rostov-oblast@ru-mod',
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
    ],
  },
  {
    id: 'newsofemirates-odesa-port-elevator-regional-governor',
    url: 'https://newsofemirates.com/index.php/2023/08/02/russian-drone-strike-damages-port-infrastructure-in-ukraines-odesa-region/amp',
    outlet: 'News of Emirates',
    publishedAt: '2023-08-02',
    text: 'A Russian drone strike has damaged port infrastructure in Ukraine’s southern Odesa region on the Black Sea coast, the regional governor said Wednesday.\n“As a result of the attack, fires broke out at the facilities of the port and industrial infrastructure of the region, and an elevator was damaged,” Oleg Kiper said, adding that emergency services were on-site and there were no reports of casualties.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'weapon=drone',
          'effect=damage ua-odesa-oblast@new-oleg-kiper',
          'effect=other @new-oleg-kiper',
          'effect=damage @new-oleg-kiper',
          'killed=exact 0 scope=-@new-oleg-kiper',
          'injured=exact 0 scope=-@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2023-08-02..2023-08-02/day@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
        ],
      },
    ],
  },
  {
    id: 'nuhey-us-2-5bn-package-klimkin-statement',
    url: 'https://nuhey.news/2023/01/20/ukraine-praises-the-united-states-for-its-strong-2-5-billion-defence-package/',
    outlet: 'Nuhey News',
    publishedAt: '2023-01-20',
    text: 'The Ukrainian government has thanked the United States for a “powerful” $2.5 billion defence package intended to help the country defend itself against Russian aggression.\n\n“Ukraine highly appreciates the US decision to provide Ukraine with powerful defence capabilities and expresses its gratitude to the US Congress and the Administration for their support of the Ukrainian state,” Ukrainian Foreign Minister Pavlo Klimkin said in a statement.\n\nThe package includes military and technical assistance, including Javelin anti-tank missiles and other weapons, as well as training and equipment for the Ukrainian armed forces. Klimkin said the package would help Ukraine strengthen its defence capabilities and counter Russian aggression in the region.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'donor=united-states',
          'recipient=ukraine',
          'money=exact 2500000000 USD total@unnamed',
          'item=@unnamed ~ Javelin anti-tank missiles',
          'item=@unnamed ~ Other weapons',
          'item=@unnamed ~ Training',
          'item=@unnamed ~ Equipment for the Ukrainian armed forces',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pavlo-klimkin',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-pavlo-klimkin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pavlo-klimkin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-pavlo-klimkin',
        ],
      },
    ],
  },
]
