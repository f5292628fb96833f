import { Problem } from '@sitrep/domain'

const problemContent = { 'application/problem+json': { schema: Problem } }

/** The errors every route can answer, spread into each `createRoute` so the document lists them. */
export const problemResponses = {
  400: { description: 'Invalid parameters or body', content: problemContent },
  429: { description: 'Rate limit exceeded', content: problemContent },
  500: { description: 'Internal error', content: problemContent },
} as const

export const notFoundResponse = {
  404: { description: 'No such record', content: problemContent },
} as const
