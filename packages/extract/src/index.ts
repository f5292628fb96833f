export type { Attribution } from './attribution.ts'
export { type DateMention, findDates } from './dates.ts'
export { type ExtractOptions, extract } from './extract.ts'
export { type MatchOptions, matchDrafts, matchRecord } from './merge.ts'
export { DEFAULT_MERGE_THRESHOLD } from './merge-threshold.ts'
export { findMoney, type MoneyMention } from './money.ts'
export { defaultDecisions } from './publish-defaults.ts'
export {
  type PlannedAddition,
  type PublishInput,
  type PublishPlan,
  type PublishWrite,
  planPublish,
} from './publish-plan.ts'
export { type CountMention, findCounts, parseNumber } from './quantities.ts'
export { type Sentence, splitSentences } from './sentences.ts'
