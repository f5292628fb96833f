import { createHash } from 'node:crypto'

/**
 * Bytes a handler answered with, by the Response that carries them: the cache and ETag layers
 * take them from here instead of reading the body back as a stream, which in Node cost more
 * than hashing it. Keyed by the Response object, so a layer that replaces the answer falls back
 * to reading the new one.
 */
const sentBytes = new WeakMap<Response, Uint8Array<ArrayBuffer>>()

/** The weak ETag of a body: SHA-1 of its bytes, computed in one synchronous call. */
export const weakTagOf = (bytes: Uint8Array): string =>
  `W/"${createHash('sha1').update(bytes).digest('hex')}"`

/** Marks `res` as carrying `bytes` and tags it, so no later layer reads or hashes it again. */
export const rememberBody = (res: Response, bytes: Uint8Array<ArrayBuffer>): Response => {
  sentBytes.set(res, bytes)
  if (!res.headers.has('etag')) res.headers.set('etag', weakTagOf(bytes))
  return res
}

/**
 * The body of `res` as bytes: the remembered ones when a handler made it from bytes, otherwise
 * read once (the caller must then answer with a new Response over them: this one is consumed).
 */
export const bodyBytes = async (
  res: Response,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; consumed: boolean }> => {
  const kept = sentBytes.get(res)
  if (kept) return { bytes: kept, consumed: false }
  return { bytes: new Uint8Array(await res.arrayBuffer()), consumed: true }
}
