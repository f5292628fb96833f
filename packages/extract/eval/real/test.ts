import type { RealPassage } from './types.ts'

/**
 * Frozen: the eval hashes this set (eval/real/hash.ts) and refuses to score it when the hash
 * differs from eval/real/test.sha256. Never tune on it; the eval prints its scores only.
 */
export const testPassages: readonly RealPassage[] = [
]
