import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A detached tmux session on a private socket (so it never touches anyone else's tmux), sized
 * like the smallest terminal the dashboard must fit.
 */
export const tmuxSession = async (
  command: string,
  cwd: string,
  size = { columns: 80, rows: 24 },
) => {
  const socket = `sitrep-e2e-${process.pid}`
  const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args], { cwd })
  await tmux(
    'new-session',
    '-d',
    '-s',
    'tui',
    '-x',
    String(size.columns),
    '-y',
    String(size.rows),
    command,
  )
  const screen = async () => (await tmux('capture-pane', '-p', '-t', 'tui')).stdout
  /** Sends keys one at a time with a pause, as a person types (tmux names such as Enter work). */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      await tmux('send-keys', '-t', 'tui', key)
      await new Promise((r) => setTimeout(r, 150))
    }
  }
  const type = async (text: string) => {
    await tmux('send-keys', '-t', 'tui', '-l', text)
    await new Promise((r) => setTimeout(r, 150))
  }
  /** Waits until the screen satisfies `check`; fails with the last screen seen. */
  const waitFor = async (check: (screen: string) => boolean, what: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs
    let last = ''
    while (Date.now() < deadline) {
      last = await screen()
      if (check(last)) return last
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`timed out waiting for ${what}; the screen showed:\n${last}`)
  }
  // tmux leaves its socket file behind; it is this test's own, so it goes too.
  const kill = async () => {
    await tmux('kill-server').catch(() => undefined)
    const uid = process.getuid?.() ?? 0
    await rm(join(process.env.TMUX_TMPDIR ?? tmpdir(), `tmux-${uid}`, socket), { force: true })
  }
  return { screen, press, type, waitFor, kill }
}
