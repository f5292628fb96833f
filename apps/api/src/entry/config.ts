import { z } from 'zod'

/** The settings the Node entry reads, with the defaults the README promises. */
export const NodeConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  SITREP_DATA_DIR: z.string().min(1).default('./data'),
  /** Requests per client per minute; 0 turns limiting off (benchmarks, trusted networks). */
  SITREP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** `true` makes reads need a key too. */
  SITREP_REQUIRE_KEY_FOR_READS: z.enum(['true', 'false']).default('false'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
})
export type NodeConfig = z.infer<typeof NodeConfig>
