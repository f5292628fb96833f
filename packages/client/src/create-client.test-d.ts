import type { Problem, RecordOfKind, StoredRecord } from '@sitrep/domain'
import { describe, expectTypeOf, it } from 'vitest'
import { createClient } from './create-client.ts'
import type { DisputesPage, Page } from './page.ts'
import { paginate } from './paginate.ts'
import type { SitrepApiError } from './sitrep-api-error.ts'

const client = createClient({ baseUrl: 'http://localhost:8787' })

describe('the client speaks the domain types', () => {
  it('returns each kind as its own record type', () => {
    expectTypeOf(client.talks.get)
      .returns.resolves.toHaveProperty('record')
      .toEqualTypeOf<RecordOfKind<'talk'>>()
    expectTypeOf(client.attacks.list)
      .returns.resolves.toHaveProperty('items')
      .items.toHaveProperty('record')
      .toEqualTypeOf<RecordOfKind<'attack'>>()
  })

  it('returns one record of any kind as the domain union, and a split as both halves', () => {
    expectTypeOf(client.records.get).returns.resolves.toEqualTypeOf<StoredRecord>()
    expectTypeOf(client.records.split).returns.resolves.toEqualTypeOf<{
      kept: StoredRecord
      split: StoredRecord
    }>()
    // @ts-expect-error: a split names its claims by dataset record or by sources, not both
    void client.records.split('x', { datasetRecordId: 'a', sourceIds: ['b'] })
  })

  it('types a kind’s writes by that kind', () => {
    expectTypeOf(client.aid.put).parameter(0).toEqualTypeOf<RecordOfKind<'aid'>>()
  })

  it('returns the records list, search and disputes as pages of domain values', () => {
    expectTypeOf(client.records.list).returns.resolves.toEqualTypeOf<Page<StoredRecord>>()
    expectTypeOf(client.search).returns.resolves.toEqualTypeOf<Page<StoredRecord>>()
    expectTypeOf(client.disputes).returns.resolves.toEqualTypeOf<DisputesPage>()
  })

  it('takes filters typed by RecordQuery', () => {
    expectTypeOf(client.records.list)
      .parameter(0)
      .toMatchTypeOf<{ kind?: ('talk' | 'aid' | 'attack' | 'statement')[] } | undefined>()
    // @ts-expect-error: a status outside TalkStatus is refused at compile time
    void client.talks.list({ status: 'rumoured' })
  })

  it('iterates pages as the list item type', () => {
    expectTypeOf(paginate(client.statements.list, {})).toEqualTypeOf<
      AsyncGenerator<
        { record: RecordOfKind<'statement'>; meta: StoredRecord['meta'] },
        void,
        undefined
      >
    >()
  })

  it('carries the problem document on errors', () => {
    expectTypeOf<SitrepApiError['problem']>().toEqualTypeOf<Problem>()
  })
})
