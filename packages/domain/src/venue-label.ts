/**
 * A talk's venue by its gazetteer name, the id of a place the gazetteer lacks, and "venue not
 * named" for a talk no source places, rather than a gap. The same words in the web and the
 * terminal.
 */
export const venueLabel = (
  venueId: string | undefined,
  placeName: (id: string) => string | undefined,
): string => (venueId ? (placeName(venueId) ?? venueId) : 'venue not named')
