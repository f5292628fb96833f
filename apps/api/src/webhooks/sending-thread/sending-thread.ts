import { startServiceThread } from '@sitrep/store/service-thread'
import type { WebhookAnswer, WebhookTransport } from '../webhook-transport.ts'
import type { SendingThreadData, SendReply } from './sending-thread-data.ts'

/**
 * A transport whose posts leave from a thread of its own (see sending-thread-worker): the event
 * loop only hands each post over and takes its answer back. In process, undici's sockets,
 * response parsing and streams ran between the API's requests, and a write waited for the turns
 * they took (the webhook bench: the process used no more CPU while delivering, yet writes waited).
 */
export const sendingThreadTransport = async (
  data: SendingThreadData,
): Promise<WebhookTransport & { close: () => Promise<void> }> => {
  const waiting = new Map<
    number,
    { resolve: (answer: WebhookAnswer) => void; reject: (error: Error) => void }
  >()
  let next = 0
  // A thread that failed after starting answers nothing more: every post waiting, and every
  // later one, fails at once (the delivery counts as failed and is retried), never hangs.
  let broken: Error | undefined
  const failAll = (error: Error) => {
    broken = error
    for (const caller of waiting.values()) caller.reject(error)
    waiting.clear()
  }
  const thread = await startServiceThread(
    'the webhook sending thread',
    new URL('./sending-thread-worker.ts', import.meta.url).href,
    data,
    {
      onError: (error) =>
        failAll(new Error('the webhook sending thread stopped', { cause: error })),
      onMessage: (message) => {
        const reply = message as SendReply
        const caller = waiting.get(reply.n)
        if (!caller) return
        waiting.delete(reply.n)
        if ('answer' in reply) caller.resolve(reply.answer)
        else {
          const { name, message: text, cause } = reply.failure
          const error = new Error(text, cause === undefined ? {} : { cause: new Error(cause) })
          error.name = name
          caller.reject(error)
        }
      },
    },
  )
  const send: WebhookTransport = (request) =>
    new Promise((resolve, reject) => {
      if (broken) {
        reject(broken)
        return
      }
      const n = next++
      waiting.set(n, { resolve, reject })
      thread.post({ n, post: request })
    })
  return Object.assign(send, {
    close: async () => {
      await thread.stop()
      failAll(new Error('the webhook sending thread is closed'))
    },
  })
}
