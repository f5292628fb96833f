import type { Asserter, Channel } from '../evidence.ts'
import type { FuzzyDate } from '../fuzzy-date.ts'
import type { Statement } from '../statement.ts'
import {
  airDefenceRequest,
  funds2026Request,
  norwayAirDefencePledge,
  syrskyiNeedsRequest,
  weaponsProductionRequest,
} from './aid.ts'
import { russianDroneWave, ukrainianDronesOverRussia } from './attacks.ts'
import {
  type Attribution,
  body,
  claim,
  named,
  unnamedOfficials,
  unnamedSource,
} from './evidence-builder.ts'
import { dates, evidence } from './source.ts'
import { julyRound, juneRound } from './talks.ts'

const ON_MONDAY = dates.day('on Monday', '2025-07-21')
const UNDATED = dates.undated('(no date given)', 'the article does not say when this was said')

interface StatementSpec {
  readonly id: string
  readonly title: string
  /** The sentence that reports the statement: the evidence for it. */
  readonly sentence: string
  readonly who: Attribution
  readonly speakerRole?: string
  readonly mode: Statement['mode']
  readonly text: string
  readonly channel: Channel
  readonly audience?: string
  readonly about: readonly string[]
  readonly date: FuzzyDate
  readonly occurrence?: number
}

/** A statement is evidenced by the sentence that reports it; its speaker is that sentence's. */
const statement = (s: StatementSpec): Statement => {
  const speaker: Asserter = s.who.assertedBy
  return {
    kind: 'statement',
    id: s.id,
    title: s.title,
    speaker,
    ...(s.speakerRole ? { speakerRole: s.speakerRole } : {}),
    mode: s.mode,
    text: s.text,
    channel: s.channel,
    ...(s.audience ? { audience: s.audience } : {}),
    aboutIds: [...s.about],
    claims: [claim('date', s.date, evidence(`${s.id}-date`, s.sentence, s.who, s.occurrence))],
  }
}

const zelensky = (channel: Channel) => named('zelensky', { channel })
const TO_DIPLOMATS = 'diplomats in Kyiv'

