import type { z } from 'zod'
import { deriveFact } from './disputes.ts'
import type { SourceLookup } from './origin.ts'
import type { SitrepRecord } from './record.ts'
import type { TalkStatusValue } from './talk.ts'

type StatusValue = z.infer<typeof TalkStatusValue>

/**
 * A talk's status as every view shows it, read from the derived "status" fact: one value when
 * the sources agree (the latest along announced → confirmed → held → concluded, so an
 * announcement and a later confirmation read "confirmed"), one per position when they disagree
 * (held or cancelled), none when no source gives one.
 */
export const talkStatuses = (record: SitrepRecord, sources?: SourceLookup): StatusValue[] => {
  const fact = deriveFact(record, 'status', '', sources)
  return (fact?.positions ?? []).flatMap(({ value }) =>
    value && 'status' in value && 'asOf' in value ? [value] : [],
  )
}
