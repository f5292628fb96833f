import { aidTexts } from './aid.ts'
import { attackTexts } from './attacks.ts'
import { fourthBatchTexts } from './fourth-batch.ts'
import { heldOutTexts } from './held-out.ts'
import { offTopicTexts } from './off-topic.ts'
import { secondBatchTexts } from './second-batch.ts'
import { talkAndStatementTexts } from './talks-and-statements.ts'
import { thirdBatchTexts } from './third-batch.ts'

export type { EvalText } from './types.ts'

/**
 * The texts the rules were developed against. Each batch was first run untouched (first batch:
 * F1 0.722; second: 0.852; third: 0.639; fourth: 0.617) and the general weaknesses it showed were then fixed.
 */
export const texts = [
  ...attackTexts,
  ...aidTexts,
  ...talkAndStatementTexts,
  ...offTopicTexts,
  ...secondBatchTexts,
  ...thirdBatchTexts,
  ...fourthBatchTexts,
]

export { heldOutTexts }
