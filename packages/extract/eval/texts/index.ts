import { aidTexts } from './aid.ts'
import { attackTexts } from './attacks.ts'
import { offTopicTexts } from './off-topic.ts'
import { talkAndStatementTexts } from './talks-and-statements.ts'

export type { EvalText } from './types.ts'

export const texts = [...attackTexts, ...aidTexts, ...talkAndStatementTexts, ...offTopicTexts]
