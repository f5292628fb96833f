import type { EvalText } from './types.ts'

/** A denial, a later round with its outcome, and remarks with no publication date. */
export const talkAndStatementTexts: readonly EvalText[] = [
  {
    id: 'kremlin-denies-geneva-round',
    publishedAt: '2025-10-06',
    text: 'The Kremlin denied on Monday that a new round of talks with Ukraine was planned for next week. Kremlin spokesman Dmitry Peskov said no date had been agreed. Earlier, Ukrainian Foreign Minister Andrii Sybiha said the delegations would meet in Geneva on Friday to discuss an exchange of prisoners.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=2025-10-10..2025-10-10/day@sybiha',
          'status=announced@sybiha',
          'agenda=true@sybiha ~ Exchange of prisoners',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=2025-10-06..2025-10-06/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=sybiha',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2025-09-29..2025-10-06/week@sybiha',
        ],
      },
    ],
  },
  {
    id: 'istanbul-third-round-held',
    publishedAt: '2025-07-24',
    text: 'Ukrainian and Russian delegations met in Istanbul on Wednesday for a third round of direct talks, which lasted less than an hour. Both sides agreed to exchange 1,200 prisoners of war, Ukraine’s chief negotiator Rustem Umerov said. Russian negotiator Vladimir Medinsky proposed creating working groups on a ceasefire.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=3',
          'party=ukraine',
          'party=russia',
          'date=2025-07-23..2025-07-23/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@umerov ~ Exchange of 1,200 prisoners of war',
          'outcome=other@medinsky ~ Working groups on a ceasefire proposed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
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
    id: 'lavrov-no-publication-date',
    text: 'Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks but rejected any ceasefire before an agreement. “We have not seen any serious proposals from Kyiv,” Lavrov told reporters on Tuesday. Ukraine’s foreign ministry dismissed the remarks as propaganda.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=lavrov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@lavrov'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-mfa',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@ua-mfa',
        ],
      },
    ],
  },
]
