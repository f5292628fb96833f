import {
  type Attack,
  actorById,
  actors,
  type IngestProposal,
  type NewName,
  placeById,
  places,
  type Statement,
} from '@sitrep/domain'
import type { EntryDictionaries } from './resolve-entry.ts'

/** The dictionaries the API serves, read straight from the domain package. */
export const dictionaries: EntryDictionaries = {
  actor: actorById,
  place: placeById,
  actors,
  places,
}

/**
 * What the extractor proposes for a report naming an official and a village no dictionary
 * holds (the shape `POST /v1/ingest` returned for this text).
 */
const TEXT =
  'Zarichne strike\n\nAt least two people were killed in a Russian drone attack on the village of Zarichne overnight into Tuesday, Kyiv regional governor Ivan Petrenko said.'
const SENTENCE = TEXT.slice(TEXT.indexOf('At least'))
const span = (words: string) => {
  const start = TEXT.indexOf(words)
  return { start, end: start + words.length }
}
const petrenko: NewName = {
  type: 'actor',
  name: 'Ivan Petrenko',
  proposedId: 'new-ivan-petrenko',
  span: span('Ivan Petrenko'),
}
const zarichne: NewName = {
  type: 'place',
  name: 'Zarichne',
  proposedId: 'new-zarichne',
  span: span('Zarichne'),
}
const evidence = {
  sourceId: 'src-zarichne',
  span: span(SENTENCE),
  quote: SENTENCE,
  assertedBy: { type: 'actor', actorId: 'new-ivan-petrenko' },
  attribution: 'named-official',
  channel: 'remarks',
  verification: 'unverified',
} as const

const attack: Attack = {
  kind: 'attack',
  id: 'draft-attack-1',
  title: 'Russia drone attack on Ukraine on 1 place(s)',
  attackerId: 'russia',
  targetId: 'ukraine',
  placeIds: ['new-zarichne'],
  weapons: [{ type: 'drone' }],
  claims: [
    {
      ...evidence,
      id: 'draft-attack-1-e1',
      fact: 'killed',
      value: {
        qualifier: 'at-least',
        value: 2,
        raw: 'At least two people were killed',
        scope: 'new-zarichne',
      },
    },
  ],
}

const statement: Statement = {
  kind: 'statement',
  id: 'draft-statement-1',
  title: 'Ivan Petrenko: At least two people were killed',
  speaker: { type: 'actor', actorId: 'new-ivan-petrenko' },
  speakerRole: 'Kyiv regional governor',
  mode: 'paraphrase',
  text: 'At least two people were killed in a Russian drone attack on the village of Zarichne overnight into Tuesday',
  channel: 'remarks',
  aboutIds: ['draft-attack-1'],
  claims: [
    {
      ...evidence,
      id: 'draft-statement-1-date',
      fact: 'date',
      value: {
        resolved: false,
        precision: 'day',
        raw: '(no date given)',
        reason: 'the article does not say when this was said',
      },
    },
  ],
}

export const newNamesProposal: IngestProposal = {
  source: {
    id: 'src-zarichne',
    kind: 'article',
    language: 'en',
    title: 'Zarichne strike',
    text: TEXT,
  },
  drafts: [
    // The extractor flags a name at every place it reads it; the review offers one choice.
    { record: attack, newNames: [zarichne, petrenko, { ...petrenko }] },
    { record: statement, newNames: [petrenko] },
  ],
  matches: [],
  defaults: [
    { draftId: 'draft-attack-1', action: 'new' },
    { draftId: 'draft-statement-1', action: 'new' },
  ],
}
