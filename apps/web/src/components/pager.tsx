import Link from 'next/link'
import { hrefWith } from '../lib/query-params.ts'

interface Props {
  readonly path: string
  /** The current URL's parameters, cursor included. */
  readonly params: Record<string, string>
  readonly nextCursor: string | undefined
}

/** Cursor pagination as plain links, so paging works without JavaScript. */
export function Pager({ path, params, nextCursor }: Props) {
  const { cursor, ...rest } = params
  if (!cursor && !nextCursor) return null
  return (
    <nav aria-label="Pages" className="pager">
      {cursor ? <Link href={hrefWith(path, rest)}>← First page</Link> : <span />}
      {nextCursor ? (
        <Link href={hrefWith(path, { ...rest, cursor: nextCursor })} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  )
}
