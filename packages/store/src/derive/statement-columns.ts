import { statementColumns } from '../stats-columns.ts'
import { recordColumnsStep } from './record-columns.ts'

/** What `/v1/stats` groups statements by: the named speaker and the channel (0011). */
export const statementColumnsStep = recordColumnsStep(
  { name: 'statement_columns', version: '1', kinds: ['statement'] },
  statementColumns,
)
