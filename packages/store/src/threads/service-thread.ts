import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { threadExecArgv } from '../read-pool/thread-exec-argv.ts'

/** What a service thread's module is given: its data, and the port it says `ready` on. */
export interface ServiceTask<Data> {
  data: Data
  /** The thread posts 'ready' once started; it is posted 'stop' when it should end. */
  port: MessagePort
}

export interface ServiceThread {
  /** Posts a message to the thread's port (after 'ready'; 'stop' is the stop's own). */
  post(message: unknown): void
  /** Asks the thread to stop, waits for its module's function to return, ends the thread. */
  stop(): Promise<void>
}

/**
 * Runs a module's default function on a worker thread for as long as the process wants it: the
 * webhook delivery loop, the WAL checkpointer. Resolves once the module has posted 'ready', and
 * rejects if it ends or throws first. A one-thread piscina pool running one long task, because
 * piscina loads a TypeScript module in a thread (a plain Worker's own main module is resolved
 * before the loader in its flags is in place).
 */
export const startServiceThread = async <Data>(
  /** Named in the error when it fails to start: 'the delivery thread'. */
  name: string,
  /** The module's URL (`new URL('./x.ts', import.meta.url).href`). */
  filename: string,
  data: Data,
  {
    onError = console.error,
    onMessage,
  }: {
    onError?: (error: unknown) => void
    /** Told what the thread posts after 'ready' (a checkpoint's outcome). */
    onMessage?: (message: unknown) => void
  } = {},
): Promise<ServiceThread> => {
  const pool = new Piscina<ServiceTask<Data>, void>({
    filename,
    minThreads: 1,
    maxThreads: 1,
    // The task runs as long as the process: no idle or close timeout may cut it.
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: threadExecArgv(process.execArgv),
  })
  const { port1, port2 } = new MessageChannel()
  const running = pool.run({ data, port: port2 }, { transferList: [port2] })
  let started = false
  running.catch((error: unknown) => {
    if (started) onError(error)
  })
  try {
    await Promise.race([
      new Promise<void>((resolve) => port1.once('message', () => resolve())),
      running.then(() => {
        throw new Error('the thread ended as it started')
      }),
    ])
  } catch (error) {
    port1.close()
    await pool.destroy()
    throw new Error(`${name} did not start: ${String(error)}`, { cause: error })
  }
  started = true
  if (onMessage) port1.on('message', onMessage)
  return {
    post: (message) => port1.postMessage(message),
    async stop() {
      port1.postMessage('stop')
      await running.catch(() => {})
      port1.close()
      await pool.destroy()
    },
  }
}
