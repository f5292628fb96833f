import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/app-env.ts'
import { importDatasetUpload } from './datasets.handlers.ts'
import { datasetRoute } from './datasets.routes.ts'

/** `POST /v1/datasets/{format}`: third-party datasets, admins only. */
export const datasetsApp = new OpenAPIHono<AppEnv>().openapi(datasetRoute, async (c) => {
  const { format } = c.req.valid('param')
  return c.json(await importDatasetUpload(c, format, c.req.valid('form')), 200)
})
