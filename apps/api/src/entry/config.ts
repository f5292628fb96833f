import { resolve } from 'node:path'
import { z } from 'zod'

/** The settings the Node entry reads, with the defaults the README promises. */
export const NodeConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  SITREP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
})
export type NodeConfig = z.infer<typeof NodeConfig>

export const sqliteFile = (config: NodeConfig) => resolve(config.SITREP_DATA_DIR, 'sitrep.db')
