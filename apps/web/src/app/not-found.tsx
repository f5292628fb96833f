import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Not found</h1>
      <p>
        There is no such record. Try the <Link href="/timeline">timeline</Link> or{' '}
        <Link href="/search">search</Link>.
      </p>
    </div>
  )
}
