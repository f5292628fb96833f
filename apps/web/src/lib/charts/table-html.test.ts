import { describe, expect, it } from 'vitest'
import { tableHtml } from './table-html.ts'

describe('tableHtml', () => {
  it('heads columns and rows so a screen reader names each cell', () => {
    expect(
      tableHtml({ head: ['month', 'attacks'], rows: [{ label: 'Jul 2025', cells: ['61'] }] }),
    ).toBe(
      '<table><thead><tr><th scope="col">month</th><th scope="col">attacks</th></tr></thead><tbody><tr><th scope="row">Jul 2025</th><td>61</td></tr></tbody></table>',
    )
  })

  it('escapes every text, a donor’s name included', () => {
    const html = tableHtml({
      head: ['donor'],
      rows: [{ label: '<img src=x onerror=alert(1)> & "Co"', cells: [] }],
    })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;')
    expect(html).not.toContain('<img')
  })
})
