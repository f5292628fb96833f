import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RecordTotal } from './record-total.tsx'

describe('RecordTotal', () => {
  it('says how many records match when the list answer carries a total', () => {
    const page = { items: [], total: { value: 6771, exact: true } }
    expect(renderToStaticMarkup(<RecordTotal page={page} />)).toBe(
      '<p class="muted total">6,771 records</p>',
    )
  })

  it('says a capped count is a floor', () => {
    const page = { items: [], total: { value: 10000, exact: false } }
    expect(renderToStaticMarkup(<RecordTotal page={page} />)).toBe(
      '<p class="muted total">at least 10,000 records</p>',
    )
  })

  it('renders nothing for an answer without one', () => {
    expect(renderToStaticMarkup(<RecordTotal page={{}} />)).toBe('')
    expect(renderToStaticMarkup(<RecordTotal page={undefined} />)).toBe('')
  })
})
