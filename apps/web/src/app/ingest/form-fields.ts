/**
 * The review form's field names, in a module of their own: the form (a client component) and
 * the server action that reads it both need them, and the server side's imports (the domain's
 * schemas) must stay out of the browser's bundle.
 */
export const decisionField = (draftId: string) => `decision.${draftId}`
export const titleField = (draftId: string) => `title.${draftId}`
