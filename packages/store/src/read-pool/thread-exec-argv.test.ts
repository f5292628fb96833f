import { describe, expect, it } from 'vitest'
import { threadExecArgv } from './thread-exec-argv.ts'

describe('threadExecArgv', () => {
  it('drops V8 heap sizing flags a worker refuses and keeps the rest', () => {
    expect(
      threadExecArgv(['--max-semi-space-size=32', '--import', 'tsx', '--enable-source-maps']),
    ).toEqual(['--import', 'tsx', '--enable-source-maps'])
  })

  it('adds the TypeScript loader when the process was started without it', () => {
    expect(threadExecArgv(['--max-old-space-size=4096'])).toEqual(['--import', 'tsx'])
  })
})
