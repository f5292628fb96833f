import type { Origin, Stance } from '@sitrep/domain'
import { asserterName, type Names } from './names.ts'

/** Who first reported a claim, by name: "TASS", "Ukrainian Air Force dataset", a source title. */
export const originName = (origin: Origin, names: Names): string => {
  switch (origin.type) {
    case 'actor':
      return names.actor(origin.actorId)
    case 'outlet':
      return origin.name
    case 'dataset':
      return `${names.actor(origin.datasetId)} dataset`
    case 'source':
      return names.source(origin.sourceId)?.title ?? origin.sourceId
  }
}

/**
 * How many independent origins stand behind a position, against how many reports: "2
 * independent origins", or "1 origin, 3 reports" when outlets only repeat one report.
 */
export const originCount = (origins: number, reports: number): string =>
  origins > 1
    ? `${origins} independent origins`
    : reports > 1
      ? `1 origin, ${reports} reports`
      : '1 origin'

/** "correction of regional governor", "denial" — what a claim answers, when it answers one. */
export const stanceWords = (stance: Stance, names: Names): string =>
  stance.answersAsserter
    ? `${stance.type} of ${asserterName(stance.answersAsserter, names)}`
    : stance.type
