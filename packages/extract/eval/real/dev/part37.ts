import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the statement round 4 (see ../dev.ts, README.md): a NATO chief "speaking to
 * the press" and at news conferences, follow-ons ("he noted", "Rutte added", "he said
 * regarding"), a speaker named in a relative clause ("Davyd Arakhamia, who said"), a quote that
 * runs on over two sentences after its "Yermak said.", a mayor's toll "according to" him and an
 * emergency service that "reported"; from outlets in neither split, gold annotated from the text
 * alone before the extractor was run on them.
 */
export const part37: readonly RealPassage[] = [
  {
    id: 'diplomaticinfo-rutte-weaponizing-winter',
    url: 'https://diplomaticinfo.com/?p=66176',
    outlet: 'Diplomatic Info',
    text: 'Pointing to systematic Russian aerial attacks on Ukraine’s energy infrastructure, Secretary General Mark Rutte said that Russia and China are trying to destabilize NATO nations through acts of sabotage, cyber-crimes, and by weaponizing energy.\nTo counter this threat, the alliance will take further steps, including better intelligence sharing, he said, speaking to the press on day two of a meeting of NATO member state foreign ministers in Brussels.\nRutte also emphasized that Ukraine should be in the position of strength in the face of the aggravated Russian attacks and that the alliance remains committed to supporting Ukraine to this end.\nOn Tuesday, in a joint news conference with Ukraine’s Foreign Minister Andrii Sybiha, Rutte stressed the importance of keeping Ukraine’s energy grid working.\n“We cannot have a weaponization of winter in Ukraine,” he said, adding that he discussed this “crucial element” with NATO foreign ministers.',
    gold: [
      {
        kind: 'statement',
        facts: ['speaker=rutte', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@rutte'],
      },
      {
        kind: 'statement',
        facts: ['speaker=rutte', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@rutte'],
      },
      {
        kind: 'statement',
        facts: ['speaker=rutte', 'mode=paraphrase', 'channel=remarks', 'date=unresolved/day@rutte'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
    ],
  },
  {
    id: 'theasiatoday-peskov-ukraine-style-arakhamia',
    url: 'https://theasiatoday.org/russia/kremlin-criticizes-ukraines-style-of-holding-peace-talks',
    outlet: 'The Asia Today',
    text: 'Kremlin spokesman Dmitry Peskov said on Monday that the Ukraine-style holding peace talks did not bring the country any good.\nSpeaking at a press briefing in Moscow, Peskov called “a Ukraine-style” the statement by the head of Ukraine’s delegation at the peace talk with Russia, Davyd Arakhamia, who said Kyiv might return to the negotiating table in late August.\n“A more than eloquent demonstration of negotiations in Ukraine-style. Actually, we have known this style for a long time. This style did not bring anything good to Ukraine,” he noted.\nEarlier, Arakhamia said that Kyiv could return to negotiations with Moscow by the end of August after the Ukrainian side is likely to conduct a counteroffensive in some areas.\nHe also stressed that Ukraine “will not accept the loss of territory. It is legally impossible.”',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-davyd-arakhamia',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-davyd-arakhamia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-davyd-arakhamia',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-davyd-arakhamia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-davyd-arakhamia',
          'mode=quote',
          'channel=remarks',
          'date=unresolved/day@new-davyd-arakhamia',
        ],
      },
    ],
  },
  {
    id: 'uwc-rutte-first-visit-kyiv',
    url: 'https://ukrainianworldcongress.org/new-nato-secretary-general-rutte-visits-kyiv',
    outlet: 'Ukrainian World Congress',
    text: 'The newly appointed secretary general of the North Atlantic Treaty Organization (NATO), Mark Rutte, made Ukraine his first foreign destination on Oct. 3 having taken office 48 hours earlier.\n“It was important to me that I come to Ukraine at the start of my mandate to make crystal clear to you, to the people of Ukraine, and to everyone watching that NATO stands with Ukraine,” Rutte said during a news conference in Kyiv, as reported by NATO.\nRutte once again emphasized that Ukraine will remain a central priority during his four-year term.\n“As the new NATO Secretary General, it is my priority and my privilege to take this support forward, working with you to ensure that Ukraine prevails,” he said regarding Russia’s war of aggression.\nRutte pointed out that 99 percent of the security assistance Ukraine has received comes from NATO member states.\n“Your security matters for ours. And your fight for freedom reflects our core principles and values,” Rutte added.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@rutte',
        ],
      },
    ],
  },
  {
    id: 'mediatimes-yermak-compromises',
    url: 'https://themediatimes.com/ukraine-stands-for-russia-but-leaves-room-for-compromises/',
    outlet: 'The Media Times',
    publishedAt: '2020-02-12',
    text: 'Yermak reiterated Zelenskiy’s existing stances: that ending the war was Ukraine’s priority, but that there could be no choice in the Donbass if it was still under illegal occupation and Kiev did not control its borders.\nHe signaled that there might be some money in talks with Russia, but did not clarify what that might be.\n“There can certainly be compromises during the negotiations,” Yermak said. “But we have talked about this many times, and I also want to add that I am ready and will continue to do so: to speak with all patriotic, competent, reasonable forces in this country.”',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=yermak',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@yermak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=yermak',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@yermak',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=yermak', 'mode=quote', 'channel=remarks', 'date=unresolved/day@yermak'],
      },
    ],
  },
  {
    id: 'dazzlingdawn-kyiv-toll-according-to-klitschko',
    url: 'https://dazzlingdawn.com/public/2025/04/24/kyiv-deadly-russian-missile-and-drone-attack',
    outlet: 'Dazzling Dawn',
    publishedAt: '2025-04-24',
    text: 'At least two people were killed and 54 injured — including children — in a Russian missile and drone strike on Kyiv overnight, according to Mayor Vitali Klitschko. Falling drone debris sparked multiple fires across the city, and authorities fear some individuals may still be trapped beneath the rubble of a destroyed residential building.\n\nLater updates from Ukraine’s State Emergency Service (DSNS) reported the death toll had risen to nine, with 63 people injured based on preliminary figures.',
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
          'date=2025-04-23..2025-04-24/night@new-vitali-klitschko',
          'killed=at-least 2 scope=ua-kyiv@new-vitali-klitschko',
          'injured=exact 54 scope=ua-kyiv@new-vitali-klitschko',
          'effect=other ua-kyiv@unnamed',
          'effect=damage ua-kyiv@unnamed',
          'killed=exact 9 scope=ua-kyiv@new-state-emergency-service',
          'injured=exact 63 scope=ua-kyiv@new-state-emergency-service',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
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
    ],
  },
]
