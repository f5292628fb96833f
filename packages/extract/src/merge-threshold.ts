/**
 * A match scoring at least this is proposed as new evidence on the record it matches rather
 * than a new record: the default decision of an undecided draft (see `defaultDecisions`), and
 * what the web and the terminal pre-select. One place, so the API, the web and the terminal
 * agree whatever the match scoring becomes.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.8
