// Bundles the `sitrep` bin into one ES module (dist/sitrep.mjs) that Node runs without a loader.
// Why: under tsx every one of the ~400 modules (Ink, React, Zod, the domain) passes through the
// loader thread; one pre-built file starts several times faster, the difference between a
// dashboard that is there at once and one that makes you wait. bin/sitrep.js rebuilds it
// whenever a source is newer, so an edit never runs stale code.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const bundlePath = fileURLToPath(new URL('../dist/sitrep.mjs', import.meta.url))

/** Ink imports React DevTools only when DEV is set; the bundle leaves it out. */
const noDevtools = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'devtools',
      namespace: 'stub',
    }))
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}' }))
  },
}

export const bundle = async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/cli.tsx', import.meta.url))],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    // React's production build: smaller and faster to load; the dashboard needs no dev checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    // React and a few others are CommonJS and call require() on Node built-ins.
    banner: {
      js: "import { createRequire as sitrepCreateRequire } from 'node:module'; const require = sitrepCreateRequire(import.meta.url);",
    },
    // Less to parse at every start; names stay, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [noDevtools],
    logLevel: 'warning',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild wrote nothing')
  // Written beside and renamed into place, so a sitrep starting meanwhile never reads half a file.
  mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true })
  const temporary = `${bundlePath}.${process.pid}.tmp`
  writeFileSync(temporary, output.contents)
  renameSync(temporary, bundlePath)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle()
