// `npm pack` of @sitrep/client: the monorepo consumes src/*.ts through `exports`, a consumer
// installing the tarball gets the JavaScript built here. `prepack` builds dist/ and swaps in the
// published manifest; `postpack` puts the workspace manifest back. npm has no `publishConfig`
// for `exports` (pnpm does), hence the swap. dist/ lives only in the tarball: postpack removes it,
// so nothing in the monorepo can come to depend on a stale build.
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const manifest = at('package.json')
const saved = at('package.json.workspace')

const exists = (path) =>
  stat(path).then(
    () => true,
    () => false,
  )

const prepack = async () => {
  // A pack that failed after the swap leaves the workspace manifest aside: put it back first.
  if (await exists(saved)) await rename(saved, manifest)
  const workspace = JSON.parse(await readFile(manifest, 'utf8'))
  await rm(at('dist'), { recursive: true, force: true })
  const dependencies = Object.keys(workspace.dependencies)
  const { metafile, outputFiles } = await build({
    absWorkingDir: at(''),
    entryPoints: [at('src/index.ts')],
    outfile: at('dist/index.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: dependencies,
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
  await mkdir(at('dist'))
  for (const { path, contents } of outputFiles) await writeFile(path, contents)
  const { devDependencies, scripts, ...published } = workspace
  await copyFile(manifest, saved)
  await writeFile(
    manifest,
    `${JSON.stringify({ ...published, exports: { '.': './dist/index.js' } }, null, 2)}\n`,
  )
}

const postpack = async () => {
  await rename(saved, manifest)
  await rm(at('dist'), { recursive: true, force: true })
}

await { prepack, postpack }[process.argv[2]]()
