import { describe, expect, it } from 'vitest'
import { type FanOutPlan, planParts, positionOf } from './fan-out.ts'

const delivery = (
  subscription: string,
  seq: number,
  event: 'record.created' | 'record.disputed',
) => ({
  id: `${subscription}-${seq}-${event}`,
  subscription_id: subscription,
  position: positionOf(seq, event),
  event,
  record_id: `talk-${seq}`,
  version: 1,
  status: 'pending' as const,
  attempts: 0,
  next_attempt_at: null,
  created_at: '2026-12-06T00:00:00.000Z',
  delivered_at: null,
})

describe('planParts', () => {
  it('cuts a plan by events, each part carrying every delivery of its events', () => {
    const plan: FanOutPlan = {
      seqs: [7, 8, 9],
      deliveries: [
        delivery('a', 7, 'record.created'),
        delivery('a', 9, 'record.created'),
        delivery('b', 7, 'record.created'),
        delivery('b', 7, 'record.disputed'),
        delivery('b', 8, 'record.created'),
      ],
    }
    const parts = planParts(plan, 2)
    expect(parts.map((p) => p.seqs)).toEqual([[7, 8], [9]])
    expect(parts.map((p) => p.deliveries.map((d) => d.id))).toEqual([
      ['a-7-record.created', 'b-7-record.created', 'b-7-record.disputed', 'b-8-record.created'],
      ['a-9-record.created'],
    ])
  })
})
