import Link from 'next/link'

const sections = [
  ['/', 'Overview'],
  ['/timeline', 'Timeline'],
  ['/talks', 'Talks'],
  ['/aid', 'Aid'],
  ['/attacks', 'Attacks'],
  ['/statements', 'Statements'],
  ['/disputes', 'Disputes'],
  ['/brief', 'Brief'],
  ['/search', 'Search'],
  ['/ingest', 'Ingest'],
  ['/subscriptions', 'Webhooks'],
] as const

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <p className="brand">
        <Link href="/">sitrep</Link>
        <span className="muted"> sourced records of the Russia–Ukraine war</span>
      </p>
      <nav aria-label="Sections">
        <ul>
          {sections.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
