import type { WebhookAnswer, WebhookPost } from '../webhook-transport.ts'

/** What the sending thread is started with. */
export interface SendingThreadData {
  /** Unless true, names are resolved and checked where each socket connects (public only). */
  allowPrivateTargets: boolean
}

/** A post handed to the thread, numbered so its answer finds the caller. */
export interface SendRequest {
  n: number
  post: WebhookPost
}

/** A failure as it crosses the thread boundary: its name says a timeout apart. */
export interface WireFailure {
  name: string
  message: string
  cause?: string
}

export type SendReply = { n: number; answer: WebhookAnswer } | { n: number; failure: WireFailure }
