import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { wordOverlap } from './merge-signals.ts'
import { quotedPassages, renderings, statementSignals } from './merge-statements.ts'

describe('quotedPassages', () => {
  it.each([
    ['"Russia chooses ballistics," he said.', ['Russia chooses ballistics,']],
    [
      'He kills children in order not to talk," Zelensky said.',
      ['He kills children in order not to talk,'],
    ],
    [
      'Umerov said at a press conference: "We are now ready for a ceasefire.',
      ['We are now ready for a ceasefire.'],
    ],
    ['He said "we are ready to talk" and left.', ['we are ready to talk']],
    ['No quotation in this sentence at all.', []],
  ])('%s', (sentence, passages) => {
    expect(quotedPassages(sentence)).toEqual(passages)
  })
})

/** The statement drafts of a text by Zelensky, as a report gives them. */
const statements = (text: string): Statement[] =>
  extract(text, { publishedAt: '2025-08-28', source: { id: 'src-test' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )
const words = (a: Statement, b: Statement) =>
  statementSignals(a, b).find((s) => s?.reason.startsWith('similar words'))

describe('statementSignals: the quoted words of the sentence', () => {
  // A quotation of two sentences whose attribution ("said of Putin") the extractor took for the
  // statement: the quoted words still say what was said.
  const liga = statements(
    '"But he chooses ballistics over any real steps toward peace. He kills children to avoid talking about when and how peace will come," Zelensky said of Putin, responding to the attack.',
  )
  const censor = statements(
    '"But he chooses ballistic missiles instead of any real steps toward peace. He kills children in order not to talk about when and how peace will come," President Volodymyr Zelenskyy said of Putin in his video address.',
  )
  it('two translations of one address meet through their quoted words', () => {
    const [a, b] = [liga[0], censor[0]]
    expect(a && renderings(a).length).toBe(2)
    expect(a && b ? words(a, b)?.weight : undefined).toBeGreaterThan(0.4)
  })
  it('the same day’s other statement sharing a phrase is not similar', () => {
    const [morning] = statements(
      '"Russia chooses ballistics instead of the negotiating table," Ukrainian President Volodymyr Zelenskyy said in a post on X.',
    )
    const [evening] = censor
    expect(morning && evening ? words(morning, evening) : 'missing').toBeUndefined()
  })
  it('a later post by the same speaker, reusing half its words, is another statement', () => {
    const [telegram] = statements(
      '"The roof and the upper floors. Rescuers are putting out the fire. I thank them for their work. We will restore the buildings. But the lives lost cannot be brought back. The enemy terrorises and kills our people across the country every day," Prime Minister Yulia Svyrydenko wrote on Telegram.',
    )
    const [facebook] = statements(
      '"Fortunately, no one was injured. The fire has been put out. Thanks to the rescuers. Russian terror will not stop the government’s work. We will restore what was destroyed. But the lives of Ukrainians cannot be brought back," Prime Minister Yulia Svyrydenko wrote on Facebook.',
    )
    const rendered = telegram && facebook && wordOverlap(telegram.text, facebook.text)
    expect(rendered).toBeGreaterThan(0.4)
    expect(telegram && facebook ? words(telegram, facebook) : 'missing').toBeUndefined()
  })
})
