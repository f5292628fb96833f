import { aidTexts } from './aid.ts'
import { attackTexts } from './attacks.ts'
import { heldOutTexts } from './held-out.ts'
import { offTopicTexts } from './off-topic.ts'
import { talkAndStatementTexts } from './talks-and-statements.ts'

export type { EvalText } from './types.ts'

/** The texts the rules were developed against (after a first, untuned run: F1 0.722). */
export const texts = [...attackTexts, ...aidTexts, ...talkAndStatementTexts, ...offTopicTexts]

export { heldOutTexts }
