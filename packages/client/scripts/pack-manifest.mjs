// `npm pack` of @sitrep/client: the monorepo consumes src/*.ts through `exports`, a consumer
// installing the tarball gets the JavaScript built here. npm has no `publishConfig` for `exports`
// (pnpm does), so `prepack` builds dist/ and swaps in the published manifest, and `postpack` puts
// the workspace manifest back and removes dist/ (nothing in the monorepo may come to use a stale
// build). `stage <dir>` writes the same package into another folder instead, for the pack test:
// it leaves this folder alone while other tasks read its manifest.
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = fileURLToPath(new URL('..', import.meta.url))
const manifest = join(here, 'package.json')
const saved = join(here, 'package.json.workspace')

const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  )

/**
 * Bundles src/index.ts into `dir`/dist/index.js and the webhook verifier into dist/webhooks.js
 * (its own entry, so a Worker that only calls the API never carries standardwebhooks); returns
 * the manifest a consumer installs.
 */
const buildInto = async (dir) => {
  const workspace = JSON.parse(await readFile(manifest, 'utf8'))
  const { outputFiles, metafile } = await build({
    absWorkingDir: here,
    entryPoints: { index: 'src/index.ts', webhooks: 'src/verify-webhook.ts' },
    outdir: join(dir, 'dist'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: Object.keys(workspace.dependencies),
    metafile: true,
    write: false,
    legalComments: 'none',
  })
  // Everything bundled must be the client's own source: a server module (or the domain's
  // schemas, which would bring Zod) reached at run time is a mistake to fix at its import.
  const foreign = Object.keys(metafile.inputs).filter((input) => !input.startsWith('src/'))
  if (foreign.length)
    throw new Error(
      `the client would bundle ${foreign.length} modules outside src/: ${foreign.slice(0, 5)}…`,
    )
  await rm(join(dir, 'dist'), { recursive: true, force: true })
  await mkdir(join(dir, 'dist'), { recursive: true })
  for (const { path, contents } of outputFiles) await writeFile(path, contents)
  const { devDependencies, scripts, ...published } = workspace
  return `${JSON.stringify({ ...published, exports: { '.': './dist/index.js', './webhooks': './dist/webhooks.js' } }, null, 2)}\n`
}

const modes = {
  prepack: async () => {
    // A pack that failed after the swap left the workspace manifest aside: put it back first.
    if (await exists(saved)) await rename(saved, manifest)
    const published = await buildInto(here)
    await copyFile(manifest, saved)
    await writeFile(manifest, published)
  },
  postpack: async () => {
    await rename(saved, manifest)
    await rm(join(here, 'dist'), { recursive: true, force: true })
  },
  stage: async (dir) => {
    const target = resolve(dir)
    await writeFile(join(target, 'package.json'), await buildInto(target))
    await copyFile(join(here, 'README.md'), join(target, 'README.md'))
  },
}

const [mode, ...args] = process.argv.slice(2)
if (!(mode in modes)) throw new Error(`usage: pack-manifest.mjs prepack | postpack | stage <dir>`)
await modes[mode](...args)
