import { describe, expect, it } from 'vitest'
import type { Brief } from './brief.ts'
import { renderBriefHtml } from './render-html.ts'
import { renderBriefMarkdown } from './render-markdown.ts'
import { seedBrief } from './testing/seed-brief.ts'

/** A brief whose one sentence cites a source with a URL, outlet and date. */
const small: Brief = {
  scope: { from: '2025-07-21', to: '2025-07-21' },
  revision: 7,
  sections: [
    {
      id: 'talks',
      title: 'Talks and diplomacy',
      omitted: 2,
      omittedExact: true,
      sentences: [
        {
          text: 'Round <3>: Wednesday 23 July 2025.',
          figures: [],
          parts: [
            { text: 'Round <3>: ', citations: [] },
            {
              text: 'Wednesday 23 July 2025',
              citations: [
                {
                  recordId: 'talk-1',
                  claimIds: ['c-1'],
                  sourceId: 'src-1',
                  span: { start: 0, end: 40 },
                  quote: 'talks will take place in Istanbul on Wednesday',
                  url: 'https://example.org/news/talks',
                  outlet: 'Example News',
                  publishedAt: '2025-07-21T09:00:00Z',
                },
              ],
            },
            { text: '.', citations: [] },
          ],
        },
      ],
    },
  ],
}

describe('renderBriefMarkdown', () => {
  it('numbers footnotes with outlet, date, URL at the span and the quoted words', () => {
    const md = renderBriefMarkdown(small)
    expect(md).toContain('- Round \\<3\\>: Wednesday 23 July 2025[^1].')
    expect(md).toContain('- _2 more not shown._')
    expect(md).toContain(
      '[^1]: Example News, 21 July 2025, <https://example.org/news/talks#:~:text=talks%20will%20take%20place%20in%20Istanbul%20on%20Wednesday>: “talks will take place in Istanbul on Wednesday”',
    )
  })

  it('gives one number to the same words cited twice', () => {
    const md = renderBriefMarkdown(seedBrief())
    const notes = md.split('\n').filter((l) => /^\[\^\d+\]:/.test(l))
    expect(new Set(notes.map((l) => l.replace(/^\[\^\d+\]: /, ''))).size).toBe(notes.length)
  })
})

describe('renderBriefHtml', () => {
  it('escapes text and links marks to notes and notes to the source at the span', () => {
    const html = renderBriefHtml(small)
    expect(html).toContain(
      'Round &lt;3&gt;: Wednesday 23 July 2025<sup><a href="#fn-1" id="fnref-1">1</a></sup>.',
    )
    expect(html).toContain('<li id="fn-1"><a href="https://example.org/news/talks#:~:text=')
    expect(html).toContain('<q>talks will take place in Istanbul on Wednesday</q>')
  })

  it('links notes where the caller says', () => {
    const html = renderBriefHtml(small, {
      sourceHref: (c) => `/sources/${c.sourceId}#ev-${c.claimIds[0]}`,
    })
    expect(html).toContain('<a href="/sources/src-1#ev-c-1">Example News, 21 July 2025</a>')
  })
})
