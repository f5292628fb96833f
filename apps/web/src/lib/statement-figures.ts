import type { Stats } from '@sitrep/domain'

type StatementStats = Stats['statements']

export interface StatementRow {
  readonly key: string
  readonly label: string
  readonly statements: number
}

/** Named speakers shown one to a row: a large archive has hundreds, the rest are summed. */
export const SPEAKER_ROWS = 10

/** Every statement has exactly one speaker, named or not, so this is the number of statements. */
export const statementTotal = (s: StatementStats): number =>
  s.bySpeaker.reduce((n, r) => n + r.statements, s.unnamedSpeakers)

/**
 * The overview's speaker table: the most frequent named speakers in the API's order, the others
 * summed in one row, and unnamed speakers last — they are many people, not one, so ranking them
 * among the named would mislead.
 */
export const speakerRows = (
  s: StatementStats,
  actorName: (id: string) => string,
  limit: number = SPEAKER_ROWS,
): StatementRow[] => {
  const shown = s.bySpeaker.slice(0, limit)
  const rest = s.bySpeaker.slice(limit)
  return [
    ...shown.map((r) => ({
      key: r.speakerId,
      label: actorName(r.speakerId),
      statements: r.statements,
    })),
    ...(rest.length
      ? [
          {
            key: 'other-named',
            label: `${rest.length} other named speaker${rest.length === 1 ? '' : 's'}`,
            statements: rest.reduce((n, r) => n + r.statements, 0),
          },
        ]
      : []),
    ...(s.unnamedSpeakers
      ? [{ key: 'unnamed', label: 'Unnamed speakers', statements: s.unnamedSpeakers }]
      : []),
  ]
}

/** Channels as the record pages write them: "video message", not "video-message". */
export const channelRows = (s: StatementStats): StatementRow[] =>
  s.byChannel.map((r) => ({
    key: r.channel,
    label: r.channel.replaceAll('-', ' '),
    statements: r.statements,
  }))
