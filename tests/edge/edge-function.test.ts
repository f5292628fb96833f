import { fileURLToPath } from 'node:url'
import { bundleWorker } from '@sitrep/api/worker-bundle'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'

const bundle = async (entry: string) => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser', 'import'],
    mainFields: ['module', 'main'],
    write: false,
  })
  return result.outputFiles[0]?.text ?? ''
}

let mf: Miniflare | undefined
afterAll(() => mf?.dispose())

describe('an edge function calling sitrep', () => {
  it('runs the typed client inside workerd against the sitrep Worker', async () => {
    const widget = await bundle('./newsroom-widget.ts')
    expect(widget).not.toMatch(/from ["']node:/)
    mf = new Miniflare({
      workers: [
        {
          name: 'widget',
          modules: [{ type: 'ESModule', path: 'widget.js', contents: widget }],
          compatibilityDate: '2026-04-01',
          serviceBindings: { SITREP: 'sitrep' },
        },
        {
          name: 'sitrep',
          modules: [{ type: 'ESModule', path: 'worker.js', contents: await bundleWorker() }],
          compatibilityDate: '2026-04-01',
          compatibilityFlags: ['nodejs_compat'],
          d1Databases: ['DB'],
        },
      ],
    })
    const res = await mf.dispatchFetch('http://widget.test/')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      // Newest first, the lists' default order.
      rounds: [
        { round: 3, title: 'Third round of Ukraine–Russia talks in Istanbul' },
        { round: 2, title: 'Second round of Ukraine–Russia talks in Istanbul' },
        { round: 1, title: 'First round of Ukraine–Russia talks in Istanbul' },
      ],
      disputed: ['talk-istanbul-2025-07:date'],
    })
  })
})
