import { describe, expect, it } from 'vitest'
import { canonicalUrl } from './canonical-url.ts'

const ARTICLE = 'https://dw.com/en/fresh-ukraine-russia-talks/a-73361234'

describe('canonicalUrl', () => {
  it.each([
    ['the canonical form itself', ARTICLE, ARTICLE],
    [
      'upper-case scheme and host',
      'HTTPS://DW.COM/en/fresh-ukraine-russia-talks/a-73361234',
      ARTICLE,
    ],
    ['http for https', 'http://dw.com/en/fresh-ukraine-russia-talks/a-73361234', ARTICLE],
    ['a www. host', 'https://www.dw.com/en/fresh-ukraine-russia-talks/a-73361234', ARTICLE],
    ['a fragment', `${ARTICLE}#comments`, ARTICLE],
    ['a default port', 'https://dw.com:443/en/fresh-ukraine-russia-talks/a-73361234', ARTICLE],
    ['a trailing slash', `${ARTICLE}/`, ARTICLE],
    ['utm parameters', `${ARTICLE}?utm_source=twitter&utm_medium=social&UTM_Campaign=x`, ARTICLE],
    [
      'click ids of every ad network',
      `${ARTICLE}?fbclid=a&gclid=b&msclkid=c&yclid=d&twclid=e&igshid=f&_ga=g&_gl=h`,
      ARTICLE,
    ],
    ['newsletter ids', `${ARTICLE}?mc_cid=1&mc_eid=2&cmpid=3&ocid=4&smid=5`, ARTICLE],
    ['referrer tags', `${ARTICLE}?ref=homepage&ref_src=twsrc&ref_url=x`, ARTICLE],
    ['AT Internet tags', `${ARTICLE}?at_medium=RSS&at_campaign=64`, ARTICLE],
    ['an /amp suffix', `${ARTICLE}/amp`, ARTICLE],
    ['an /amp/ suffix', `${ARTICLE}/amp/`, ARTICLE],
    ['an amp. host', 'https://amp.dw.com/en/fresh-ukraine-russia-talks/a-73361234', ARTICLE],
    ['?outputType=amp', `${ARTICLE}?outputType=amp`, ARTICLE],
    ['a bare ?amp', `${ARTICLE}?amp`, ARTICLE],
    ['an empty query', `${ARTICLE}?`, ARTICLE],
    ['credentials', 'https://user:pw@dw.com/en/fresh-ukraine-russia-talks/a-73361234', ARTICLE],
    ['surrounding spaces', `  ${ARTICLE}\n`, ARTICLE],
  ])('removes %s', (_, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected)
  })

  it.each([
    [
      'sorts the parameters that select content',
      'https://x.com/s?q=kyiv&page=2',
      'https://x.com/s?page=2&q=kyiv',
    ],
    [
      'keeps parameters that select content, beside dropped tracking ones',
      'https://x.com/story.php?id=77&utm_source=a',
      'https://x.com/story.php?id=77',
    ],
    ['keeps the path’s case', 'https://x.com/News/Item-A', 'https://x.com/News/Item-A'],
    ['keeps other subdomains', 'https://edition.cnn.com/a', 'https://edition.cnn.com/a'],
    ['keeps the root’s slash', 'https://www.x.com/', 'https://x.com/'],
    [
      'keeps a path that merely contains amp',
      'https://x.com/camp/amp-up',
      'https://x.com/camp/amp-up',
    ],
    ['keeps a non-default port', 'https://x.com:8443/a/', 'https://x.com:8443/a'],
    [
      'keeps outputType other than amp',
      'https://x.com/a?outputType=print',
      'https://x.com/a?outputType=print',
    ],
    [
      'keeps a parameter named like a prefix word',
      'https://x.com/a?reference=3',
      'https://x.com/a?reference=3',
    ],
  ])('%s', (_, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected)
  })

  it.each([['not a URL'], ['ftp://x.com/a'], ['mailto:desk@dw.com'], ['']])(
    'gives undefined for %j, which is no web address',
    (input) => {
      expect(canonicalUrl(input)).toBeUndefined()
    },
  )
})
