import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { RealPassage } from './types.ts'

/**
 * The test set is frozen: its canonical JSON (keys sorted, no whitespace) is hashed with
 * SHA-256 and compared with eval/real/test.sha256. Formatting the source file changes nothing;
 * changing a passage or a gold fact changes the hash and the eval refuses to score.
 */
const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(v)
}

export const hashOf = (set: readonly RealPassage[]): string =>
  createHash('sha256').update(canonical(set)).digest('hex')

export const HASH_FILE = new URL('./test.sha256', import.meta.url)

export const expectedTestHash = (): string => readFileSync(HASH_FILE, 'utf8').trim()
