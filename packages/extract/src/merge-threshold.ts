/**
 * The score from which sitrep proposes merging a draft into a record it holds: the API's, the
 * web's and the terminal's default. Chosen on the dev half of eval-match (`npm run eval:match`).
 */
export const DEFAULT_MERGE_THRESHOLD = 0.8
