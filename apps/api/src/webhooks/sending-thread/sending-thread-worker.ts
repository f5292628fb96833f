import type { ServiceTask } from '@sitrep/store/service-thread'
import { lowerThreadPriority } from '@sitrep/store/thread-priority'
import { dnsResolver } from '../dns-resolver.ts'
import { publicOnlyLookup } from '../public-addresses.ts'
import { undiciTransport, webhookAgent } from '../undici-transport.ts'
import type {
  SendingThreadData,
  SendReply,
  SendRequest,
  WireFailure,
} from './sending-thread-data.ts'

const wireFailure = (error: unknown): WireFailure => {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  return {
    name: error.name,
    message: error.message,
    ...(error.cause instanceof Error ? { cause: error.cause.message } : {}),
  }
}

/**
 * The HTTP side of deliveries on a thread of its own: each post the event loop hands over goes
 * out on this thread's keep-alive client, and its answer (or failure) goes back numbered. The
 * sockets, the response parsing and the streams never run on the API's event loop.
 */
export default async function sending({ data, port }: ServiceTask<SendingThreadData>) {
  lowerThreadPriority(data.niceness ?? 0)
  const transport = undiciTransport(
    webhookAgent(data.allowPrivateTargets ? undefined : publicOnlyLookup(dnsResolver)),
  )
  const stopAsked = new Promise<void>((resolve) => {
    port.on('message', (message: SendRequest | 'stop') => {
      if (message === 'stop') {
        resolve()
        return
      }
      transport(message.post).then(
        (answer) => port.postMessage({ n: message.n, answer } satisfies SendReply),
        (error: unknown) =>
          port.postMessage({ n: message.n, failure: wireFailure(error) } satisfies SendReply),
      )
    })
  })
  port.postMessage('ready')
  await stopAsked
  await transport.close()
  port.close()
}
