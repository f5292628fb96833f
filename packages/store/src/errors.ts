/**
 * The store's typed failures. The API maps each to one problem+json status in a single
 * `onError`; nothing in between catches them.
 */
export class StoreError extends Error {
  override name = 'StoreError'
}

/** The record, source or revision does not exist (or is tombstoned). */
export class NotFound extends StoreError {
  override name = 'NotFound'
  constructor(
    readonly resource:
      | 'record'
      | 'deleted record'
      | 'source'
      | 'api key'
      | 'subscription'
      | 'delivery',
    readonly id: string,
    /** The version at which the record was deleted: it is not gone, its history keeps it. */
    readonly deletedAtVersion?: number,
  ) {
    super(
      deletedAtVersion === undefined
        ? `${resource} ${id} not found`
        : `${resource} ${id} was deleted (version ${deletedAtVersion}); its history keeps every version, and an editor can restore it`,
    )
  }
}

/** A create found the id already taken (tombstoned ids stay taken: history must not fork). */
export class Conflict extends StoreError {
  override name = 'Conflict'
  constructor(
    readonly resource: 'record' | 'source' | 'api key' | 'actor',
    readonly id: string,
    /** The version at which the id's record was deleted: it can be restored, not created again. */
    readonly deletedAtVersion?: number,
  ) {
    super(
      deletedAtVersion === undefined
        ? `${resource} ${id} already exists`
        : `${resource} ${id} was deleted (version ${deletedAtVersion}); restore it instead of creating it again`,
    )
  }
}

/** An update or delete was based on a version that is no longer current. */
export class StaleVersion extends StoreError {
  override name = 'StaleVersion'
  constructor(
    readonly id: string,
    readonly baseVersion: number,
    readonly currentVersion: number,
  ) {
    super(`record ${id} is at version ${currentVersion}, not ${baseVersion}`)
  }
}

/**
 * Another write to the same record committed between this write's read and its commit. Engines
 * with interactive transactions see that as a guarded update touching no row (StaleVersion);
 * D1 sends a write as one batch after its reads, so there the record's next revision number is
 * already taken when the batch runs, and the batch is refused whole.
 */
export class WriteRaced extends StoreError {
  override name = 'WriteRaced'
  constructor() {
    super('another write changed the same record first; read it again and retry')
  }
}

export interface ValidationIssue {
  readonly path: string
  readonly message: string
}

/** Input the domain schemas refuse; nothing was written. */
export class ValidationFailed extends StoreError {
  override name = 'ValidationFailed'
  constructor(
    /** What was refused, without the issues: "invalid cursor", "invalid record". */
    readonly summary: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(
      issues.length
        ? `${summary}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`
        : summary,
    )
  }
}

/**
 * A read ran past its time budget, or too many reads are waiting: the store refused it rather
 * than let it hold up every other request. The caller may try again after `retryAfterSeconds`.
 */
const overloadedMessages = {
  budget:
    'the query ran past its time budget; narrow the filter (a shorter period, one place) or try again shortly',
  queue: 'too many queries are waiting; try again shortly',
  closing: 'the server is shutting down; try again shortly',
} as const

export class Overloaded extends StoreError {
  override name = 'Overloaded'
  constructor(
    readonly reason: 'budget' | 'queue' | 'closing',
    readonly retryAfterSeconds: number,
  ) {
    super(overloadedMessages[reason])
  }
}
