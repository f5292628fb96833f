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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
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
