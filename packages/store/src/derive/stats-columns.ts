import { casualtyFloor } from '../record-index.ts'
import { statsColumns } from '../stats-columns.ts'
import { recordColumnsStep } from './record-columns.ts'

/**
 * What `/v1/stats` sums, for attacks and aid: casualty floors (0003) and ceilings, the least euro
 * value and the donors (0008). The floors are derived again too: the place tolls step reads them
 * to find the attacks with a toll, and older releases wrote them by older rules.
 */
export const statsColumnsStep = recordColumnsStep(
  { name: 'stats_columns', version: '1', kinds: ['attack', 'aid'] },
  (record) => ({
    killed_low: casualtyFloor(record, 'killed'),
    injured_low: casualtyFloor(record, 'injured'),
    ...statsColumns(record),
  }),
)
