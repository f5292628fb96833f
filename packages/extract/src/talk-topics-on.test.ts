import { describe, expect, it } from 'vitest'
import { agendaIn } from './talk-facts.ts'
import { talksOnIn } from './talk-topics-on.ts'

const topics = (s: string) => agendaIn(s).map((a) => a.topic)

describe('topics told as what talks are "on"', () => {
  it('reads the topic after "talks on" and "negotiations between … on"', () => {
    expect(topics('The two states held talks on grain corridors in Oman.')).toEqual([
      'Grain corridors',
    ])
    expect(
      topics(
        'A new round of negotiations between the two teams on a possible truce could be held soon.',
      ),
    ).toEqual(['A possible truce'])
  })

  it('reads no topic from a day, the sidelines or the soil talks sit on', () => {
    expect(talksOnIn('The talks on Friday lasted two hours.')).toEqual([])
    expect(talksOnIn('Talks on the sidelines of the summit went well.')).toEqual([])
    expect(talksOnIn('Talks on Omani soil began on Monday.')).toEqual([])
    expect(talksOnIn('Talks on the second day of the meeting ended.')).toEqual([])
    expect(talksOnIn('The sides held talks on a date for the next round.')).toEqual([])
  })

  it('reads what talks concentrated on, up to "involving", and what a side hoped to reach', () => {
    expect(
      topics(
        'The envoys concluded talks in Muscat, concentrating on a truce at sea involving both navies.',
      ),
    ).toEqual(['Truce at sea'])
    expect(topics('He said Kyiv hoped during the talks to reach a deal on grain.')).toEqual([
      'Deal on grain',
    ])
  })
})
