import type { RealPassage } from '../types.ts'

/**
 * Passages 244–250 of the dev set, in its order (see ../dev.ts): the eighth round's talks and
 * aid, from outlets in neither split (Izvestia, Vista News 24, Irish Examiner, Washington
 * Examiner, NHK) and dev's UNN and EFE — a second round started with the first recalled,
 * "headed by", talks postponed, packages told with "will include", "highlights include", a
 * running total and a Ramstein meeting — gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part32: readonly RealPassage[] = [
  {
    id: 'izvestia-istanbul-second-round-started-first-recalled',
    url: 'https://en.iz.ru/en/1896774/2025-06-02/second-round-negotiations-between-russia-and-ukraine-has-started-istanbul',
    outlet: 'Izvestia',
    publishedAt: '2025-06-02',
    text: 'The second round of negotiations between Russia and Ukraine started in Istanbul, Turkey, on Monday, June 2.\n\nThe Russian delegation includes Presidential Aide Vladimir Medinsky, Deputy Foreign Minister Mikhail Galuzin, Chief of the Main Intelligence Directorate of the General Staff of the Russian Armed Forces Igor Kostyukov, Deputy Defense Minister Alexander Fomin.\n\nThe Kiev negotiating group is headed by the Minister of Defense of Ukraine Rustem Umerov, and its composition has been expanded to 14 people.\n\nThe first round of negotiations was held on May 16. As a result, Moscow and Kiev agreed to present their options for a cease-fire, as well as to make an exchange of prisoners of war in the "1000 by 1000" format. As a result, the exchange was completed.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2025-05-16..2025-05-16/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Present their options for a cease-fire',
          'outcome=agreement@unnamed ~ An exchange of prisoners of war in the "1000 by 1000" format',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=2025-06-02..2025-06-02/day@unnamed',
          'status=held@unnamed',
        ],
      },
    ],
  },
  {
    id: 'vistanews24-istanbul-first-talks-1000-swap',
    url: 'https://vistanews24.online/web-stories/russia-ukraine-agrees-to-prisoner-exchanges-as-negotiations-end-in-less-than-two-hours-russia-ukrainian-war-news',
    outlet: 'Vista News 24',
    text: 'Russian and Ukrainian officials met in Turkiy for less than two hours to hold the first direct negotiations in more than three years, aiming to end the war.\n\nThe delegation met on Friday at the Dormabach Palace in Istanbul in Tukiy, Istanbul, and the two sides failed to reach a consensus on the ceasefire despite pressure from U.S. President Donald Trump.\n\nHowever, according to the heads of the two delegations, Kiev and Moscow agreed to exchange 1,000 prisoners of war before the recession, the largest exchange since the war began.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ End the war',
          'outcome=other@unnamed ~ Failed to reach a consensus on the ceasefire',
          'outcome=agreement@unnamed ~ Exchange 1,000 prisoners of war',
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
    id: 'unn-istanbul-talks-postponed-may-16',
    url: 'https://unn.ua/en/news/negotiations-between-ukraine-and-russia-in-istanbul-postponed-to-may-16',
    outlet: 'UNN',
    text: 'Negotiations between the Ukrainian and Russian delegations in Istanbul have been postponed to May 16.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=postponed@unnamed',
        ],
      },
    ],
  },
  {
    id: 'irishexaminer-us-775m-scan-eagles-mraps',
    url: 'https://www.irishexaminer.com/world/arid-40944002.html',
    outlet: 'Irish Examiner',
    text: 'The US has said it will give Ukraine Scan Eagle surveillance drones, mine-resistant vehicles, anti-armour rounds and howitzer weapons to help regain territory and mount a counter-offensive against Russian invaders.\nA senior defence official told reporters that a new 775 million dollars aid package will include 15 Scan Eagles, 40 mine-resistant, ambush-protected vehicles known as Mraps with mine-clearing rollers, and 2,000 anti-armour rounds that can help Ukraine troops move forward in the south and east, where Russian forces have placed mines.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 775000000 USD total@unnamed/united-states',
          'item=@united-states ~ Scan Eagle surveillance drones',
          'item=@united-states ~ Mine-resistant vehicles',
          'item=@united-states ~ Anti-armour rounds',
          'item=@united-states ~ Howitzer weapons',
          'item=exact 15 scope=-@unnamed/united-states ~ Scan Eagles',
          'item=exact 40 scope=-@unnamed/united-states ~ Mine-resistant, ambush-protected vehicles known as Mraps with mine-clearing rollers',
          'item=exact 2000 scope=-@unnamed/united-states ~ Anti-armour rounds',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=united-states',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
    ],
  },
  {
    id: 'washexaminer-dod-2bn-anniversary-uas',
    url: 'https://am1.news/usconservative/topic/waexaminer/6-slug-pentagon-announces-2-billion-military-aid-package-to-ukraine-on-anniversary-of-war',
    outlet: 'Washington Examiner',
    text: "The Department of Defense announced a new military aid package worth approximately $2 billion on Friday, which coincides with the anniversary of Russia's invasion of Ukraine.\nThe new aid package brings the total amount of military aid the United States has provided to Ukraine to roughly $32 billion. Highlights include unmanned aerial systems, counter-unmanned aerial systems, and electronic warfare detection equipment, according to a readout from the department. More specifically, the package includes CyberLux K8 UAS, Switchblade 600 UAS, Altius-600 UAS, and Jump 20 UAS. It also includes additional ammunition stocks.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=about 2000000000 USD total@us-defense-department',
          'date=unresolved/day@us-defense-department',
          'item=@us-defense-department ~ Unmanned aerial systems',
          'item=@us-defense-department ~ Counter-unmanned aerial systems',
          'item=@us-defense-department ~ Electronic warfare detection equipment',
          'item=@unnamed ~ CyberLux K8 UAS',
          'item=@unnamed ~ Switchblade 600 UAS',
          'item=@unnamed ~ Altius-600 UAS',
          'item=@unnamed ~ Jump 20 UAS',
          'item=@unnamed ~ Ammunition stocks',
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
    id: 'nhk-dod-2bn-himars-attack-drones',
    url: 'https://english-tools.ganp.jp/readings/fa204e7d-8fa0-4ff2-b0e4-c87e38df73d7',
    outlet: 'NHK',
    publishedAt: '2023-02-24',
    text: 'The US Department of Defense says it will provide Ukraine with a new security assistance package worth 2 billion dollars.\n\nThe department announced the new package on Friday. It includes additional ammunition for the High Mobility Artillery Rocket System, or HIMARS, as well as attack drones and equipment to intercept or detect drones.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 2000000000 USD total@us-defense-department',
          'date=2023-02-24..2023-02-24/day@us-defense-department',
          'item=@unnamed ~ Ammunition for the High Mobility Artillery Rocket System, or HIMARS',
          'item=@unnamed ~ Attack drones',
          'item=@unnamed ~ Equipment to intercept or detect drones',
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
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2023-02-24..2023-02-24/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'efe-austin-675m-ramstein-50-nations',
    url: 'https://www.lodivalleynews.com/us-announces-new-675-million-aid-package-for-ukraine-news/',
    outlet: 'EFE',
    text: 'Berlin, Sep 8 (EFE).- US Secretary of Defense Lloyd Austin announced on Thursday that the US will allocate a new military aid package worth US$675 million to Ukraine.\n\nA member of the US government made the announcement at the start of a meeting with representatives of 50 allied nations at the US base in Ramstein, Germany.\n\nAustin explained that the package being sent included missiles, artillery shells, and armored vehicles, and was themed around the possibility of increasing military aid to Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'forum=unnamed',
          'attendance=exact 50 scope=-@unnamed',
          'money=exact 675000000 USD total@new-lloyd-austin',
          'date=unresolved/day@new-lloyd-austin',
          'item=@new-lloyd-austin ~ Missiles',
          'item=@new-lloyd-austin ~ Artillery shells',
          'item=@new-lloyd-austin ~ Armored vehicles',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-lloyd-austin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-lloyd-austin',
        ],
      },
    ],
  },
]
