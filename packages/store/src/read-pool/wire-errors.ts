import { NotFound, ValidationFailed, type ValidationIssue } from '../errors.ts'

/**
 * A store error as it crosses from a read thread (structured clone keeps an Error's message but
 * not its class): the reads can fail only as NotFound or ValidationFailed; anything else is a
 * fault and stays a plain Error with its message.
 */
export type WireError =
  | {
      type: 'not-found'
      resource: NotFound['resource']
      id: string
      deletedAtVersion: number | undefined
    }
  | { type: 'validation'; summary: string; issues: readonly ValidationIssue[] }
  | { type: 'fault'; message: string; stack: string | undefined }

export const toWire = (error: unknown): WireError => {
  if (error instanceof NotFound)
    return {
      type: 'not-found',
      resource: error.resource,
      id: error.id,
      deletedAtVersion: error.deletedAtVersion,
    }
  if (error instanceof ValidationFailed)
    return { type: 'validation', summary: error.summary, issues: error.issues }
  const fault = error instanceof Error ? error : new Error(String(error))
  return { type: 'fault', message: fault.message, stack: fault.stack }
}

export const fromWire = (wire: WireError): Error => {
  switch (wire.type) {
    case 'not-found':
      return new NotFound(wire.resource, wire.id, wire.deletedAtVersion)
    case 'validation':
      return new ValidationFailed(wire.summary, wire.issues)
    case 'fault': {
      const error = new Error(`read thread: ${wire.message}`)
      if (wire.stack) error.stack = wire.stack
      return error
    }
  }
}
