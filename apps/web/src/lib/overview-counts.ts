import type { RecordKind, Stats } from '@sitrep/domain'
import { statementTotal } from './statement-figures.ts'

/**
 * Records per kind in the period, from the stats' own groupings (each record counted once).
 * Undated attacks count too: the attack list holds them, so the overview must agree with it.
 */
export const recordCounts = (stats: Stats): Record<RecordKind, number> => ({
  talk: stats.talksByStatus.reduce((n, s) => n + s.count, 0),
  aid: stats.aid.byStage.reduce((n, s) => n + s.records, 0),
  attack: stats.attacksByDay.reduce((n, d) => n + d.attacks, stats.undatedAttacks.attacks),
  statement: statementTotal(stats.statements),
})

/** The least killed and injured the period's attacks report, dated or not. */
export const attackTollFloors = (stats: Stats): { killed: number; injured: number } => ({
  killed: stats.attacksByDay.reduce((n, d) => n + d.killed.low, stats.undatedAttacks.killed.low),
  injured: stats.attacksByDay.reduce((n, d) => n + d.injured.low, stats.undatedAttacks.injured.low),
})
