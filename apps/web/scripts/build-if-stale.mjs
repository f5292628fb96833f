#!/usr/bin/env node
// Builds the web app when there is no production build or a source it depends on is newer than
// the build, so `npm start` and the browser tests start quickly after the first time. Prints
// what it decided, because a first build takes a while and silence looks like a hang.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const web = resolve(import.meta.dirname, '..')
const root = resolve(web, '../..')
const buildId = join(web, '.next', 'BUILD_ID')
const inputs = [
  join(web, 'src'),
  join(web, 'next.config.ts'),
  join(web, 'package.json'),
  join(root, 'packages/client/src'),
  join(root, 'packages/domain/src'),
  join(root, 'package-lock.json'),
]

const newest = (path) => {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0)
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0
const changedAt = Math.max(...inputs.map(newest))
if (builtAt > changedAt) {
  console.log('sitrep web: production build is up to date')
} else {
  console.log(
    builtAt
      ? 'sitrep web: sources changed since the last build; building (about a minute)…'
      : 'sitrep web: first start, building the web app (about a minute)…',
  )
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: web, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
