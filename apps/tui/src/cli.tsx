// Commander: maintained, typed, no dependencies, and it gives every subcommand its own --help
// and usage errors for free; yargs pulls in a dozen packages and cac's subcommand help is thin.
import { Command, type CommanderError, Option } from 'commander'
import { exportQuery, exportTo } from './commands/export-records.ts'
import { describeDatasetImport, importDatasetFile } from './commands/import-dataset.ts'
import { formatOf, importFile } from './commands/import-file.ts'
import { describeProposal, ingestArticle } from './commands/ingest-article.ts'
import { describeKeys } from './commands/manage-keys.ts'
import {
  describeSubscriptions,
  newSubscriptionOf,
  SubscriptionCreateFlags,
} from './commands/manage-subscriptions.ts'
import { describeRestored, restoreRecord } from './commands/restore-record.ts'
import { BriefCliFlags, fetchBriefText, needsPager, page } from './commands/show-brief.ts'
import { describeStats } from './commands/show-stats.ts'
import { statsByPeriod } from './commands/stats-periods.ts'
import {
  type ApiTarget,
  apiTarget,
  clientFor,
  ExportCliFlags,
  ImportFlags,
  IngestCliFlags,
  KeyCreateFlags,
  parseFlags,
  StatsCliFlags,
  tabOf,
} from './lib/cli-flags.ts'
import { describeFailure, EXIT, UsageError } from './lib/failure.ts'
import { fetchTabPage } from './lib/fetch-tab.ts'
import { fetchDictionaries, namesFrom } from './lib/names.ts'

const print = (target: ApiTarget, json: unknown, text: () => string) =>
  process.stdout.write(`${target.json ? JSON.stringify(json, null, 2) : text()}\n`)

/** Every action's errors become one line on stderr and the exit code that names them. */
const action =
  <A extends unknown[]>(run: (target: ApiTarget, ...args: A) => Promise<void>) =>
  async (...args: A) => {
    const command = args.at(-1)
    const values = command instanceof Command ? command.optsWithGlobals() : {}
    let url = 'the API'
    try {
      const target = apiTarget(values, process.env)
      url = target.url
      await run(target, ...args)
    } catch (error) {
      const failure = describeFailure(error, url)
      process.stderr.write(`${failure.message}\n`)
      if (error instanceof UsageError && command instanceof Command)
        process.stderr.write(`\n${command.helpInformation()}`)
      process.exitCode = failure.code
    }
  }

/** The alternate screen keeps the shell's scrollback as it was once the dashboard quits. */
const ALT_SCREEN = { enter: '\u001b[?1049h', leave: '\u001b[?1049l' }

const dashboard = async (target: ApiTarget, values: unknown) => {
  const tab = tabOf(values)
  if (!process.stdin.isTTY || !process.stdout.isTTY)
    throw new UsageError(
      'the dashboard needs a terminal; in scripts use a command, e.g. sitrep export',
    )
  const client = clientFor(target)
  // Ink (its Yoga layout engine is WebAssembly) loads only for the screens that draw with it,
  // so scripted commands start quickly; the first tab and the dictionaries load meanwhile, so
  // the first frame is a full one, and an unreachable API or a bad key fails with its exit code.
  const [[{ render }, { App }, { ThemeContext, themeFor }], page, dictionaries] = await Promise.all(
    [
      Promise.all([import('ink'), import('./app.tsx'), import('./lib/theme.tsx')]),
      fetchTabPage(client, tab, {}),
      fetchDictionaries(client),
    ],
  )
  process.stdout.write(ALT_SCREEN.enter)
  const instance = render(
    <ThemeContext.Provider value={themeFor(process.env)}>
      <App
        client={client}
        watch={client.watchChanges}
        initialTab={tab}
        initial={{ page, dictionaries }}
        apiUrl={target.url}
      />
    </ThemeContext.Provider>,
  )
  try {
    await instance.waitUntilExit()
  } finally {
    process.stdout.write(ALT_SCREEN.leave)
  }
}

const program = new Command('sitrep')
  .description('The sitrep terminal: a live dashboard and commands for scripts')
  .addOption(
    new Option('--api <url>', 'API base URL (env SITREP_API_URL, default http://localhost:8787)'),
  )
  .addOption(new Option('--key <key>', 'API key (env SITREP_API_KEY)'))
  .option('--json', 'print JSON for scripts instead of text')
  .showHelpAfterError()
  // Help asked for exits 0 (commander's own exitCode); every other parse error is a usage error.
  .exitOverride((error: CommanderError) =>
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage),
  )

const openDashboard = action(async (target, values: unknown, _command: Command) =>
  dashboard(target, values),
)

/**
 * A word that is no command reaches the default command as an argument; commander would call it
 * "too many arguments for 'dash'". Said as what it is, with the commands there are.
 */
const unknownCommand = (word: string) => {
  const known = program.commands.map((c) => c.name()).join(', ')
  process.stderr.write(
    `sitrep: unknown command '${word}' (commands: ${known})\n\n${program.helpInformation()}`,
  )
  process.exitCode = EXIT.usage
}

