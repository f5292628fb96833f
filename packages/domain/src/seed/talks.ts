import type { Talk } from '../talk.ts'
import { body, claim, named, reported, unnamedSource } from './evidence-builder.ts'
import { dates, evidence } from './source.ts'

const ISTANBUL = 'tr-istanbul'
const PARTIES = ['ukraine', 'russia']

/** Rounds one and two are told in two sentences; each fact of them cites those words. */
const MAY_SENTENCE =
  'In May, Kiev and Moscow held bilateral negotiations for the first time in three years.'
const BOTH_ROUNDS_AGREED =
  'At this meeting and a later one in June also in Istanbul, both sides agreed on a large prisoner exchange and the return of fallen soldiers.'
const NOT_DISCUSSED =
  'However, steps towards ending the war against Ukraine, ordered by Russian President Vladimir Putin in February 2022, were not discussed.'

const earlierRoundOutcomes = (round: string) => [
  claim(
    'outcome',
    { type: 'agreement', text: 'A large prisoner exchange' },
    evidence(`${round}-outcome-prisoners`, BOTH_ROUNDS_AGREED, reported),
  ),
  claim(
    'outcome',
    { type: 'agreement', text: 'The return of fallen soldiers' },
    evidence(`${round}-outcome-fallen`, BOTH_ROUNDS_AGREED, reported),
  ),
  claim(
    'outcome',
    { type: 'not-discussed', text: 'Steps towards ending the war' },
    evidence(`${round}-outcome-not-discussed`, NOT_DISCUSSED, reported),
  ),
]

export const mayRound: Talk = {
  kind: 'talk',
  id: 'talk-istanbul-2025-05',
  title: 'First round of Ukraine–Russia talks in Istanbul',
  summary:
    'The first bilateral negotiations between Kyiv and Moscow in three years; a large prisoner exchange and the return of fallen soldiers agreed.',
  round: 1,
  venueId: ISTANBUL,
  level: 'delegation',
  partyIds: PARTIES,
  delegations: [],
  claims: [
    claim(
      'date',
      dates.span('In May', '2025-05-01', '2025-05-31', 'month'),
      evidence('r1-date', MAY_SENTENCE, reported),
    ),
    claim(
      'status',
      { status: 'held', asOf: '2025-07-21' },
      evidence('r1-status', MAY_SENTENCE, reported),
    ),
    ...earlierRoundOutcomes('r1'),
  ],
}

export const juneRound: Talk = {
  kind: 'talk',
  id: 'talk-istanbul-2025-06',
  title: 'Second round of Ukraine–Russia talks in Istanbul',
  summary:
    'The sides agreed on a large prisoner exchange and the return of fallen soldiers and exchanged position papers.',
  round: 2,
  venueId: ISTANBUL,
  level: 'delegation',
  partyIds: PARTIES,
  delegations: [],
  previousRoundId: mayRound.id,
  claims: [
    claim(
      'date',
      dates.span('a later one in June', '2025-06-01', '2025-06-30', 'month'),
      evidence('r2-date', 'a later one in June also in Istanbul', reported),
    ),
    claim(
      'status',
      { status: 'held', asOf: '2025-07-21' },
      evidence('r2-status', 'a later one in June also in Istanbul', reported),
    ),
    ...earlierRoundOutcomes('r2'),
    claim(
      'outcome',
      { type: 'exchange-of-documents', text: 'Both sides exchanged their position papers' },
      evidence(
        'r2-outcome-position-papers',
        'At the previous meeting, both sides exchanged their position papers, Kremlin spokesman Dmitry Peskov said.',
        named('peskov'),
      ),
    ),
  ],
}

/** Two sentences: the announcement, and whom Zelensky had it from and how he said it. */
const ZELENSKY_ANNOUNCES =
  'The next round of negotiations between Ukraine and Russia will take place in Istanbul on Wednesday, Ukrainian President Volodymyr Zelensky said on Monday.\nThis was reported to him by Ukraine’s chief negotiator, Rustem Umyerov, Zelensky said in a video message.'
