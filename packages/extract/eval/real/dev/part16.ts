import type { RealPassage } from '../types.ts'

/**
 * Passages 135–145 of the dev set, in its order (see ../dev.ts): a fourth round of talks from
 * outlets in neither split — rounds in Belarus, the Jeddah ceasefire proposal, Riyadh, the
 * Anchorage summit and the Abu Dhabi trilateral — gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part16: readonly RealPassage[] = [
  {
    id: 'justthenews-turkey-1000-swap-short-talks',
    url: 'https://app.justthenews.com/government/diplomacy/russia-ukraine-agree-swap-1000-prisoners-war-each-short-peace-talks',
    outlet: 'Just the News',
    text: "Russia and Ukraine have agreed to each swap 1,000 prisoners of war during short peace talks in Turkey on Friday that lasted less than two hours.\nThe swap would be the countries' biggest since the war began.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Swap 1,000 prisoners of war each',
        ],
      },
    ],
  },
  {
    id: 'vietnaminsider-belarus-second-round-corridors',
    url: 'https://www.times24h.com/russia-and-ukraine-peace-talks-two-sides-agree-on-humanitarian-corridors-for-civilians/',
    outlet: 'Vietnam Insider',
    text: 'The second round of talks between a Russian-Ukraine delegation in Belarus has ended, the head of the Russian delegation Vladimir Medinsky told Russian media, and the two sides have agreed on humanitarian corridors for civilians.\n\nThe talks lasted two and a half hours.\n\nMeanwhile, a Ukrainian negotiator on Thursday said the talks have not yielded the results Ukraine needed, but said there is only a “solution for the organization of humanitarian corridors”.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=2',
          'party=russia',
          'party=ukraine',
          'status=concluded@medinsky',
          'outcome=agreement@medinsky ~ Humanitarian corridors for civilians',
          'outcome=agreement@unnamed/ukraine ~ Solution for the organization of humanitarian corridors',
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
    id: 'vestikavkaza-belarus-second-round-medinsky',
    url: 'https://en.vestikavkaza.ru/news/Results-of-second-round-of-Russian-Ukrainian-talks-in-Belarus.html',
    outlet: 'Vestnik Kavkaza',
    text: 'The Russian and Ukrainian delegations have completed the second round of negotiations held today in Belarus.\n\n"During the negotiations, the parties discussed military, humanitarian and future political settlement of the conflict. The positions were written down point by point, and mutual understanding was reached on some of them", Vladimir Medinsky, the head of the Russian delegation, aide to the President of the Russian Federation, said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'agenda=true@medinsky ~ Military settlement of the conflict',
          'agenda=true@medinsky ~ Humanitarian settlement of the conflict',
          'agenda=true@medinsky ~ Future political settlement of the conflict',
          'outcome=other@medinsky ~ Mutual understanding was reached on some of the positions',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
  {
    id: 'eir-belarus-second-meeting-corridors',
    url: 'https://eir.news/2022/03/news/russia-and-ukraine-talks-agree-to-set-up-humanitarian-corridors',
    outlet: 'EIR',
    text: 'While more was discussed today at the second meeting in Belarus of the Russian and Ukrainian delegations, the first fruit of the meetings was an agreement to have humanitarian corridors established. Supplies, food, medical help and such could be brought into conflicted zones, and those who wish to leave would be secured an exit.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Humanitarian corridors established',
        ],
      },
    ],
  },
  {
    id: 'usprimely-jeddah-30-day-ceasefire-rubio',
    url: 'https://usprimely.com/2025/03/us-and-ukraine-advocate-for-30-day.html',
    outlet: 'US Primely',
    text: 'In a bid to halt hostilities, the United States and Ukraine have proposed a 30-day ceasefire, contingent upon Russia\'s agreement, following high-level discussions held in Saudi Arabia on Tuesday.\nAccording to a joint statement, the United States has pledged to "immediately lift" its suspension on intelligence sharing and "resume security assistance to Ukraine."\nSecretary of State Marco Rubio, who led the U.S. delegation in Jeddah, stated that the proposal would be delivered to Russia "directly through multiple channels."',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-jeddah',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          "outcome=other@unnamed ~ Proposed a 30-day ceasefire, contingent upon Russia's agreement",
          'outcome=agreement@unnamed ~ The United States to immediately lift its suspension on intelligence sharing and resume security assistance to Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rubio',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@rubio',
        ],
      },
    ],
  },
  {
    id: 'arabianbusiness-jeddah-ukraine-accepts-30-days',
    url: 'https://www.arabianbusiness.com/politics-economics/russia-ukraine-ceasefire-zelenskyy-agrees-to-halt-fighting-for-30-days-in-us-brokered-deal',
    outlet: 'Arabian Business',
    text: 'Ukraine has accepted a US proposal for an immediate 30-day ceasefire with Russia, following talks between Ukrainian and American officials in Saudi Arabia on Tuesday.\nUkrainian President Volodymyr Zelenskyy said the proposal would “establish a complete ceasefire for 30 days, not only regarding missiles, drones and bombs, not only in the Black Sea, but also along the entire front line”.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Ukraine accepted a US proposal for an immediate 30-day ceasefire with Russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'troib-riyadh-12-hours-black-sea',
    url: 'https://troib.com/us-and-russia-conclude-discussions-on-suggested-black-sea-ceasefire',
    outlet: 'Troib',
    text: 'U.S. and Russian officials concluded 12 hours of discussions in Riyadh on Monday, concentrating on a limited proposal for a ceasefire in the Black Sea involving Kyiv and Moscow. This followed nearly five hours of talks on Sunday between U.S. and Ukrainian representatives in the Saudi Arabian city, aimed at energy infrastructure.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'agenda=true@unnamed ~ A limited proposal for a ceasefire in the Black Sea',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Energy infrastructure',
        ],
      },
    ],
  },
  {
    id: 'pluralia-riyadh-framework-black-sea',
    url: 'https://pluralia.com/en/news/usa-russia-reach-agreement-on-security-in-black-sea/',
    outlet: 'Pluralia',
    text: 'During two separate rounds of talks with US representatives, Russia and Ukraine reached a framework agreement on the cessation of hostilities in the Black Sea. The White House reported this in two communiqués, summarizing meetings held in Riyadh, the Saudi capital, with the participation of diplomatic delegations from Moscow and Kiev.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=held@new-white-house',
          'outcome=agreement@new-white-house ~ Framework agreement on the cessation of hostilities in the Black Sea',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'status=held@new-white-house',
          'outcome=agreement@new-white-house ~ Framework agreement on the cessation of hostilities in the Black Sea',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-white-house',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'about=t2',
          'date=unresolved/day@new-white-house',
        ],
      },
    ],
  },
  {
    id: 'ladreporting-anchorage-summit-no-agreement',
    url: 'https://ladreporting.com/trump-putin-alaska-summit-ends-without-agreement-on-ukraine-war',
    outlet: 'LAD Reporting',
    text: 'The highly anticipated summit between U.S. President Donald Trump and Russian President Vladimir Putin ended Friday without any agreement on the Russia-Ukraine war, despite extended talks and symbolic gestures of goodwill.\nThe meeting, held at Joint Base Elmendorf-Richardson in Anchorage, Alaska, lasted about two and a half hours. Both leaders appeared before reporters afterward but declined to take questions. While Trump described the discussions as “productive,” he acknowledged that no deal had been reached.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-anchorage',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'outcome=other@unnamed ~ Ended without any agreement on the Russia-Ukraine war',
          'outcome=other@trump ~ No deal had been reached',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=trump',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@trump',
        ],
      },
    ],
  },
  {
    id: 'axsam-abu-dhabi-trilateral-concluded',
    url: 'https://axsam.com/article/ukraine-russia-us-talks-end-in-abu-dhabi-without-breakthrough-202601241953?lang=en',
    outlet: 'Axsam',
    publishedAt: '2026-01-24',
    text: 'Historic trilateral negotiations between Ukraine, Russia, and the United States concluded in Abu Dhabi on Saturday without reaching an agreement, though all parties expressed willingness to continue dialogue. The unprecedented two-day summit marked the first direct public discussions between Moscow and Kyiv since Russia launched its full-scale invasion nearly four years ago, with American mediation aimed at ending the deadliest conflict in Europe since World War II.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=ukraine',
          'party=russia',
          'party=united-states',
          'date=2026-01-24..2026-01-24/day@unnamed',
          'status=concluded@unnamed',
          'agenda=true@unnamed ~ Ending the deadliest conflict in Europe since World War II',
          'outcome=other@unnamed ~ No agreement; all parties expressed willingness to continue dialogue',
        ],
      },
    ],
  },
  {
    id: 'northeastdiary-abu-dhabi-first-round',
    url: 'https://northeastdiary.com/russia-ukraine-and-u-s-launch-first-round-of-peace-discussions-in-abu-dhabi',
    outlet: 'Northeast Diary',
    text: 'Representatives from Russia, Ukraine and the United States met in Abu Dhabi, United Arab Emirates, on Tuesday for the first round of trilateral talks aimed at resolving the Moscow–Kyiv conflict. It marked the first time all three countries have participated in joint negotiations since the war began nearly four years ago.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=russia',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Resolving the Moscow–Kyiv conflict',
        ],
      },
    ],
  },
]
