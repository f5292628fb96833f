import type { Origin } from './origin.ts'

/** The names an origin is told by: an actor's name, a source's title (undefined when unknown). */
export interface OriginNames {
  readonly actorName: (id: string) => string | undefined
  readonly sourceTitle: (id: string) => string | undefined
}

/**
 * Who first reported a claim, by name: "TASS", "Ukrainian Air Force dataset", a source title;
 * the id when the name is not at hand. The same words in the web and the terminal.
 */
export const originName = (origin: Origin, names: OriginNames): string => {
  switch (origin.type) {
    case 'actor':
      return names.actorName(origin.actorId) ?? origin.actorId
    case 'outlet':
      return origin.name
    case 'dataset':
      return `${names.actorName(origin.datasetId) ?? origin.datasetId} dataset`
    case 'source':
      return names.sourceTitle(origin.sourceId) ?? origin.sourceId
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
