import type { RealPassage } from '../types.ts'

/**
 * Passages 168–173 of the dev set, in its order (see ../dev.ts): the fifth round's Russian strikes
 * on Ukrainian cities — a death toll told the day after with the night's rescue work, port and
 * city strikes told by regional heads — from outlets in neither split or already on the dev side;
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part25: readonly RealPassage[] = [
  {
    id: 'rubryka-dnipro-toll-35-reznichenko-night-rescue',
    url: 'https://rubryka.com/en/2023/01/16/udar-rf-po-bagatopoverhivtsi-v-dnipri-pid-zavalamy-znajshly-shhe-tila-zagyblyh',
    outlet: 'Rubryka',
    publishedAt: '2023-01-16',
    text: 'Dnipro rescuers continue to find more dead bodies under the rubble of the residential building struck by russia\'s rocket. The number of victims killed has increased to 35 people.\nValentyn Reznichenko, the head of the Dnipropetrovsk regional military administration, reported this on Telegram.\n"At night, rescuers retrieved several more dead from the rubble of a high-rise building destroyed by a russian missile. At this time, the enemy attack took the lives of 35 residents. Among them are two children," the post reads.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'effect=damage ua-dnipro@new-valentyn-reznichenko',
          'killed=exact 35 scope=-@new-valentyn-reznichenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-valentyn-reznichenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-valentyn-reznichenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-valentyn-reznichenko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-valentyn-reznichenko',
        ],
      },
    ],
  },
  {
    id: 'nbc-dnipro-toll-40-zelenskyy-tymoshenko',
    url: 'https://news.yahoo.com/rescuers-search-survivors-deadly-russian-170023292.html',
    outlet: 'NBC News',
    text: 'Rescuers searched through the night for survivors in the rubble of an apartment building hit by a Russian missile strike in the Ukrainian city of Dnipro, Ukrainian officials said Sunday as the hunt for those buried in the debris went on.\n\nOffering his “condolences to relatives and friends” of the victims, President Volodymyr Zelenskyy said in a Telegram post that a child was among those killed in the strike on the city in south-central Ukraine.\n\nThe death toll rose to 40, officials said Monday, with at least 75 people wounded and 30 others still missing.\n\nKyrylo Tymoshenko, a senior official in Zelenskyy’s office, said in a separate post on his Telegram channel that 72 apartments had been destroyed in the strike and 164 had been damaged.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'effect=damage ua-dnipro@unnamed/ukraine',
          'killed=exact 40 scope=-@unnamed',
          'injured=at-least 75 scope=-@unnamed',
          'effect=damage @new-kyrylo-tymoshenko',
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
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
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
          'speaker=new-kyrylo-tymoshenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-kyrylo-tymoshenko',
        ],
      },
    ],
  },
  {
    id: 'euroweekly-dnipro-toll-40-saturday-denial',
    url: 'https://euroweeklynews.com/2023/01/16/dozens-missing-as-death-toll-from-missile-strike-on-ukraine-apartment-increase-to-40/',
    outlet: 'Euro Weekly News',
    publishedAt: '2023-01-16',
    text: 'The Russian missing strike on an apartment building in Dnipro is being called the deadliest attack since the country started firing missiles at cities far from the war front in Ukraine.\n\nAuthorities are reporting that the death toll has increased to 40, as rescue work continues to find dozens of others that have been missing.\n\nUkraine has now described the attack as an act of terrorism, while Russia has denied they attacked, claiming that Ukraine´s air defence system was to blame.\n\nThe missile attack that took place on Saturday resulted in destroying a nine-story building.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'effect=assessment ua-dnipro@unnamed',
          'killed=exact 40 scope=-@unnamed',
          'date=2023-01-14..2023-01-14/day@unnamed',
          'effect=damage @unnamed',
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
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@russia',
        ],
      },
    ],
  },
  {
    id: 'unn-odesa-port-fire-kiper-monday',
    url: 'https://unn.ua/en/news/in-odesa-region-the-enemy-attacked-port-infrastructure-again-there-were-fires-but-no-casualties',
    outlet: 'UNN',
    text: 'Russian troops strike Odesa region with missiles and drones. A fire broke out as a result of a Russian attack on port infrastructure, but there were no casualties. Air defense forces destroyed enemy drones. This was announced on Monday by the head of the Odesa RMA, Oleh Kiper, on Telegram, UNN reports.\nThe enemy attacked Odesa region with missiles and attack drones. As a result of the evening rocket attack on the port infrastructure, a fire broke out. Fortunately, no one was injured or killed.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'weapon=missile',
          'weapon=drone',
          'effect=other @new-oleh-kiper',
          'killed=exact 0 scope=-@new-oleh-kiper',
          'injured=exact 0 scope=-@new-oleh-kiper',
          'date=unresolved/part-of-day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
    ],
  },
  {
    id: 'kyiv24-izmail-port-10-shaheds-kiper',
    url: 'https://en.kyiv24.news/news/russians-damaged-port-infrastructure-in-odesa-region-with-strike-drones/amp',
    outlet: 'Kyiv24',
    text: 'Russians damaged port infrastructure in Odesa region with strike drones\n\nThis was reported by the head of the Odesa Regional State Administration, Oleg Kiper, and the Southern Defense Forces.\n\nAccording to Kiper, air defense forces managed to shoot down 10 “Shahed” drones over Odesa, but there were still impacts.\n\n“In the Izmail district, damage to port infrastructure and residential buildings was recorded. Fires occurred on-site, and they have already been extinguished”, he said.\n\nAdditionally, a woman born in 1935 was injured as a result of the attack.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'place=new-izmail-district',
          'weapon=drone',
          'effect=damage ua-odesa-oblast@unnamed',
          'intercepted=exact 10 scope=ua-odesa@new-oleg-kiper',
          'effect=damage new-izmail-district@new-oleg-kiper',
          'effect=other new-izmail-district@new-oleg-kiper',
          'injured=exact 1 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-southern-defense-forces',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-southern-defense-forces',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
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
    id: 'babel-kharkiv-three-glide-bombs-terekhov',
    url: 'https://babel.ua/en/news/107955-the-russians-dropped-guided-aerial-bombs-on-kharkiv-there-are-victims',
    outlet: 'Babel',
    text: 'Around 5:35 p.m. on June 10, the Russian military struck Kharkiv. Preliminary, they dropped three guided aerial bombs. At least six victims are now known.\n\nThe mayor of Kharkiv Ihor Terekhov and the head of the Kharkiv Regional Military Administration Oleh Synyehubov write about this.\n\nThe mayor of Kharkiv wrote that the flight was recorded on the outskirts of the city in the residential area. One of the hits hit the garage cooperative, and a fire broke out there.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=glide-bomb',
          'date=unresolved/hour@unnamed',
          'effect=damage @new-ihor-terekhov',
          'effect=other @new-ihor-terekhov',
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
          'speaker=new-oleh-synyehubov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-synyehubov',
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
    ],
  },
]
