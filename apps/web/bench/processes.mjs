// What the web benches share: a free port, an npm script started in its own process group (so
// the bench can stop it and its children), and waiting for a URL to answer.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export const freePort = () =>
  new Promise((done) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })

export const startNpm = (root, args, env) =>
  spawn('npm', args, {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ...env },
  })

/** Polls every 250 ms; a store being derived at 1M records can take minutes to listen. */
export const waitFor = async (url, attempts = 1200) => {
  for (let i = 0; i < attempts; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer`)
}
