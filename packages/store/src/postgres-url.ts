/** Where a PostgreSQL URL points, safe to print: no user, no password. */
export interface PostgresTarget {
  /** A host name, an address, or a Unix socket's directory. */
  host: string
  port: string
  database: string
}

/**
 * Reads a `postgres://` URL as the pg driver does: a Unix socket may leave the authority's host
 * empty and name its directory in `?host=` (`postgresql://user@/db?host=/run/postgresql`), which
 * WHATWG URL parsing alone refuses. Throws what the driver would refuse, without echoing the URL
 * (it may hold a password).
 */
export const readPostgresUrl = (text: string): PostgresTarget => {
  const emptyHost = !URL.canParse(text) && URL.canParse(text.replace('@/', '@socket/'))
  if (!URL.canParse(text) && !emptyHost)
    throw new TypeError('DATABASE_URL is not a URL the PostgreSQL driver reads')
  const url = new URL(emptyHost ? text.replace('@/', '@socket/') : text)
  const host = url.searchParams.get('host') ?? (emptyHost ? '' : url.hostname)
  return {
    host: host || 'localhost',
    port: url.searchParams.get('port') ?? (url.port || '5432'),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
  }
}
