import { createWriteStream } from 'node:fs'
import { Writable } from 'node:stream'
import type { ExportFormat, ExportQuery, SitrepClient } from '@sitrep/client'
import { describeIssues, RecordFilter } from '@sitrep/domain'
import { UsageError } from '../lib/failure.ts'

export interface ExportFlags {
  readonly from?: string
  readonly to?: string
  readonly place?: string
  readonly actor?: string
  readonly source?: string
  readonly kind?: string
  readonly status?: string
  readonly stage?: string
  readonly category?: string
  readonly q?: string
}

/** The flags as the domain's filter: checked here, so a bad date is a usage error (64), not a 400. */
export const exportQuery = (flags: ExportFlags): ExportQuery => {
  const parsed = RecordFilter.safeParse(
    Object.fromEntries(
      Object.entries({
        from: flags.from,
        to: flags.to,
        placeId: flags.place,
        actorId: flags.actor,
        sourceId: flags.source,
        kind: flags.kind?.split(',').filter(Boolean),
        status: flags.status,
        stage: flags.stage,
        category: flags.category,
        q: flags.q,
      }).filter(([, v]) => v !== undefined),
    ),
  )
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error))
  return parsed.data
}

/** Streams the export to a file or stdout without holding it in memory; resolves when written. */
export const exportTo = async (
  client: SitrepClient,
  format: ExportFormat,
  query: ExportQuery,
  output: Writable,
  file?: string,
): Promise<void> => {
  const body = await client.exportRecords(format, query)
  const target = file ? createWriteStream(file) : output
  await body.pipeTo(Writable.toWeb(target), { preventClose: !file })
}
