/**
 * Giving read by the shape of the verb phrase rather than by listed phrases: one table of verbs
 * of giving, each in the forms English inflects it to, and the frames that make a giving verb a
 * pledge (still to happen: an infinitive or a future, a progressive, an announced noun of
 * giving) or a delivery (done: "received", "handed over").
 */
import { fastBounds } from './fast-bounds.ts'

const GIVING = [
  ['provide', 'providing'],
  ['send', 'sending'],
  ['supply', 'supplying'],
  ['give', 'giving'],
  ['deliver', 'delivering'],
  ['finance', 'financing'],
  ['fund', 'funding'],
  ['donate', 'donating'],
  ['transfer', 'transferring'],
  ['hand', 'handing'],
  ['allocate', 'allocating'],
  ['allot', 'allotting'],
  ['contribute', 'contributing'],
  ['grant', 'granting'],
  ['lend', 'lending'],
  ['offer', 'offering'],
  // "will extend a loan of 472 billion yen"
  ['extend', 'extending'],
  ['ship', 'shipping'],
] as const

// "Ukraine will also receive 20 000 shells": a recipient's future is a pledge as well
const bases = [...GIVING.map(([base]) => base), 'receive'].join('|')
const progressives = GIVING.map(([, ing]) => ing).join('|')

/** Nouns naming an act of giving: "confirmed the transfer to Ukraine of …". */
const GIVING_NOUNS = 'transfer|allocation|provision|delivery|supply|handover|donation'

/**
 * "is set to deliver", "is preparing to provide", "will also send", "would fund": an infinitive
 * or a future of a giving verb; "is handing Ukraine two launchers", "are providing": a
 * progressive; "confirmed the transfer to Ukraine of", "announced the allocation of": a noun of
 * giving that someone made known. Adverbs may stand between ("will soon also send").
 */
export const GIVING_PLEDGE = fastBounds(
  new RegExp(
    [
      `\\b(?:to|will|would|shall|[’']ll)\\s+(?:[a-z]+ly\\s+|also\\s+|soon\\s+|now\\s+|then\\s+){0,2}(?:${bases})\\b`,
      `\\b(?:is|are|am|was|were)\\s+(?:[a-z]+ly\\s+|also\\s+|now\\s+|still\\s+){0,2}(?:${progressives})\\b`,
      // "will buy shells for Ukraine": a purchase made for the recipient
      `\\b(?:to|will|would)\\s+(?:also\\s+)?(?:buy|purchase|procure)\\b[^.;]{0,60}?\\bfor\\s+(?:Ukraine|Kyiv|Kiev)\\b`,
      // "will increase its support by sending …", "proposes to help by offering a loan": the
      // means of a help still to come
      `\\bby\\s+(?:${progressives})\\b`,
      // "Ukraine will get $1 billion from Japan": the recipient's future, as with "receive"
      `\\b(?:will|would|shall|[’']ll|is set to|is to)\\s+(?:[a-z]+ly\\s+|also\\s+|soon\\s+){0,2}get\\b`,
      `\\b(?:confirm|announc|approv|authori[sz]|agree|decid|finaliz|finalis)(?:e|es|ed|ing)\\s+(?:on\\s+)?the\\s+(?:${GIVING_NOUNS})\\s+(?:to\\s+[\\p{L}-]+\\s+)?of\\b`,
    ].join('|'),
    'iu',
  ),
)

/**
 * "Ukraine received $760 million from Japan": a recipient's simple past is a delivery, unless
 * what came were words ("received pledges", "received a call").
 */
export const GIVING_DELIVERY =
  /\breceived\b(?!\s+(?:(?:an?|the|new|more|further|additional)\s+)?(?:commitments?|pledges?|promises?|assurances?|calls?|guarantees?|invitations?|approval|confirmation|information|reports?|requests?|letters?|messages?|news|word|support\s+from\s+(?:the\s+)?(?:parliament|people)))/i
