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
<script>
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true })
</script>
</body>
</html>`

/** `/docs`: an interactive reference of `/openapi.json`, rendered from packaged assets only. */
export const docsApp = (assets: DocsAssets) =>
  new Hono<AppEnv>()
    .get('/', (c) => c.html(page))
    .get('/swagger-ui.css', (c) =>
      c.body(assets.style, 200, { 'content-type': 'text/css; charset=utf-8' }),
    )
    .get('/swagger-ui-bundle.js', (c) =>
      c.body(assets.script, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
    )