const AGENDA_TO_DIPLOMATS =
  'Wednesday’s meeting should instead focus on advancing the return of Ukrainian prisoners of war and children abducted by Russia, as well as preparing a meeting at the presidential level, Zelensky told Kiev diplomats on Monday.'

/** Zelensky relays his chief negotiator (DESIGN.md case 1). */
const zelenskyCitingUmerov = named('zelensky', {
  citing: { type: 'actor', actorId: 'umerov' },
  channel: 'video-message',
})
const zelenskyToDiplomats = named('zelensky', { channel: 'remarks' })

export const julyRound: Talk = {
  kind: 'talk',
  id: 'talk-istanbul-2025-07',
  title: 'Third round of Ukraine–Russia talks in Istanbul',
  summary:
    'Announced by Zelensky for Wednesday; TASS, citing an unnamed source, named Thursday. Focus on prisoners of war, abducted children and preparing a presidential-level meeting; no detailed ceasefire talks.',
  round: 3,
  venueId: ISTANBUL,
  level: 'delegation',
  partyIds: PARTIES,
  delegations: [{ partyId: 'ukraine', headId: 'umerov' }, { partyId: 'russia' }],
  previousRoundId: juneRound.id,
  claims: [
    claim(
      'date',
      dates.day('on Wednesday', '2025-07-23'),
      evidence('r3-date-zelensky', ZELENSKY_ANNOUNCES, zelenskyCitingUmerov),
    ),
    claim(
      'date',
      dates.day('Thursday', '2025-07-24'),
      evidence(
        'r3-date-tass',
        'The Russian state news agency TASS, referring to an unnamed source, named Thursday as the date for the fresh negotiations.',
        unnamedSource('tass'),
      ),
    ),
    claim(
      'status',
      { status: 'announced', asOf: '2025-07-21' },
      evidence('r3-status-announced', ZELENSKY_ANNOUNCES, zelenskyCitingUmerov),
    ),
    claim(
      'status',
      { status: 'announced', asOf: '2025-07-21' },
      evidence(
        'r3-status-unconfirmed',
        'There was initially no official confirmation of the new talks from the Russian side',
        reported,
      ),
    ),
    claim(
      'status',
      { status: 'confirmed', asOf: '2025-07-21' },
      evidence(
        'r3-status-kremlin',
        'The Kremlin confirmed its interest in a third round of negotiations proposed by Zelensky to end the war.',
        body('kremlin'),
      ),
    ),
    claim(
      'agenda',
      { topic: 'Prisoner-of-war exchange', included: true },
      evidence(
        'r3-agenda-exchange',
        'A new prisoner exchange is being prepared.',
        zelenskyCitingUmerov,
      ),
    ),
    claim(
      'agenda',
      { topic: 'Prisoner-of-war exchange', included: true },
      evidence('r3-agenda-pows', AGENDA_TO_DIPLOMATS, zelenskyToDiplomats),
    ),
    claim(
      'agenda',
      { topic: 'Return of children abducted by Russia', included: true },
      evidence('r3-agenda-children', AGENDA_TO_DIPLOMATS, zelenskyToDiplomats),
    ),
    claim(
      'agenda',
      { topic: 'Preparing a meeting at the presidential level', included: true },
      evidence('r3-agenda-summit', AGENDA_TO_DIPLOMATS, zelenskyToDiplomats),
    ),
    claim(
      'agenda',
      { topic: 'Detailed ceasefire talks', included: false },
      evidence(
        'r3-agenda-no-ceasefire',
        'Earlier, Zelensky said that detailed ceasefire talks are not on the agenda for the next round of negotiations with Russia.',
        named('zelensky'),
      ),
    ),
  ],
}

export const talks: readonly Talk[] = [mayRound, juneRound, julyRound]
