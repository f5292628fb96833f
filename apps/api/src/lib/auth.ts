import { type ApiKeyInfo, type ApiRole, roleAllows } from '@sitrep/domain'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error.ts'
import type { AppEnv } from './app-env.ts'

/** RFC 9110 §11.1: the scheme name is case-insensitive, so `bearer` is as good as `Bearer`. */
const BEARER = /^Bearer\s+(\S+)$/i

/**
 * Resolves `Authorization: Bearer <key>` to a key, when one is sent. A refused header is only
 * noted here: `refuseBadKey` answers it after the rate limit, so a flood of made-up keys counts
 * against its address like any keyless client instead of never being limited.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization')
  if (header !== undefined) {
    const token = BEARER.exec(header)?.[1]
    const key = token ? await c.var.store.findApiKey(token) : undefined
    if (key) c.set('principal', key)
    else
      c.set(
        'authRefusal',
        token
          ? 'the API key is unknown or revoked'
          : 'the Authorization header must be "Bearer <key>"',
      )
  }
  await next()
}

/**
 * A wrong key is an error even on a public read: a client that believes it is authenticated
 * should learn it is not.
 */
export const refuseBadKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const refusal = c.var.authRefusal
  if (refusal) throw new ApiError('unauthorized', refusal)
  await next()
}

/** Refuses requests without a key of at least `role`: 401 without a key, 403 with a weaker one. */
export const requireRole =
  (role: ApiRole): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal: ApiKeyInfo | undefined = c.var.principal
    if (!principal)
      throw new ApiError('unauthorized', `this needs an API key with the ${role} role`)
    if (!roleAllows(principal.role, role))
      throw new ApiError('forbidden', `this needs the ${role} role; the key has ${principal.role}`)
    await next()
  }

/** Who a write is recorded as: the key's id, never its secret. */
export const writerOf = (principal: ApiKeyInfo | undefined): string =>
  principal ? `key:${principal.id}` : 'anonymous'
