import type { Actor, Origin, Source, Stance } from '@sitrep/domain'

/** The names the wording needs: the actor dictionary and the sources the page holds. */
export interface OriginNames {
  readonly actor: (id: string) => Actor | undefined
  readonly sources: ReadonlyMap<string, Source>
}

/** Who first reported a claim, by name: "TASS", "Ukrainian Air Force dataset", a source title. */
export const originName = (origin: Origin, names: OriginNames): string => {
  switch (origin.type) {
    case 'actor':
      return names.actor(origin.actorId)?.name ?? origin.actorId
    case 'outlet':
      return origin.name
    case 'dataset':
      return `${names.actor(origin.datasetId)?.name ?? origin.datasetId} dataset`
    case 'source':
      return names.sources.get(origin.sourceId)?.title ?? origin.sourceId
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

const stanceLabels: Record<Stance['type'], string> = {
  correction: 'Correction',
  denial: 'Denial',
}

/** "Correction of Ukrainian officials", "Denial": what a claim answers, when it answers one. */
export const stanceWords = (stance: Stance, answered: string | undefined): string =>
  answered ? `${stanceLabels[stance.type]} of ${answered}` : stanceLabels[stance.type]
