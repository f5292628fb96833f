#!/usr/bin/env node
// Waits until the API answers /health before `npm start` starts the web app, so the first page a
// newcomer opens shows data, not "the API is unreachable" while the API is still seeding its
// store. Says what it waits for; gives up with a clear message after SITREP_API_WAIT_S seconds.
const base = process.env.SITREP_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`
const limitS = Number(process.env.SITREP_API_WAIT_S || 120)
if (!Number.isFinite(limitS) || limitS <= 0) {
  console.error(
    `SITREP_API_WAIT_S must be a number of seconds above 0 (got "${process.env.SITREP_API_WAIT_S}")`,
  )
  process.exit(64)
}
const started = Date.now()

const healthy = async () => {
  try {
    const response = await fetch(new URL('/health', base), { signal: AbortSignal.timeout(2000) })
    return response.ok
  } catch {
    return false
  }
}

let said = false
while (!(await healthy())) {
  if (!said) {
    console.log(`waiting for the API at ${base} before starting the web app…`)
    said = true
  }
  if (Date.now() - started > limitS * 1000) {
    console.error(
      `the API at ${base} did not answer /health within ${limitS} s; see its output above (set SITREP_API_WAIT_S to wait longer)`,
    )
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 250))
}
if (said) console.log(`the API answers after ${((Date.now() - started) / 1000).toFixed(1)} s`)