program
  .command('dash', { isDefault: true })
  .description('full-screen live dashboard (the default)')
  .option('--tab <tab>', 'tab to open: talks, aid, attacks, statements, disputes, timeline')
  .allowExcessArguments()
  .action(async (values: unknown, command: Command) => {
    const [word] = command.args
    if (word !== undefined) return unknownCommand(word)
    await openDashboard(values, command)
  })

program
  .command('ingest')
  .description('read an article and show the drafts the extractor proposes, with their spans')
  .argument('<file>', 'article text file')
  .requiredOption('--published <date>', 'publication date, resolves "on Monday" (YYYY-MM-DD)')
  .option('--title <title>', 'source title (default: the first line)')
  .option('--outlet <name>', 'outlet that published it')
  .option('--url <url>', 'where it was published')
  .option('--publish', 'publish the drafts (needs an editor key)')
  .option(
    '--merge-above <score>',
    'merge drafts into records they match at least this well (default: the API’s default decisions)',
  )
  .action(
    action(async (target, file: string, values: unknown) => {
      const flags = parseFlags(IngestCliFlags, values)
      const outcome = await ingestArticle(clientFor(target), file, flags)
      print(target, outcome, () => describeProposal(outcome, flags.mergeAbove))
    }),
  )

program
  .command('import')
  .description(
    'import records from NDJSON or CSV (editor key), with a progress bar, or a downloaded dataset with --dataset (admin key)',
  )
  .argument('<file>', '.ndjson or .csv records (CSV: the export columns), or the dataset’s CSV')
  .option(
    '--format <format>',
    'records: ndjson or csv (default: from the file name); a dataset: air-force, cir-events or acled',
  )
  .option('--batch <rows>', 'records: rows per request (default 500)')
  .option('--dataset <format>', 'the file is a dataset: air-force, cir-events or acled')
  .option(
    '--reference <file>',
    'air-force: its missiles_and_uavs.csv (default: the one beside the file)',
  )
  .action(
    action(async (target, file: string, values: unknown) => {
      const flags = parseFlags(ImportFlags, values)
      if (flags.dataset) {
        if (!target.json && process.stderr.isTTY)
          process.stderr.write(`sending ${file} to ${target.url}; the API reads it whole…\n`)
        const summary = await importDatasetFile(
          target.options,
          flags.dataset,
          file,
          flags.reference,
        )
        print(target, summary, () => describeDatasetImport(summary))
        return
      }
      const showBar = !target.json && process.stderr.isTTY
      const ui = showBar
        ? await Promise.all([
            import('ink'),
            import('./components/import-progress.tsx'),
            import('./lib/theme.tsx'),
          ])
        : undefined
      let bar: import('ink').Instance | undefined
      const result = await importFile(clientFor(target), file, {
        format: flags.format ?? formatOf(file),
        rowsPerBatch: flags.batch ?? 500,
        onProgress: (state) => {
          if (!ui) return
          const [{ render }, { ImportProgress }, { ThemeContext, themeFor }] = ui
          const view = (
            <ThemeContext.Provider value={themeFor(process.env)}>
              <ImportProgress state={state} now={Date.now()} />
            </ThemeContext.Provider>
          )
          if (bar) bar.rerender(view)
          else bar = render(view, { stdout: process.stderr, patchConsole: false })
        },
      })
      bar?.unmount()
      print(target, result, () =>
        [
          `imported ${result.imported} of ${result.rows} rows${result.unchanged ? `, ${result.unchanged} unchanged` : ''}${result.rejectedCount > result.rejected.length ? `, ${result.rejectedCount} rejected (the first listed)` : ''}`,
          ...result.rejected.map((r) => `line ${r.line}${r.id ? ` (${r.id})` : ''}: ${r.reason}`),
        ].join('\n'),
      )
      if (result.rejectedCount > 0) process.exitCode = EXIT.failed
    }),
  )

program
  .command('export')
  .description('stream matching records to stdout (or --output) as CSV, NDJSON or GeoJSON')
  .requiredOption('--format <format>', 'csv, ndjson or geojson')
  .option('--output <file>', 'write to a file instead of stdout')
  .option('--from <date>', 'records on or after this date')
  .option('--to <date>', 'records on or before this date')
  .option('--place <id>', 'a place id; places inside it count')
  .option('--actor <id>', 'an actor id')
  .option('--source <id>', 'a source id')
  .option('--kind <kinds>', 'comma-separated: talk,aid,attack,statement')
  .option('--status <status>', 'talk status')
  .option('--stage <stage>', 'aid stage')
  .option('--category <category>', 'aid category')
  .option('--q <words>', 'full-text query')
  .action(
    action(async (target, values: unknown) => {
      const flags = parseFlags(ExportCliFlags, values)
      await exportTo(
        clientFor(target),
        flags.format,
        exportQuery(flags),
        process.stdout,
        flags.output,
      )
    }),
  )

