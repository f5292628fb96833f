import type { Change } from '@sitrep/domain'
import { createParser, type EventSourceMessage } from 'eventsource-parser'
import type { ClientOptions } from './create-client.ts'
import { isChange } from './is-change.ts'
import { send } from './send.ts'

export type ChangeStreamState =
  | { readonly state: 'connecting' }
  | { readonly state: 'connected'; readonly after: number }
  /** Between attempts; `error` is why the last one ended (a network error means the API is down). */
  | { readonly state: 'reconnecting'; readonly attempt: number; readonly error?: unknown }

export interface WatchChanges {
  readonly onChange: (change: Change) => void
  readonly onState?: (state: ChangeStreamState) => void
  /** Aborting ends the stream for good; until then it reconnects by itself. */
  readonly signal: AbortSignal
  /** Resume after this write (an earlier stream's last id) instead of from now. */
  readonly after?: number
  /** First wait before reconnecting; doubles per failed attempt up to `maxRetryMs`. */
  readonly retryMs?: number
  readonly maxRetryMs?: number
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        done()
      },
      { once: true },
    )
  })

/** Reads one connection to its end, handing each event on as it is parsed. */
const readStream = async (
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onEvent: (event: EventSourceMessage) => void,
) => {
  const parser = createParser({ onEvent })
  const decoder = new TextDecoder()
  const reader = body.getReader()
  // Not every fetch ties its body to the signal (an in-process `app.request` does not): cancel
  // the reader too, so that aborting always ends the read.
  const cancel = () => void reader.cancel().catch(() => undefined)
  signal.addEventListener('abort', cancel, { once: true })
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read())
      parser.feed(decoder.decode(next.value, { stream: true }))
  } finally {
    signal.removeEventListener('abort', cancel)
  }
}

/**
 * Follows `/v1/stream` (Server-Sent Events over a fetch body, so it runs where there is no
 * `EventSource`, such as Node 20). Each reconnect sends `Last-Event-ID`, so no write is missed
 * while the connection was down. Resolves once `signal` aborts.
 */
export const watchChanges = async (options: ClientOptions, watch: WatchChanges): Promise<void> => {
  const { signal, retryMs = 500, maxRetryMs = 5_000 } = watch
  let after = watch.after
  let attempt = 0
  watch.onState?.({ state: 'connecting' })
  while (!signal.aborted) {
    let error: unknown
    try {
      const response = await send(options, 'v1/stream', {
        headers: {
          accept: 'text/event-stream',
          ...(after === undefined ? {} : { 'last-event-id': String(after) }),
        },
        signal,
      })
      if (!response.body) throw new Error('the stream answered without a body')
      await readStream(response.body, signal, (event) => {
        if (event.id !== undefined && /^\d+$/.test(event.id)) after = Number(event.id)
        if (event.event === 'ready') {
          attempt = 0
          watch.onState?.({ state: 'connected', after: after ?? 0 })
        } else if (event.event === 'change') {
          const change: unknown = JSON.parse(event.data)
          if (isChange(change)) watch.onChange(change)
        }
      })
    } catch (caught) {
      error = caught
    }
    if (signal.aborted) return
    attempt += 1
    watch.onState?.({ state: 'reconnecting', attempt, ...(error ? { error } : {}) })
    await sleep(Math.min(retryMs * 2 ** (attempt - 1), maxRetryMs), signal)
  }
}
