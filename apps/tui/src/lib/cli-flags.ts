import { type ClientOptions, createClient, type DatasetFormat } from '@sitrep/client'
import { ApiRole, describeIssues } from '@sitrep/domain'
import { z } from 'zod'
import { isTabId, type TabId } from '../tabs.ts'
import { UsageError } from './failure.ts'

export const DEFAULT_API_URL = 'http://localhost:8787'

/** Flags every command takes; commander collects them, Zod types and checks them. */
const GlobalFlags = z.object({
  api: z.url({ protocol: /^https?$/ }).optional(),
  key: z.string().min(1).optional(),
  json: z.boolean().default(false),
})
export type GlobalFlags = z.infer<typeof GlobalFlags>

export const parseFlags = <S extends z.ZodType>(schema: S, values: unknown): z.output<S> => {
  const parsed = schema.safeParse(values)
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error))
  return parsed.data
}

export interface ApiTarget {
  readonly options: ClientOptions
  readonly url: string
  readonly json: boolean
}

/** Flag, else environment (empty counts as unset), else the default the README promises. */
export const apiTarget = (
  values: unknown,
  env: Readonly<Record<string, string | undefined>>,
): ApiTarget => {
  const flags = parseFlags(GlobalFlags, values)
  const url = flags.api ?? (env.SITREP_API_URL || DEFAULT_API_URL)
  const apiKey = flags.key ?? (env.SITREP_API_KEY || undefined)
  return { url, json: flags.json, options: { baseUrl: url, ...(apiKey ? { apiKey } : {}) } }
}

export const clientFor = (target: ApiTarget) => createClient(target.options)

export const DashFlags = z.object({
  tab: z
    .string()
    .refine(isTabId, 'must be talks, aid, attacks, statements, disputes or timeline')
    .default('talks'),
})
export const tabOf = (values: unknown): TabId => {
  const tab = parseFlags(DashFlags, values).tab
  return isTabId(tab) ? tab : 'talks'
}

export const KeyCreateFlags = z.object({
  role: ApiRole,
  label: z.string().trim().min(1).max(200).optional(),
})

const DATASETS = ['air-force', 'cir-events', 'acled'] as const satisfies readonly DatasetFormat[]

/**
 * A record file (`--format ndjson|csv`, `--batch`) or a downloaded dataset (`--dataset`, or the
 * same name given to `--format`, so one flag imports everything: `--format air-force FILE
 * --reference FILE`), read as `dataset` from here on.
 */
export const ImportFlags = z
  .object({
    format: z.enum(['ndjson', 'csv', ...DATASETS]).optional(),
    batch: z.coerce.number().int().min(1).max(10_000).optional(),
    dataset: z.enum(DATASETS).optional(),
    reference: z.string().min(1).optional(),
  })
  .transform(({ format, dataset, ...rest }) => {
    const named = DATASETS.find((d) => d === format)
    return named
      ? { ...rest, dataset: dataset ?? named, ...(dataset && dataset !== named ? { format } : {}) }
      : {
          ...rest,
          ...(format === 'ndjson' || format === 'csv' ? { format } : {}),
          ...(dataset ? { dataset } : {}),
        }
  })
  .superRefine((flags, ctx) => {
    if (flags.dataset !== undefined)
      for (const flag of ['format', 'batch'] as const)
        if (flags[flag] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [flag],
            message: 'is for record files, not --dataset',
          })
    if (flags.reference !== undefined && flags.dataset !== 'air-force')
      ctx.addIssue({
        code: 'custom',
        path: ['reference'],
        message: 'goes with --dataset air-force',
      })
  })

export const IngestCliFlags = z.object({
  published: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (2025-07-21) or a date-time with offset',
  }),
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  url: z.url().optional(),
  publish: z.boolean().default(false),
  mergeAbove: z.coerce.number().min(0).max(1).optional(),
})

export const ExportCliFlags = z.object({
  format: z.enum(['ndjson', 'csv', 'geojson']),
  output: z.string().min(1).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  place: z.string().optional(),
  actor: z.string().optional(),
  source: z.string().optional(),
  kind: z.string().optional(),
  status: z.string().optional(),
  stage: z.string().optional(),
  category: z.string().optional(),
  q: z.string().optional(),
})

export const StatsCliFlags = ExportCliFlags.pick({
  from: true,
  to: true,
  place: true,
  actor: true,
}).extend({ by: z.enum(['day', 'week', 'month']).optional() })
