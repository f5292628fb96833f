/**
 * The select value that adds an actor name to the dictionary as a new actor of a kind. Its own
 * module with no imports: the review form (a client component) builds these values, and the
 * domain's schemas stay out of the browser's bundle.
 */
export const ADD_PREFIX = 'new:'
export const addValue = (kind: string) => `${ADD_PREFIX}${kind}`
