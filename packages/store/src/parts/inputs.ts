import { PageRequest, RecordFilter, StatsBucket, WriteContext } from '@sitrep/domain'
import { z } from 'zod'
import { validate } from '../validate.ts'

// What several parts read from their callers, checked the same way everywhere.

const BaseVersion = z.number().int().min(1)

export const readFilter = (filter: RecordFilter): RecordFilter =>
  validate(RecordFilter, filter, 'filter')

const StatsOptions = z.strictObject({ bucket: StatsBucket.optional() })

export const readStatsOptions = (options: unknown = {}): z.infer<typeof StatsOptions> =>
  validate(StatsOptions, options, 'stats options')

export const readPage = (page: PageRequest): PageRequest =>
  validate(PageRequest, page, 'page request')

export const readWriteContext = (ctx: WriteContext): WriteContext =>
  validate(WriteContext, ctx, 'write context')

export const readBaseVersion = (version: unknown): number =>
  validate(BaseVersion, version, 'base version')
