import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import type { LiveState } from '../hooks/use-change-stream.ts'
import { plain } from '../testing/fixtures.ts'
import { StatusLine } from './status-line.tsx'

const live = (overrides: Partial<LiveState>): LiveState => ({
  connection: 'connected',
  lastUpdate: undefined,
  fresh: new Set(),
  latest: undefined,
  changes: 0,
  reconnects: 0,
  ...overrides,
})

describe('StatusLine', () => {
  it('shows connected with the time of the last update and the latest write', () => {
    const at = new Date(2025, 6, 21, 9, 30, 5)
    const frame = plain(
      render(
        <StatusLine
          live={live({
            lastUpdate: at,
            latest: {
              seq: 12,
              recordId: 'talk-istanbul-2025-07',
              kind: 'talk',
              version: 2,
              operation: 'update',
              at: '2025-07-21T09:30:05Z',
              by: 'key:abc12345',
            },
          })}
          note="3 items"
        />,
      ).lastFrame(),
    )
    expect(frame).toContain('● connected')
    expect(frame).toContain('updated 09:30:05')
    expect(frame).toContain('update talk talk-istanbul-2025-07')
    expect(frame).toContain('3 items')
  })

  it.each([
    ['reconnecting', '○ reconnecting'],
    ['offline', '✕ offline'],
  ] as const)('says %s when the stream is down', (connection, text) => {
    expect(plain(render(<StatusLine live={live({ connection })} />).lastFrame())).toContain(text)
  })
})
