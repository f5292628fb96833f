import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const entry = fileURLToPath(new URL('./worker.ts', import.meta.url))

/**
 * Bundles the Worker entry into one ES module, as wrangler would: workerd runs it with the
 * nodejs_compat flag, and the bundle must hold no Node-only database driver.
 */
export const bundleWorker = async (): Promise<string> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser', 'import'],
    mainFields: ['module', 'main'],
    external: ['node:*'],
    write: false,
    minify: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild produced no Worker bundle')
  if (/better-sqlite3|require\("pg"\)/.test(output.text))
    throw new Error('the Worker bundle holds a Node database driver')
  return output.text
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { mkdir, writeFile } = await import('node:fs/promises')
  const code = await bundleWorker()
  await mkdir(new URL('../../dist/', import.meta.url), { recursive: true })
  await writeFile(new URL('../../dist/worker.js', import.meta.url), code)
  console.log(`dist/worker.js: ${(code.length / 1024).toFixed(0)} kB`)
}
