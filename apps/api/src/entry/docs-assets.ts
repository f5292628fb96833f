import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { DocsAssets } from '../routes/docs/docs.index.ts'

const require = createRequire(import.meta.url)

/** Reads the reference page's assets from the installed swagger-ui-dist package. */
export const loadDocsAssets = async (): Promise<DocsAssets> => {
  const read = (file: string) => readFile(require.resolve(`swagger-ui-dist/${file}`), 'utf8')
  const [script, style] = await Promise.all([read('swagger-ui-bundle.js'), read('swagger-ui.css')])
  return { script, style }
}
