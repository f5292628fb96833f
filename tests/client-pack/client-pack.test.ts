import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const repo = fileURLToPath(new URL('../..', import.meta.url))
const clientDir = join(repo, 'packages/client')

/** Packages an edge function must never receive with the client: servers, drivers, the store. */
const serverPackages = [
  '@sitrep/api',
  '@sitrep/store',
  '@sitrep/domain',
  '@hono/node-server',
  '@hono/zod-openapi',
  'kysely',
  'better-sqlite3',
  'pg',
  'zod',
]

// npm run from inside an npm script inherits its workspace settings; this npm must not.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
)
const npm = async (cwd: string, ...args: string[]) =>
  (await exec('npm', args, { cwd, env, maxBuffer: 16 << 20 })).stdout

/**
 * Packs a folder into `into`; returns the tarball's path. Without scripts: an installed package
 * may keep a `prepack` or `prepare` that rebuilds it from sources it does not ship.
 */
const pack = async (folder: string, into: string) => {
  const [packed]: { filename: string; files: { path: string }[] }[] = JSON.parse(
    await npm(folder, 'pack', '--json', '--ignore-scripts', '--pack-destination', into),
  )
  if (!packed) throw new Error(`npm pack of ${folder} answered nothing`)
  return { tarball: join(into, packed.filename), files: packed.files.map((f) => f.path) }
}

interface Manifest {
  name: string
  exports: unknown
  dependencies?: Record<string, string>
}

const packedManifest = async (tarball: string): Promise<Manifest> =>
  JSON.parse((await exec('tar', ['-xzOf', tarball, 'package/package.json'])).stdout)

/** The names of the packages under `node_modules`, scoped ones as `@scope/name`. */
const installedPackages = async (nodeModules: string): Promise<string[]> => {
  const names: string[] = []
  for (const entry of await readdir(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    if (!entry.name.startsWith('@')) names.push(entry.name)
    else
      for (const scoped of await readdir(join(nodeModules, entry.name)))
        names.push(`${entry.name}/${scoped}`)
  }
  return names.sort()
}

let work = ''
let app = ''
let client: { tarball: string; files: string[] }
let manifest: Manifest

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-client-pack-'))
  // What `npm pack` in packages/client packs (its prepack builds the same package in place), staged
  // in a folder of its own: packing in place swaps the manifest that concurrent tasks read.
  const staged = join(work, 'client')
  await mkdir(staged)
  await exec(process.execPath, [join(clientDir, 'scripts/pack-manifest.mjs'), 'stage', staged])
  client = await pack(staged, work)
  manifest = await packedManifest(client.tarball)
  // The client's dependencies come from the registry in real life; here they are packed from
  // the repository's own node_modules (what `npm ci` installed), so the install needs no network.
  const tarballs = [client.tarball]
  const queue = Object.keys(manifest.dependencies ?? {})
  for (const seen = new Set<string>(); queue.length; ) {
    const name = queue.shift() ?? ''
    if (seen.has(name) || serverPackages.includes(name)) continue
    seen.add(name)
    const nested = join(clientDir, 'node_modules', name)
    const installed = existsSync(nested) ? nested : join(repo, 'node_modules', name)
    const dependency = await pack(installed, work)
    tarballs.push(dependency.tarball)
    queue.push(...Object.keys((await packedManifest(dependency.tarball)).dependencies ?? {}))
  }
  app = join(work, 'edge-app')
  await mkdir(app)
  await writeFile(join(app, 'package.json'), '{ "name": "edge-app", "private": true }\n')
  await npm(
    app,
    'install',
    '--omit=dev',
    '--offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    ...tarballs,
  )
}, 120_000)

afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined))

describe('the packed @sitrep/client', () => {
  it('holds built JavaScript and its manifest, not the TypeScript source', () => {
    expect(client.files.sort()).toEqual([
      'README.md',
      'dist/index.js',
      'dist/webhooks.js',
      'package.json',
    ])
    expect(manifest.exports).toEqual({ '.': './dist/index.js', './webhooks': './dist/webhooks.js' })
  })

  it('declares no server package and no workspace package as a dependency', () => {
    const names = Object.keys(manifest.dependencies ?? {})
    expect(names.filter((n) => serverPackages.includes(n) || n.startsWith('@sitrep/'))).toEqual([])
  })

  it('installs into an empty folder with hono, eventsource-parser and standardwebhooks only', async () => {
    const installed = await installedPackages(join(app, 'node_modules'))
    console.log(`installed with the client: ${installed.join(', ')}`)
    // standardwebhooks (the webhook verify helper) brings its two small pure-JS dependencies.
    expect(installed).toEqual([
      '@sitrep/client',
      '@stablelib/base64',
      'eventsource-parser',
      'fast-sha256',
      'hono',
      'standardwebhooks',
    ])
    const files = await readdir(join(app, 'node_modules'), { recursive: true })
    expect(files.filter((f) => f.endsWith('.node') || f.endsWith('binding.gyp'))).toEqual([])
  })

  it('answers a list through an injected fetch, loaded by Node from the install', async () => {
    const script = `
      import { createClient } from '@sitrep/client'
      const page = { items: [], nextCursor: undefined }
      const client = createClient({ baseUrl: 'https://sitrep.test', fetch: async (input) =>
        Response.json({ ...page, asked: new Request(input).url }) })
      console.log(JSON.stringify(await client.talks.list({ limit: 2 })))`
    await writeFile(join(app, 'smoke.mjs'), script)
    const { stdout } = await exec(process.execPath, ['smoke.mjs'], { cwd: app })
    expect(JSON.parse(stdout)).toEqual({
      items: [],
      asked: 'https://sitrep.test/v1/records?kind=talk&limit=2',
    })
  })

  it('bundles into a Worker that calls createClient in at most 50 kB minified', async () => {
    await writeFile(
      join(app, 'worker.js'),
      `import { createClient } from '@sitrep/client'
      export default {
        fetch: async (_request, env) =>
          Response.json(await createClient({ baseUrl: 'https://sitrep.internal', fetch: env.SITREP.fetch }).talks.list()),
      }\n`,
    )
    const result = await build({
      absWorkingDir: app,
      entryPoints: ['worker.js'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser', 'import'],
      mainFields: ['module', 'main'],
      metafile: true,
      write: false,
    })
    const bytes = result.outputFiles[0]?.contents.byteLength ?? 0
    console.log(`Worker bundle with createClient: ${(bytes / 1000).toFixed(1)} kB minified`)
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThanOrEqual(50_000)
    const bundled = Object.keys(result.metafile.inputs).map((i) => i.split('node_modules/')[1])
    expect(bundled.filter((path) => serverPackages.some((p) => path?.startsWith(`${p}/`)))).toEqual(
      [],
    )
  })
})
