import { Hono } from 'hono'
import type { AppEnv } from '../../lib/app-env.ts'

/** The reference page's script and style, from the swagger-ui-dist npm package (no CDN). */
export interface DocsAssets {
  readonly script: string
  readonly style: string
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sitrep API reference</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<main id="reference"></main>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/start.js"></script>
</body>
</html>`

/** In a file of its own, so the page's policy allows no inline script at all. */
const start =
  "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true })\n"

/**
 * Scripts and styles from this server only; inline styles because the reference sets them as
 * attributes; images inline (its icons are data: URLs); it may fetch only `/openapi.json`.
 */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** `/docs`: an interactive reference of `/openapi.json`, rendered from packaged assets only. */
export const docsApp = (assets: DocsAssets) =>
  new Hono<AppEnv>()
    .use(async (c, next) => {
      await next()
      c.header('content-security-policy', DOCS_CSP)
    })
    .get('/', (c) => c.html(page))
    .get('/start.js', (c) =>
      c.body(start, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    )
    .get('/swagger-ui.css', (c) =>
      c.body(assets.style, 200, { 'content-type': 'text/css; charset=utf-8' }),
    )
    .get('/swagger-ui-bundle.js', (c) =>
      c.body(assets.script, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    )
