import type { RecordKind } from '@sitrep/domain'

/** Which half of the set a report belongs to: all reports of one outlet share a half. */
export type Split = 'dev' | 'test'

/**
 * A short excerpt of real reporting, restated in our words with its figures, names and dates as
 * the outlet gave them, credited to the outlet and its address.
 */
export interface Report {
  readonly id: string
  readonly kind: RecordKind
  /**
   * The event as read from the text alone, before any score was seen: two reports with the same
   * key describe the same event. Attacks: `attack:<night or day>:<places covered>`.
   */
  readonly event: string
  readonly outlet: string
  readonly url: string
  readonly publishedAt: string
  readonly split: Split
  readonly text: string
  /** Statements: the speaker whose words the excerpt is about (an actor id). */
  readonly speakerId?: string
}
