import type { WebhookAnswer, WebhookPost } from '../webhook-transport.ts'

/** What the sending thread is started with. */
export interface SendingThreadData {
  /** Unless true, names are resolved and checked where each socket connects (public only). */
  allowPrivateTargets: boolean
  /**
   * Linux niceness of the thread (0 unless given). It holds no lock the API waits on, so unlike
   * the delivery thread it can yield the cores to the event loop without keeping a write waiting.
   */
  niceness?: number
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
