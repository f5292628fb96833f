import { Problem } from '@sitrep/domain'

const problemContent = { 'application/problem+json': { schema: Problem } }

/** The errors every route can answer, spread into each `createRoute` so the document lists them. */
export const problemResponses = {
  400: { description: 'Invalid parameters or body', content: problemContent },
  429: { description: 'Rate limit exceeded', content: problemContent },
  500: { description: 'Internal error', content: problemContent },
  503: {
    description: 'Overloaded: the query ran past its time budget or too many wait; see Retry-After',
    content: problemContent,
  },
} as const

export const notFoundResponse = {
  404: { description: 'No such record', content: problemContent },
} as const

/** What a write can additionally answer. */
export const writeProblemResponses = {
  401: { description: 'No or unknown API key', content: problemContent },
  403: { description: 'The key’s role does not allow this', content: problemContent },
  409: { description: 'The id is taken', content: problemContent },
  412: { description: 'The record changed since the version in If-Match', content: problemContent },
  413: { description: 'The body is too large', content: problemContent },
  415: { description: 'The body is not JSON', content: problemContent },
  422: { description: 'The record is refused by the domain rules', content: problemContent },
  428: { description: 'If-Match is required', content: problemContent },
} as const
