import type { Metadata } from 'next'
import { IngestWorkbench } from '../../components/ingest/ingest-workbench.tsx'
import { hasApiKey } from '../../lib/api.ts'
import './ingest.css'

export const metadata: Metadata = { title: 'Ingest' }

/** Without a key the web server cannot write, so the page says how to give it one. */
function KeyMissing() {
  return (
    <div className="notice" role="note">
      <h2>This web server has no API key</h2>
      <p>
        Publishing needs an editor key in the web server’s environment; it stays on the server and
        never reaches a browser. Create one and restart:
      </p>
      <pre>
        <code>{'npm run keys -- create --role editor\nSITREP_API_KEY=<the key> npm start'}</code>
      </pre>
    </div>
  )
}

export default function IngestPage() {
  return (
    <>
      <h1>Ingest an article</h1>
      <p className="muted">
        Paste a report and its publication date: the extractor proposes records with the words each
        fact stands on. Merge them into records sitrep holds, publish them as new, or reject them.
      </p>
      {hasApiKey() ? <IngestWorkbench /> : <KeyMissing />}
    </>
  )
}
