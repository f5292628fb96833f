import { describe, expect, it } from 'vitest'
import {
  mappedNames,
  nameDecisions,
  nameField,
  proposedNames,
  readNameChoices,
} from './name-choices.ts'
import { dictionaries, newNamesProposal } from './new-names.fixture.ts'

const petrenko = { type: 'actor', proposedId: 'new-ivan-petrenko' } as const
const zarichne = { type: 'place', proposedId: 'new-zarichne' } as const
const petrenkoField = nameField(petrenko)
const zarichneField = nameField(zarichne)

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.set(k, v)
  return data
}
const read = (entries: Record<string, string>) =>
  readNameChoices(newNamesProposal, form(entries), dictionaries)

describe('proposedNames', () => {
  it('lists a name read by two drafts (and twice in one) once, with both drafts', () => {
    expect(proposedNames(newNamesProposal)).toEqual([
      { type: 'place', name: 'Zarichne', proposedId: 'new-zarichne', draftIds: ['draft-attack-1'] },
      {
        type: 'actor',
        name: 'Ivan Petrenko',
        proposedId: 'new-ivan-petrenko',
        draftIds: ['draft-attack-1', 'draft-statement-1'],
      },
    ])
  })
})

describe('adding a name to the dictionary', () => {
  it('reads “new:<kind>” as a decision to add the name as an actor of that kind', () => {
    const { choices, errors } = read({ [petrenkoField]: 'new:person' })
    expect(errors).toEqual([])
    expect(nameDecisions(choices)).toEqual([
      { proposedId: 'new-ivan-petrenko', action: 'add', kind: 'person' },
    ])
  })

  it('refuses a kind the dictionary does not know, and a place offered as an actor', () => {
    expect(read({ [petrenkoField]: 'new:wizard' }).errors).toEqual([
      '“Ivan Petrenko” cannot be added as a wizard.',
    ])
    // Places need coordinates the article does not give: “new:” is no option for them.
    const place = read({ [zarichneField]: 'new:person' })
    expect(place.choices.find((c) => c.type === 'place')?.adds).toBeUndefined()
    expect(place.errors).toHaveLength(1)
  })
})

describe('readNameChoices', () => {
  it('keeps every name new when the form says nothing, one choice per name', () => {
    const { choices, errors } = read({})
    expect(errors).toEqual([])
    expect(choices.map((c) => [c.proposedId, c.draftIds, c.mappedTo])).toEqual([
      ['new-zarichne', ['draft-attack-1'], undefined],
      ['new-ivan-petrenko', ['draft-attack-1', 'draft-statement-1'], undefined],
    ])
  })

  it('maps an actor by id and a place by id or by a name only one place has', () => {
    const { choices, errors } = read({
      [petrenkoField]: 'martsinkiv',
      [zarichneField]: 'odesa',
    })
    expect(errors).toEqual([])
    expect(choices.find((c) => c.proposedId === 'new-zarichne')?.mappedTo).toEqual({
      id: 'ua-odesa',
      name: 'Odesa',
    })
    expect(nameDecisions(choices)).toEqual([
      { proposedId: 'new-zarichne', action: 'map', to: 'ua-odesa' },
      { proposedId: 'new-ivan-petrenko', action: 'map', to: 'martsinkiv' },
    ])
    expect(mappedNames(choices)).toEqual([
      { name: 'Zarichne', to: 'Odesa', toId: 'ua-odesa' },
      { name: 'Ivan Petrenko', to: 'Ruslan Martsinkiv', toId: 'martsinkiv' },
    ])
  })

  it('sends no decision for a name left new: keeping it is the default', () => {
    expect(nameDecisions(read({}).choices)).toEqual([])
  })

  it('ignores a field in the old per-draft shape: only the one field per name is read', () => {
    const { choices, errors } = read({
      'name.draft-statement-1.actor.new-ivan-petrenko': 'ua-kyiv',
    })
    expect(errors).toEqual([])
    expect(choices.every((c) => c.mappedTo === undefined)).toBe(true)
  })

  it('refuses an id no dictionary holds, saying which name it was for', () => {
    const { choices, errors } = read({ [petrenkoField]: 'new-someone-else' })
    expect(errors).toEqual([
      'No actor “new-someone-else” in the actor dictionary: pick one from the list for “Ivan Petrenko”, or keep it as a new name.',
    ])
    expect(nameDecisions(choices)).toEqual([])
    expect(choices.find((c) => c.type === 'actor')?.value).toBe('new-someone-else')
  })

  it('refuses an entry of the other type: an actor is no place, a place no actor', () => {
    expect(read({ [petrenkoField]: 'ua-kyiv' }).errors).toEqual([
      '“ua-kyiv” is a place, not an actor: “Ivan Petrenko” can only be mapped to an actor.',
    ])
    expect(read({ [zarichneField]: 'zelensky' }).errors).toEqual([
      '“zelensky” is an actor, not a place: “Zarichne” can only be mapped to a place.',
    ])
  })

  it('refuses a huge value without echoing it whole', () => {
    const huge = 'x'.repeat(100_000)
    const { choices, errors } = read({ [petrenkoField]: huge })
    expect(errors).toEqual([
      'The choice for “Ivan Petrenko” is 100000 characters long: pick an actor from the list.',
    ])
    expect(choices.every((c) => c.value.length <= 200)).toBe(true)
  })

  it('ignores fields for names this reading of the article does not hold', () => {
    const forged = read({
      [nameField({ type: 'actor', proposedId: 'russia' })]: 'ukraine',
    })
    expect(forged.errors).toEqual([])
    expect(forged.choices.every((c) => c.mappedTo === undefined)).toBe(true)
  })

  it('refuses a file sent in place of a text', () => {
    const data = new FormData()
    data.set(petrenkoField, new Blob(['zelensky']), 'choice.txt')
    const { choices, errors } = readNameChoices(newNamesProposal, data, dictionaries)
    expect(errors).toEqual(['The choice for “Ivan Petrenko” must be text, not a file.'])
    expect(nameDecisions(choices)).toEqual([])
  })
})
