import type { RealPassage } from '../types.ts'

/**
 * Passages of the nineteenth round (attribution), continued (see part50.ts), from outlets in
 * neither split (Radar Armenia, KPBI News, Windy City Crier, The Istanbul Post): first-person
 * words before "X told Pavel Zarubin this" with "also emphasized" and "he added", an acting
 * governor's toll "according to a statement by" him and an earlier strike "reported earlier by"
 * him, a governor's quote running over two paragraphs and "according to X's report", and a toll
 * from "local authorities", a state emergency service on Telegram and a president; gold
 * annotated from the text alone before the extractor was run on them.
 */
export const part51: readonly RealPassage[] = [
  {
    id: 'radaram-ushakov-zarubin-witkoff-moscow-next-week',
    url: 'https://radar.am/en/news/world-2728222905',
    outlet: 'Radar Armenia',
    text: 'I have frequent conversations with Witkoff; their nature is confidential. A preliminary agreement has been reached that Witkoff will arrive in Moscow next week. Russian presidential aide Yuri Ushakov told Pavel Zarubin this.\nUshakov also emphasized that the leak of recordings to the press is aimed at hindering the improvement of Russian-American relations.\n“It is probably to hinder. It is unlikely that this will be done to improve relations: they are being built with difficulty today, they are being built through this type of communication, including by telephone,” he added.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=announced@ushakov',
          'date=unresolved/week@ushakov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ushakov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@ushakov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ushakov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@ushakov',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=ushakov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@ushakov'],
      },
    ],
  },
  {
    id: 'kpbi-khinhstein-two-injured-sudzhanski-motorcycle',
    url: 'https://kpbi.news/?p=6012',
    outlet: 'KPBI News',
    text: 'Two individuals were injured in a drone attack targeting a civilian vehicle in the Sudzhanski District of Kursk Oblast, according to a statement by acting Governor Alexander Khinhstein on his Telegram channel.\nThe incident, which occurred in a region frequently subjected to cross-border tensions, resulted in two young men—aged 20 and 22—sustaining shrapnel injuries to their hands and legs.\nBoth victims were transported to the Kursk Regional Hospital, where they are currently receiving treatment in a stable but medium condition.\nThe governor’s disclosure underscores the escalating threat posed by unmanned aerial systems in areas near the Ukrainian border, raising concerns about the safety of civilian populations in such zones.\nThis attack follows a similar incident reported earlier by Khinhstein, in which a Ukrainian drone struck a motorcycle in the village of Lomakino within the Ryazansky District of Kursk Oblast.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=ru-kursk-oblast',
          'weapon=drone',
          'injured=exact 2 scope=ru-kursk-oblast@new-alexander-khinhstein',
          'injured=exact 2 scope=-@unnamed',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk-oblast',
          'weapon=drone',
          'effect=damage @new-alexander-khinhstein',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-khinhstein',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-khinhstein',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-khinhstein',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@new-alexander-khinhstein',
        ],
      },
    ],
  },
  {
    id: 'windycitycrier-khinstbin-kekino-man-injured',
    url: 'https://windycitycrier.com/2025/05/19/drone-strike-in-kursk-region-injures-resident-governor-confirms-ukrainian-attack-as-tensions-rise/',
    outlet: 'Windy City Crier',
    publishedAt: '2025-05-19',
    text: 'In a sudden escalation of tensions along Russia’s western border, a drone strike in the Kursk Region left a local resident injured, marking another chapter in the ongoing conflict that has seen increasing use of unmanned aerial vehicles.\n\nActing Governor Alexander Khinstbin confirmed the incident via his Telegram channel, stating, «A 54-year-old man from Kekino village in the Glushkovsky District was injured after a drone attack by the Ukrainian military.\n\nFollowing the shelling, he experienced a deterioration in his health and sought medical assistance.» The governor’s message underscored the growing vulnerability of Russian border regions to what he called «hybrid warfare» tactics.\n\nThe victim, identified only by age, was diagnosed with a closed head injury, concussion, acoubarotrauma (injury caused by the shock wave of an explosion), and fragment wounds to the head and neck, according to Khinstbin’s report.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk-oblast',
          'weapon=drone',
          'injured=exact 1 scope=ru-kursk-oblast@unnamed',
          'injured=exact 1 scope=-@new-alexander-khinstbin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-khinstbin',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-khinstbin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-khinstbin',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-khinstbin',
        ],
      },
    ],
  },
  {
    id: 'istanbulpost-odesa-toll-nine-ses-zelenskyy',
    url: 'https://theistanbulpost.com/death-toll-from-russian-drone-attack-on-ukraines-odesa-rises-to-9',
    outlet: 'The Istanbul Post',
    text: 'The number of people killed in a Russian drone strike on Saturday in Ukraine’s southwestern Odesa region rose to nine, local authorities said on Sunday.\n“At the site of the Russian attack on the high-rise building, the body of the ninth dead person was found under the rubble. Unblocking works are ongoing,” Ukraine’s State Emergency Service said on Telegram.\nOn Saturday, Ukrainian President Volodymyr Zelenskyy said that two people were killed and eight others injured in a Russian drone strike in the Odesa, Kharkiv and Sumy regions.\nIndicating that one of the drones hit a residential building in Odesa and destroyed 18 apartments, Zelenskyy urged his country’s partners to provide Ukraine with more air defense systems.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'place=ua-odesa',
          'place=ua-kharkiv-oblast',
          'place=ua-sumy-oblast',
          'weapon=drone',
          'date=unresolved/day@unnamed/ukraine',
          'killed=exact 9 scope=ua-odesa-oblast@unnamed/ukraine',
          'killed=exact 9 scope=-@new-state-emergency-service',
          'effect=damage @new-state-emergency-service',
          'killed=exact 2 scope=-@zelensky',
          'injured=exact 8 scope=-@zelensky',
          'effect=damage ua-odesa@zelensky',
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
          'speaker=new-state-emergency-service',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-state-emergency-service',
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
]
