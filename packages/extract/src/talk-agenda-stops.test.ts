import { describe, expect, it } from 'vitest'
import { agendaIn } from './talk-facts.ts'

const topics = (s: string) => agendaIn(s).map((a) => a.topic)

describe('where a topic of the agenda stops', () => {
  it('stops an aim where the sentence resumes with its own verb', () => {
    expect(
      topics('Talks aimed at settling the border dispute continued in Oslo for a second day.'),
    ).toEqual(['Settling the border dispute'])
    expect(topics('Another meeting to address the border dispute is anticipated soon.')).toEqual([
      'Border dispute',
    ])
  })

  it('reads no topic from "discussions on Sunday" nor from "discussed today at …"', () => {
    expect(topics('The envoys held lengthy discussions on Sunday in Oslo.')).toEqual([])
    expect(topics('While more was discussed today at the second meeting in Oslo.')).toEqual([])
  })
})
