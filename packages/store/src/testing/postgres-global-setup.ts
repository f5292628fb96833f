import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server for the store suite, or '' to run SQLite only. */
    postgresUrl: string
  }
}

const script = fileURLToPath(new URL('../../../../scripts/postgres.sh', import.meta.url))
/** postgres.sh's exit code when Debian's postgresql package is not installed. */
const BINARIES_ABSENT = 3

/**
 * Runs the store suite against PostgreSQL too: a server from SITREP_TEST_POSTGRES_URL, or one
 * started here in a temporary folder and stopped when the run ends.
 */
export default function setup(project: TestProject) {
  const given = process.env.SITREP_TEST_POSTGRES_URL
  if (given) {
    project.provide('postgresUrl', given)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-pg-'))
  let url: string
  try {
    url = execFileSync(script, ['start', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? ''
  } catch (error) {
    if (!(error instanceof Error && 'status' in error && error.status === BINARIES_ABSENT)) {
      throw error
    }
    console.warn(
      'store tests: PostgreSQL binaries not found (apt-get install -y postgresql); running SQLite only',
    )
    project.provide('postgresUrl', '')
    return
  }
  project.provide('postgresUrl', url)
  return () => {
    execFileSync(script, ['stop', dir])
  }
}
