import { ApiRole } from '@sitrep/domain'
import { nodeConfigOrExit } from '../config/node-config.ts'
import { openConfiguredStore } from '../entry/open-store.ts'
import { failUsage, readCommandLine } from './command-line.ts'

const USAGE = `usage: npm run keys -- <command>

  create --role reader|editor|admin [--label TEXT]   print a new key (shown once)
  list                                               list keys, never their secrets
  revoke ID                                          revoke a key

Works on the configured database (SITREP_DATA_DIR or DATABASE_URL), so the first admin key can
be made before any key exists. Once one exists, \`sitrep keys\` does the same through the API.`

const fail = (message: string): never => failUsage(message, USAGE)

const { positionals, values } = readCommandLine(
  {
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { role: { type: 'string' }, label: { type: 'string' } },
  },
  USAGE,
)

const config = nodeConfigOrExit('keys')
const { store } = await openConfiguredStore(config)

try {
  const [command, id] = positionals
  if (command === 'create') {
    const role = ApiRole.safeParse(values.role)
    if (!role.success) fail('--role must be reader, editor or admin')
    const { info, key } = await store.createApiKey({
      role: role.data ?? 'reader',
      label: values.label ?? `${role.data} key`,
    })
    console.error(`created ${info.role} key ${info.id} (${info.label}); it is shown once:`)
    console.log(key)
  } else if (command === 'list') {
    for (const k of await store.listApiKeys())
      console.log(
        `${k.id}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'live'}  ${k.label}`,
      )
  } else if (command === 'revoke' && id) {
    await store.revokeApiKey(id)
    console.error(`revoked ${id}`)
  } else fail(command ? `unknown command: ${command}` : 'no command given')
} finally {
  await store.close()
}
