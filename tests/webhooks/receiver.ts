import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'

export interface ReceiverLog {
  calls: number
  invalid: number
  duplicates: number
  accepted: { id: string; type: string; recordId?: string; version?: number }[]
}

/** The receiver Worker in workerd, listening on a loopback port the delivery worker can reach. */
export const startReceiver = async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./receiver-worker.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser', 'import'],
    mainFields: ['module', 'main'],
    write: false,
  })
  const mf = new Miniflare({
    modules: [
      { type: 'ESModule', path: 'receiver.js', contents: result.outputFiles[0]?.text ?? '' },
    ],
    compatibilityDate: '2026-04-01',
    host: '127.0.0.1',
    port: 0,
  })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  return {
    base,
    hookUrl: (name: string) => `${base}/hooks/${name}`,
    async configure(name: string, secret: string, failFirst = 0) {
      const res = await fetch(`${base}/receivers/${name}`, {
        method: 'PUT',
        body: JSON.stringify({ secret, failFirst }),
      })
      if (res.status !== 204) throw new Error(`receiver setup failed: ${res.status}`)
    },
    async log(name: string): Promise<ReceiverLog> {
      return (await (await fetch(`${base}/receivers/${name}`)).json()) as ReceiverLog
    },
    close: () => mf.dispose(),
  }
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>
