import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RecordTotal } from './record-total.tsx'

describe('RecordTotal', () => {
  it('says how many records match when the list answer carries a total', () => {
    expect(renderToStaticMarkup(<RecordTotal page={{ items: [], total: 6771 }} />)).toBe(
      '<p class="muted total">6,771 records</p>',
    )
  })

  it('renders nothing for an answer without one', () => {
    expect(renderToStaticMarkup(<RecordTotal page={{ items: [] }} />)).toBe('')
    expect(renderToStaticMarkup(<RecordTotal page={undefined} />)).toBe('')
  })
})
