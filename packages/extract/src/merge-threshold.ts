/**
 * The score from which sitrep proposes merging a draft into a record it holds: the API's, the
 * web's and the terminal's default. Chosen on the dev half of eval-match (`npm run eval:match`):
 * dev precision stays 1.000 down to 0.6 and drops at 0.55, and recall is the same at 0.6 and
 * 0.65, so 0.65 keeps a step of margin (0.8, the earlier default, gave up recall for nothing).
 * A subpath export (`@sitrep/extract/merge-threshold`) lets a front end read it without
 * bundling the extractor.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.65
