#!/usr/bin/env node
// First-load JavaScript per route of the production build, gzipped: the framework's root chunks
// plus every chunk the route's client-reference manifest lists for its entries (layout, page,
// error and not-found boundaries). Polyfills are loaded only by browsers without ES modules and
// are reported apart. Reads .next/ only; run `npm run build -w @sitrep/web` first (or npm start).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

const GOAL_KB = 150
const next = resolve(import.meta.dirname, '../.next')
if (!existsSync(join(next, 'BUILD_ID'))) {
  console.error('bench:web: no production build; run `npm run build -w @sitrep/web` first')
  process.exit(1)
}
const json = (file) => JSON.parse(readFileSync(join(next, file), 'utf8'))

const gzipSizes = new Map()
const gzipped = (file) => {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(join(next, file))).length)
  return gzipSizes.get(file)
}
const kb = (bytes) => (bytes / 1024).toFixed(1)

const build = json('build-manifest.json')
const routes = json('app-path-routes-manifest.json')

const rows = []
for (const [entry, route] of Object.entries(routes)) {
  if (!entry.endsWith('/page') || route.startsWith('/_')) continue
  const manifestFile = join(next, 'server/app', `${entry}_client-reference-manifest.js`)
  const context = {}
  runInNewContext(readFileSync(manifestFile, 'utf8'), context)
  const manifest = context.__RSC_MANIFEST[entry]
  const files = new Set(build.rootMainFiles)
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const f of chunks) files.add(f)
  const bytes = [...files].reduce((sum, f) => sum + gzipped(f), 0)
  rows.push({ route, files: files.size, bytes })
}
rows.sort((a, b) => a.route.localeCompare(b.route))

const polyfills = build.polyfillFiles.reduce((sum, f) => sum + gzipped(f), 0)
const width = Math.max(...rows.map((r) => r.route.length), 5)
console.log(`first-load JS per route (gzip), goal < ${GOAL_KB} kB each\n`)
console.log(`${'route'.padEnd(width)}  chunks  gzip kB  goal`)
for (const r of rows) {
  const ok = r.bytes / 1024 < GOAL_KB ? 'ok' : 'OVER'
  console.log(
    `${r.route.padEnd(width)}  ${String(r.files).padStart(6)}  ${kb(r.bytes).padStart(7)}  ${ok}`,
  )
}
console.log(`\npolyfills (nomodule browsers only, not counted): ${kb(polyfills)} kB gzip`)