program
  .command('stats')
  .description(
    'attacks and casualty bands by day and region, aid in EUR, talks by status, statements by speaker and channel',
  )
  .option('--from <date>', 'records on or after this date')
  .option('--to <date>', 'records on or before this date')
  .option('--place <id>', 'a place id; places inside it count')
  .option('--actor <id>', 'an actor id')
  .option(
    '--by <period>',
    'series (attacks, the air war, aid) summed by day, week or month (default: week, month when the days span over a year)',
  )
  .action(
    action(async (target, values: unknown) => {
      const flags = parseFlags(StatsCliFlags, values)
      const query = exportQuery(flags)
      const client = clientFor(target)
      if (target.json) {
        const stats = await client.stats({ ...query, ...(flags.by ? { bucket: flags.by } : {}) })
        print(target, stats, () => '')
        return
      }
      const stats = await statsByPeriod((bucket) => client.stats({ ...query, bucket }), flags.by)
      const [actors, places] = await Promise.all([client.actors(), client.places()])
      const names = namesFrom({ actors: actors.items, places: places.items, sources: [] })
      print(target, stats, () => describeStats(stats, names))
    }),
  )

program
  .command('brief')
  .description('the situation brief, every sentence footnoted (Markdown; paged when long)')
  .option('--from <date>', 'the first day of the period')
  .option('--to <date>', 'the last day of the period')
  .option('--since <revision>', 'what changed after a revision or an ISO date, instead')
  .option('--place <id>', 'a place id or name; places inside it count')
  .option('--actor <id>', 'an actor id or name')
  .option('--kind <kinds>', 'comma-separated: talk,aid,attack,statement')
  .option('--format <format>', 'md or json', 'md')
  .action(
    action(async (target, values: unknown) => {
      const flags = parseFlags(BriefCliFlags, values)
      const text = await fetchBriefText(clientFor(target), flags, target.json)
      if (needsPager(text, process.stdout)) await page(text)
      else process.stdout.write(text)
    }),
  )

program
  .command('restore')
  .description('bring a deleted record back as it was before (needs an editor key)')
  .argument('<id>', 'the record id')
  .action(
    action(async (target, id: string) => {
      const restored = await restoreRecord(clientFor(target), id)
      print(target, restored, () => describeRestored(restored))
    }),
  )

const keys = program.command('keys').description('manage API keys (needs an admin key)')
keys
  .command('create')
  .description('create a key; it is printed once')
  .requiredOption('--role <role>', 'reader, editor or admin')
  .option('--label <text>', 'what the key is for')
  .action(
    action(async (target, values: unknown) => {
      const flags = parseFlags(KeyCreateFlags, values)
      const created = await clientFor(target).keys.create(
        flags.role,
        flags.label ?? `${flags.role} key`,
      )
      if (!target.json)
        process.stderr.write(
          `created ${created.info.role} key ${created.info.id} (${created.info.label}); it is shown once:\n`,
        )
      print(target, created, () => created.key)
    }),
  )
keys
  .command('list')
  .description('list keys, never their secrets')
  .action(
    action(async (target) => {
      const { items } = await clientFor(target).keys.list()
      print(target, items, () => describeKeys(items))
    }),
  )
keys
  .command('revoke')
  .description('revoke a key by id')
  .argument('<id>', 'key id (from keys list)')
  .action(
    action(async (target, id: string) => {
      await clientFor(target).keys.revoke(id)
      print(target, { revoked: id }, () => `revoked ${id}`)
    }),
  )

const subscriptions = program
  .command('subscriptions')
  .description('webhooks for new and changed records (needs an editor key)')
subscriptions
  .command('list')
  .description('your subscriptions with their delivery health')
  .action(
    action(async (target) => {
      const { items } = await clientFor(target).subscriptions.list()
      print(target, items, () => describeSubscriptions(items))
    }),
  )
subscriptions
  .command('create')
  .description('subscribe a URL; the signing secret is printed once')
  .requiredOption('--url <url>', 'where deliveries are POSTed (https)')
  .option('--kind <kinds>', 'comma-separated: talk, aid, attack, statement')
  .option('--place <placeId>', 'only records in this place or inside it')
  .option('--actor <actorId>', 'only records naming this actor')
  .option('--events <events>', 'comma-separated: created, updated, deleted, disputed (default all)')
  .option('--description <text>', 'what it is for')
  .action(
    action(async (target, values: unknown) => {
      const flags = parseFlags(SubscriptionCreateFlags, values)
      const created = await clientFor(target).subscriptions.create(newSubscriptionOf(flags))
      if (!target.json)
        process.stderr.write(`created ${created.id}; its signing secret is shown once:\n`)
      print(target, created, () => created.secret)
    }),
  )
const changes = [
  ['pause', 'paused', 'stop deliveries until resumed'],
  ['resume', 'resumed', 'deliver again (also after a disable)'],
  ['delete', 'deleted', 'delete a subscription and its delivery history'],
] as const
for (const [name, done, description] of changes)
  subscriptions
    .command(name)
    .description(description)
    .argument('<id>', 'subscription id (from subscriptions list)')
    .action(
      action(async (target, id: string) => {
        const client = clientFor(target).subscriptions
        if (name === 'delete') await client.delete(id)
        else await client[name](id)
        print(target, { [done]: id }, () => `${done} ${id}`)
      }),
    )

await program.parseAsync(process.argv)
