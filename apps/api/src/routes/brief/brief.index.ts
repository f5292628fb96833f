import { OpenAPIHono } from '@hono/zod-openapi'
import { buildBrief, renderBriefHtml, renderBriefMarkdown } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { readBriefInput } from './brief.read.ts'
import { briefRoute } from './brief.routes.ts'

/** A page of its own, readable and printable without the web app's styles. */
const htmlDocument = (article: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Situation brief</title><style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}sup a{text-decoration:none}@media print{a{color:inherit}}</style></head><body>\n${article}\n</body></html>\n`

export const briefApp = new OpenAPIHono<AppEnv>().openapi(briefRoute, async (c) => {
  const { format, ...query } = c.req.valid('query')
  const brief = buildBrief(await readBriefInput(c.var.store, { format, ...query }))
  if (format === 'md')
    return c.body(renderBriefMarkdown(brief), 200, {
      'content-type': 'text/markdown; charset=utf-8',
    })
  if (format === 'html')
    return c.body(htmlDocument(renderBriefHtml(brief)), 200, {
      'content-type': 'text/html; charset=utf-8',
    })
  return c.json(brief, 200)
})
