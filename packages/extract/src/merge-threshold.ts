/**
 * The score from which sitrep proposes merging a draft into a record it holds: the API's, the
 * web's and the terminal's default. On the dev half of eval-match (`npm run eval:match`) every
 * threshold from 0.6 to 0.8 gives the same precision and recall, so the long-standing 0.8 stays.
 * A subpath export (`@sitrep/extract/merge-threshold`) lets a front end read it without
 * bundling the extractor.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.8
