import { spawn } from 'node:child_process'
import type { BriefQuery, SitrepClient } from '@sitrep/client'
import { RecordKind } from '@sitrep/domain'
import { z } from 'zod'
import { UsageError } from '../lib/failure.ts'

const isoDate = z.iso.date('must be a date, YYYY-MM-DD')

/** `sitrep brief`'s flags: a period or `--since`, the list's filters, and the format. */
export const BriefCliFlags = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    since: z.string().min(1).optional(),
    place: z.string().min(1).optional(),
    actor: z.string().min(1).optional(),
    kind: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(RecordKind).max(4))
      .optional(),
    format: z.enum(['md', 'json']).default('md'),
  })
  .refine((f) => f.since !== undefined || (f.from !== undefined && f.to !== undefined), {
    message: 'give --from and --to, or --since',
    path: ['from'],
  })
export type BriefCliFlags = z.output<typeof BriefCliFlags>

export const briefQuery = (flags: BriefCliFlags): BriefQuery => ({
  ...(flags.since !== undefined
    ? { since: flags.since }
    : { from: flags.from ?? '', to: flags.to ?? '' }),
  ...(flags.place ? { placeId: flags.place } : {}),
  ...(flags.actor ? { actorId: flags.actor } : {}),
  ...(flags.kind ? { kind: flags.kind } : {}),
})

/** The brief as text: Markdown as the API renders it, or its JSON. */
export const fetchBriefText = async (
  client: SitrepClient,
  flags: BriefCliFlags,
  json: boolean,
): Promise<string> => {
  const query = briefQuery(flags)
  if (json || flags.format === 'json')
    return `${JSON.stringify(await client.brief(query), null, 2)}\n`
  return client.briefText(query, 'md')
}

/** Text taller than the terminal goes through a pager, as git's output does. */
export const needsPager = (
  text: string,
  out: { readonly isTTY?: boolean; readonly rows?: number },
): boolean => out.isTTY === true && text.split('\n').length > (out.rows ?? 24) - 1

/**
 * Pages `text` with $PAGER (else `less -R`, which quits at once when it fits; -F -X keep the
 * screen); writes it straight out when the pager cannot start.
 */
export const page = (text: string, pager = process.env.PAGER || 'less -FRX'): Promise<void> =>
  new Promise((done, fail) => {
    const [command, ...args] = pager.split(/\s+/).filter(Boolean)
    if (!command) {
      process.stdout.write(text)
      done()
      return
    }
    const child = spawn(command, args, { stdio: ['pipe', 'inherit', 'inherit'] })
    child.on('error', () => {
      process.stdout.write(text)
      done()
    })
    child.on('close', () => done())
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      // The reader quit the pager before the end: not a failure.
      if (error.code !== 'EPIPE') fail(new UsageError(`pager failed: ${error.message}`))
    })
    child.stdin.end(text)
  })
