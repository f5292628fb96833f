#!/usr/bin/env node
// The `sitrep` bin. It runs dist/sitrep.mjs, one pre-built file, because that starts several
// times faster than ~400 modules through a loader; when a source is newer than the bundle (or
// there is none yet, straight after `npm ci`) it rebuilds it first with esbuild (a fraction of a
// second). Should that fail — a read-only checkout — it runs the TypeScript entry through tsx,
// so `npx sitrep` always works and never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const bundle = here('../dist/sitrep.mjs')
const sources = ['../src', '../../../packages/client/src', '../../../packages/domain/src'].map(here)
const lockfile = here('../../../package-lock.json')

const newestIn = (dir) => {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs)
  }
  return newest
}

const bundleIsFresh = () => {
  if (!existsSync(bundle)) return false
  const built = statSync(bundle).mtimeMs
  const lock = existsSync(lockfile) ? statSync(lockfile).mtimeMs : 0
  return sources.every((dir) => !existsSync(dir) || newestIn(dir) < built) && lock < built
}

const rebuilt = async () => {
  try {
    await (await import('../scripts/bundle.mjs')).bundle()
    return true
  } catch {
    return false
  }
}

// Ink draws nothing but the last frame when it believes it runs in CI (the CI variable); a person
// at a real terminal inside a CI-flagged shell (or a test driving one through tmux) still needs
// the live dashboard, so a terminal on stdout wins over the variable.
if (process.stdout.isTTY) delete process.env.CI

// SITREP_FROM_SOURCE=1 forces the TypeScript path (the benchmark measures both).
if (!process.env.SITREP_FROM_SOURCE && (bundleIsFresh() || (await rebuilt()))) await import(bundle)
else {
  // The tsconfig is named because npx runs from any folder, and JSX needs its "react-jsx".
  const { register } = await import('tsx/esm/api')
  register({ tsconfig: here('../tsconfig.json') })
  await import('../src/cli.tsx')
}
