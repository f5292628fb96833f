/** The settings the allowed origins are read from (`process.env` in the server). */
export interface WebOriginSettings {
  readonly HOST?: string | undefined
  readonly WEB_PORT?: string | undefined
  readonly SITREP_WEB_ORIGINS?: string | undefined
}

/** Addresses a server listens on rather than a name anyone browses to. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]'])

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/** `::1` as a listening address is `[::1]` in a URL. */
const urlHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)

const originOf = (entry: string): string => {
  const url = URL.canParse(entry.trim()) ? new URL(entry.trim()) : undefined
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new Error(
      `SITREP_WEB_ORIGINS: "${entry}" is not an origin such as https://sitrep.example.org`,
    )
  return url.origin
}

/**
 * The origins this web server is reached at, the ones its forms may be posted from. By default
 * those `npm start` serves (`HOST`, `WEB_PORT`) under the loopback names; behind a proxy or on a
 * LAN name, `SITREP_WEB_ORIGINS` lists them instead (comma-separated, `https://…` included).
 */
export const allowedOrigins = (settings: WebOriginSettings): ReadonlySet<string> => {
  const listed = settings.SITREP_WEB_ORIGINS?.split(',').filter((entry) => entry.trim())
  if (listed?.length) return new Set(listed.map(originOf))
  const port = settings.WEB_PORT || '3000'
  const configured = settings.HOST && !WILDCARD_HOSTS.has(settings.HOST) ? [settings.HOST] : []
  return new Set(
    [...LOOPBACK_HOSTS, ...configured].map((host) => originOf(`http://${urlHost(host)}:${port}`)),
  )
}

export interface WriteRequest {
  readonly method: string
  readonly host: string | null
  readonly origin: string | null
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a write (a server action, any POST) must be refused, or undefined when it may go on. The
 * ingest form publishes with the server's editor key, so a page elsewhere must not post to it:
 * a foreign `Host` is a DNS-rebinding page that made its own name point at this server (its
 * `Origin` then matches its `Host`, which is all Next's own check compares), and a foreign
 * `Origin` is a cross-site form. A request without `Origin` comes from no browser page.
 */
export const writeRefusal = (
  request: WriteRequest,
  allowed: ReadonlySet<string>,
): string | undefined => {
  if (READS.has(request.method.toUpperCase())) return undefined
  const hosts = new Set([...allowed].map((origin) => new URL(origin).host))
  if (!request.host || !hosts.has(request.host.toLowerCase()))
    return `This server does not answer writes for the host ${request.host ?? '(none)'}.`
  if (request.origin !== null && !allowed.has(request.origin.toLowerCase()))
    return `Writes from ${request.origin} are not accepted here.`
  return undefined
}
