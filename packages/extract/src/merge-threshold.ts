/**
 * A match scoring at least this is proposed as new evidence on the record it matches rather
 * than a new record: the default decision of an undecided draft (see `defaultDecisions`), and
 * what the web and the terminal pre-select. Chosen on the dev half of eval-match
 * (`npm run eval:match`, round 7): dev precision is 0.999 at 0.65, 0.994 at 0.6 and 0.987 at
 * 0.55, and recall 0.974 at 0.65 against 0.975 at 0.6, so 0.65 keeps a step of margin. A
 * subpath export (`@sitrep/extract/merge-threshold`) lets a front end read it without bundling
 * the extractor.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.65
