import { describe, expect, it } from 'vitest'
import { type Actor, roleOn } from './actor.ts'

const shmyhal: Actor = {
  id: 'shmyhal',
  kind: 'person',
  name: 'Denys Shmyhal',
  aliases: [],
  roles: [
    { title: 'Prime Minister of Ukraine', from: '2020-03-04', to: '2025-07-16' },
    { title: 'Minister of Defence of Ukraine', from: '2025-07-17' },
  ],
}

describe('roleOn gives the role held on the day', () => {
  it.each([
    ['2025-07-01', 'Prime Minister of Ukraine'],
    ['2025-07-21', 'Minister of Defence of Ukraine'],
    ['2019-01-01', undefined],
  ])('on %s: %s', (day, title) => {
    expect(roleOn(shmyhal, day)?.title).toBe(title)
  })
})
