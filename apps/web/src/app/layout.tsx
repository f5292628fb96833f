import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteHeader } from '../components/site-header.tsx'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'sitrep', template: '%s · sitrep' },
  description:
    'Structured, sourced records of the Russia–Ukraine war: talks, aid, attacks, statements',
}

// Every page reads the API at request time: the records change, and a build must not need it.
export const dynamic = 'force-dynamic'

/**
 * Without JavaScript, React's streamed page content stays in hidden divs after the loading
 * fallback; this reveals it (and keeps the footer last), so every page reads without scripts.
 * No quotes or angle brackets: React escapes them in text, which CSS would not understand.
 */
const NO_SCRIPT_CSS =
  'body div[hidden]{display:block!important}.loading{display:none}body{display:flex;flex-direction:column}.site-footer{order:2}'

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <noscript>
          <style>{NO_SCRIPT_CSS}</style>
        </noscript>
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Every value is derived from the evidence behind it; where sources disagree, both are
            shown.
          </p>
        </footer>
      </body>
    </html>
  )
}
