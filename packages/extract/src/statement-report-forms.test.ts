import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string, publishedAt = '2023-01-16'): Statement[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

const speakers = (text: string) =>
  statements(text).map((s) => (s.speaker.type === 'actor' ? s.speaker.actorId : 'unnamed'))

describe('statements in the forms outlets write them', () => {
  it('reads "This was announced on Monday by the head of the RMA, Oleh Kiper, on Telegram"', () => {
    expect(
      speakers(
        'Russian troops struck the Odesa region with drones. This was announced on Monday by the head of the Odesa RMA, Oleh Kiper, on Telegram, UNN reports.',
      ),
    ).toEqual(['new-oleh-kiper'])
  })

  it('gives "X and Y write about this" a statement by each', () => {
    expect(
      speakers(
        'The Russian military struck Kharkiv. The mayor of Kharkiv Ihor Terekhov and the head of the Kharkiv Regional Military Administration Oleh Synyehubov write about this.',
      ),
    ).toEqual(['new-ihor-terekhov', 'new-oleh-synyehubov'])
  })

  it('reads "Sputnik quoted the Russian Ministry of Defense, stating, …" as the ministry’s words', () => {
    expect(
      speakers(
        'Sputnik quoted the Russian Ministry of Defense, stating, "Last night, air defense systems shot down 11 Ukrainian drones over the Kursk region."',
      ),
    ).toEqual(['ru-mod'])
  })

  it('never dates the speaking by a night told in the words', () => {
    const [s] = statements(
      'Valentyn Reznichenko reported this on Telegram. "At night, rescuers retrieved several more dead from the rubble of a building destroyed by a Russian missile," the post reads.',
    )
    const date = s?.claims.find((c) => c.fact === 'date')?.value
    expect(date).toMatchObject({ resolved: false })
  })

  it('reads "the chief of the German Defence Ministry" after Pistorius as Pistorius', () => {
    expect(
      speakers(
        'Pistorius said Russia is a threat. "Airstrikes against Ukraine have intensified again," the chief of the German Defence Ministry emphasised.',
      ),
    ).toEqual(['pistorius', 'pistorius'])
  })

  it('reads "mentioned that" as a reporting verb', () => {
    expect(
      speakers(
        'Belgorod Governor Vyacheslav Gladkov mentioned that windows were shattered by drone attacks.',
      ),
    ).toEqual(['new-vyacheslav-gladkov'])
  })

  it('reads "He said this during the Ramstein meeting, Tagesschau reports" as his, backwards', () => {
    const drafts = extract(
      'German Defense Minister Boris Pistorius has promised new assistance to Ukraine for EUR 500 million.\n\nHe said this during the Ramstein meeting, Tagesschau reports.',
      { publishedAt: '2024-02-14', source: { id: 's' } },
    )
    const money = drafts
      .flatMap((d) => (d.record.kind === 'aid' ? d.record.claims : []))
      .find((c) => c.fact === 'money')
    expect(money?.assertedBy).toEqual({ type: 'actor', actorId: 'pistorius' })
  })

  it('reads \'"…," said Zelensky of Putin\' as Zelensky’s words, never Putin’s', () => {
    for (const text of [
      '"He wants to continue the war and is buying time," Zelensky said of Putin.',
      '"He does not want peace," said Zelensky of Putin on Monday.',
    ])
      expect(statements(text).map((s) => s.speaker)).toEqual([
        { type: 'actor', actorId: 'zelensky' },
      ])
  })
})
