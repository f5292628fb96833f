import type { Stance } from '@sitrep/domain'

const stanceLabels: Record<Stance['type'], string> = {
  correction: 'Correction',
  denial: 'Denial',
}

/** "Correction of Ukrainian officials", "Denial": what a claim answers, when it answers one. */
export const stanceWords = (stance: Stance, answered: string | undefined): string =>
  answered ? `${stanceLabels[stance.type]} of ${answered}` : stanceLabels[stance.type]
