import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server for the store suite, or '' to run SQLite only. */
    postgresUrl: string
  }
}

/** Until the PostgreSQL script lands, the suite runs against an existing server only. */
export default function setup(project: TestProject) {
  project.provide('postgresUrl', process.env.SITREP_TEST_POSTGRES_URL ?? '')
}