export const statements: readonly Statement[] = [
  statement({
    id: 'st-zelensky-next-round-wednesday',
    title: 'Zelensky: next round in Istanbul on Wednesday',
    sentence:
      'The next round of negotiations between Ukraine and Russia will take place in Istanbul on Wednesday, Ukrainian President Volodymyr Zelensky said on Monday.\nThis was reported to him by Ukraine’s chief negotiator, Rustem Umyerov, Zelensky said in a video message.',
    who: named('zelensky', {
      channel: 'video-message',
      citing: { type: 'actor', actorId: 'umerov' },
    }),
    speakerRole: 'Ukrainian President',
    mode: 'paraphrase',
    text: 'The next round of negotiations between Ukraine and Russia will take place in Istanbul on Wednesday; Ukraine’s chief negotiator Rustem Umerov reported this to him. A new prisoner exchange is being prepared.',
    channel: 'video-message',
    about: [julyRound.id],
    date: ON_MONDAY,
  }),
  statement({
    id: 'st-tass-source-thursday',
    title: 'TASS source: the talks are on Thursday',
    sentence:
      'The Russian state news agency TASS, referring to an unnamed source, named Thursday as the date for the fresh negotiations.',
    who: unnamedSource('tass'),
    mode: 'paraphrase',
    text: 'Thursday is the date for the fresh negotiations.',
    channel: 'news-agency-report',
    about: [julyRound.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-zelensky-no-ceasefire-agenda',
    title: 'Zelensky: detailed ceasefire talks not on the agenda',
    sentence:
      'Earlier, Zelensky said that detailed ceasefire talks are not on the agenda for the next round of negotiations with Russia.',
    who: zelensky('remarks'),
    mode: 'paraphrase',
    text: 'Detailed ceasefire talks are not on the agenda for the next round of negotiations with Russia.',
    channel: 'remarks',
    about: [julyRound.id],
    date: dates.span('Earlier', '2025-07-14', '2025-07-21', 'week'),
  }),
  statement({
    id: 'st-zelensky-agenda-to-diplomats',
    title: 'Zelensky tells diplomats what the meeting should focus on',
    sentence:
      'Wednesday’s meeting should instead focus on advancing the return of Ukrainian prisoners of war and children abducted by Russia, as well as preparing a meeting at the presidential level, Zelensky told Kiev diplomats on Monday.',
    who: zelensky('remarks'),
    mode: 'paraphrase',
    text: 'Wednesday’s meeting should focus on advancing the return of Ukrainian prisoners of war and children abducted by Russia, and on preparing a meeting at the presidential level.',
    channel: 'remarks',
    audience: TO_DIPLOMATS,
    about: [julyRound.id],
    date: ON_MONDAY,
  }),
  statement({
    id: 'st-zelensky-more-momentum',
    title: '“We need more momentum in the negotiations”',
    sentence:
      '“We need more momentum in the negotiations to end the war,” Zelensky said, explaining his insistence on a meeting with Russian President Vladimir Putin.',
    who: zelensky('remarks'),
    mode: 'quote',
    text: 'We need more momentum in the negotiations to end the war',
    channel: 'remarks',
    audience: TO_DIPLOMATS,
    about: [julyRound.id],
    date: ON_MONDAY,
  }),
  statement({
    id: 'st-zelensky-highest-level',
    title: 'Zelensky: results only from the highest level',
    sentence:
      'He stated that results could only be expected from discussions at the highest level.',
    who: zelensky('remarks'),
    mode: 'paraphrase',
    text: 'Results could only be expected from discussions at the highest level.',
    channel: 'remarks',
    audience: TO_DIPLOMATS,
    about: [julyRound.id],
    date: ON_MONDAY,
  }),
  statement({
    id: 'st-kremlin-confirms-interest',
    title: 'Kremlin confirms interest in a third round',
    sentence:
      'The Kremlin confirmed its interest in a third round of negotiations proposed by Zelensky to end the war.',
    who: body('kremlin'),
    mode: 'paraphrase',
    text: 'The Kremlin is interested in a third round of negotiations proposed by Zelensky.',
    channel: 'official-statement',
    about: [julyRound.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-peskov-position-papers',
    title: 'Peskov: position papers were exchanged at the previous meeting',
    sentence:
      'At the previous meeting, both sides exchanged their position papers, Kremlin spokesman Dmitry Peskov said.',
    who: named('peskov', { channel: 'remarks' }),
    speakerRole: 'Kremlin spokesman',
    mode: 'paraphrase',
    text: 'At the previous meeting, both sides exchanged their position papers.',
    channel: 'remarks',
    about: [juneRound.id, julyRound.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-peskov-diplomatic-work',
    title: 'Peskov: “great diplomatic work” still needed',
    sentence:
      'According to Russian news agencies, he added that “great diplomatic work” is still needed as their views as so opposing.',
    who: named('peskov', {
      reportedBy: { type: 'unnamed', description: 'Russian news agencies' },
      channel: 'news-agency-report',
    }),
    speakerRole: 'Kremlin spokesman',
    mode: 'paraphrase',
    text: '“Great diplomatic work” is still needed as the sides’ views are so opposed.',
    channel: 'news-agency-report',
    about: [julyRound.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-zelensky-air-defence',
    title: 'Zelensky: Ukraine needs more air defence systems',
    sentence:
      'Zelensky reiterated on Monday that Ukraine needs more air defence systems to protect larger parts of the country from Russian drones and missiles.',
    who: zelensky('remarks'),
    mode: 'paraphrase',
    text: 'Ukraine needs more air defence systems to protect larger parts of the country from Russian drones and missiles.',
    channel: 'remarks',
    about: [airDefenceRequest.id],
    date: ON_MONDAY,
  }),
  statement({
    id: 'st-kyiv-officials-five-billion',
    title: 'Kyiv officials: over €5 billion needed this year',
    sentence:
      'Officials in Kiev said earlier that Ukraine requires the equivalent of over €5 billion ($5.84 billion) in additional military aid this year to boost its production of weapons.',
    who: unnamedOfficials('Officials in Kiev', 'ukraine'),
    mode: 'paraphrase',
    text: 'Ukraine requires the equivalent of over €5 billion ($5.84 billion) in additional military aid this year to boost its production of weapons.',
    channel: 'remarks',
    about: [weaponsProductionRequest.id],
    date: dates.span('earlier', '2025-07-14', '2025-07-21', 'week'),
  }),
  statement({
    id: 'st-shmyhal-funds-for-drones',
    title: 'Shmyhal: the funds are for drones, interceptors and long-range weapons',
    sentence:
      'The funds are necessary to manufacture more remote-controlled drones, interceptor drones and long-range weapons, Defence Minister Denys Shmyhal said during an online meeting in the so-called Ramstein format.',
    who: named('shmyhal', { channel: 'online-meeting' }),
    speakerRole: 'Defence Minister',
    mode: 'paraphrase',
    text: 'The funds are necessary to manufacture more remote-controlled drones, interceptor drones and long-range weapons.',
    channel: 'online-meeting',
    audience: 'Ramstein-format partners',
    about: [weaponsProductionRequest.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-shmyhal-funds-2026',
    title: 'Shmyhal asks for 2026 funds in advance',
    sentence:
      'According to the Interfax-Ukraine news agency, he asked partner countries to already provide funds for 2026.',
    who: named('shmyhal', {
      reportedBy: { type: 'actor', actorId: 'interfax-ukraine' },
      channel: 'online-meeting',
    }),
    speakerRole: 'Defence Minister',
    mode: 'paraphrase',
    text: 'Partner countries should already provide funds for 2026.',
    channel: 'online-meeting',
    audience: 'partner countries',
    about: [funds2026Request.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-syrskyi-more-aid',
    title: 'Syrskyi calls for more military aid',
    sentence:
      'Ukrainian Commander-in-Chief Oleksandr Syrskyi also called for an increase in military aid.',
    who: named('syrskyi'),
    speakerRole: 'Ukrainian Commander-in-Chief',
    mode: 'paraphrase',
    text: 'Military aid must increase.',
    channel: 'remarks',
    about: [syrskyiNeedsRequest.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-syrskyi-urgently-lacking',
    title: '“We are still urgently lacking air-defence systems…”',
    sentence:
      '“We are still urgently lacking air-defence systems and associated missiles, long-range weapons, artillery shells, armoured technology, evacuation equipment, electronic warfare systems, radars, drone systems and more,” the general said',
    who: named('syrskyi'),
    speakerRole: 'Ukrainian Commander-in-Chief',
    mode: 'quote',
    text: 'We are still urgently lacking air-defence systems and associated missiles, long-range weapons, artillery shells, armoured technology, evacuation equipment, electronic warfare systems, radars, drone systems and more',
    channel: 'remarks',
    about: [syrskyiNeedsRequest.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-syrskyi-joint-efforts',
    title: 'Syrskyi: only joint efforts can stop Russian aggression',
    sentence: 'adding that only with joint efforts could Russian aggression be stopped.',
    who: named('syrskyi'),
    speakerRole: 'Ukrainian Commander-in-Chief',
    mode: 'paraphrase',
    text: 'Only with joint efforts could Russian aggression be stopped.',
    channel: 'remarks',
    about: [syrskyiNeedsRequest.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-store-considerable-contribution',
    title: 'Støre: Norway willing to make a considerable financial contribution',
    sentence:
      'Following a meeting with German Chancellor Friedrich Merz in Berlin, Norwegian Prime Minister Jonas Gahr Støre declared his country’s willingness to make a considerable financial contribution.',
    who: named('store', { channel: 'remarks' }),
    speakerRole: 'Norwegian Prime Minister',
    mode: 'paraphrase',
    text: 'Norway is willing to make a considerable financial contribution to strengthening Ukraine’s air defence.',
    channel: 'remarks',
    about: [norwayAirDefencePledge.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-ua-officials-kyiv-toll',
    title: 'Ukrainian officials: at least one killed, eight injured in Kyiv',
    sentence:
      'At least one person was killed and eight others injured as Russia launched a wave of drone attacks on Kiev overnight into Monday, Ukrainian officials said.',
    who: unnamedOfficials('Ukrainian officials', 'ukraine'),
    mode: 'paraphrase',
    text: 'At least one person was killed and eight others injured in the drone attacks on Kyiv overnight into Monday.',
    channel: 'official-statement',
    about: [russianDroneWave.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-zelensky-x-toll',
    title: 'Zelensky on X: two dead and 15 injured nationwide',
    sentence:
      'Zelensky wrote on X about a total of two dead and 15 injured following the attacks across the country as a whole.',
    who: zelensky('social-media-post'),
    mode: 'paraphrase',
    text: 'A total of two dead and 15 injured following the attacks across the country.',
    channel: 'social-media-post',
    about: [russianDroneWave.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-martsinkiv-largest-attack',
    title: 'Martsinkiv: the largest attack on Ivano-Frankivsk since the war began',
    sentence:
      'Referring to Ivano-Frankivsk, Mayor Ruslan Martsinkiv described it as the largest attack since the beginning of the war.',
    who: named('martsinkiv'),
    speakerRole: 'Mayor of Ivano-Frankivsk',
    mode: 'paraphrase',
    text: 'It was the largest attack on Ivano-Frankivsk since the beginning of the war.',
    channel: 'remarks',
    about: [russianDroneWave.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-ru-mod-74-drones',
    title: 'Russian MoD: 74 Ukrainian drones shot down, 15 approaching Moscow',
    sentence:
      'The Ministry of Defence in Moscow said that 74 Ukrainian drones were shot down over Russian territory overnight into Monday.',
    who: body('ru-mod'),
    mode: 'paraphrase',
    text: '74 Ukrainian drones were shot down over Russian territory overnight into Monday; 15 of them were approaching Moscow.',
    channel: 'official-statement',
    about: [ukrainianDronesOverRussia.id],
    date: UNDATED,
  }),
  statement({
    id: 'st-rosaviatsiya-airports',
    title: 'Rosaviatsiya: Moscow and Nizhny Novgorod airports closed for hours',
    sentence:
      'According to the aviation authority Rosaviatsiya, the four Moscow airports and one in Nizhny Novgorod were closed for take-offs and landings for hours.',
    who: body('rosaviatsiya'),
    mode: 'paraphrase',
    text: 'The four Moscow airports and one in Nizhny Novgorod were closed for take-offs and landings for hours.',
    channel: 'official-statement',
    about: [ukrainianDronesOverRussia.id],
    date: UNDATED,
  }),
]
