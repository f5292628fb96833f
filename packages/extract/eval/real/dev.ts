import type { RealPassage } from './types.ts'

/** Tune on these. Outlets here never appear in test.ts (the split is by outlet). */
export const devPassages: readonly RealPassage[] = [
]
