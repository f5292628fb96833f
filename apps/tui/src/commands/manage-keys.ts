import type { ApiKeyInfo } from '@sitrep/domain'

/** One line per key, never its secret. */
export const describeKeys = (keys: readonly ApiKeyInfo[]): string =>
  keys.length === 0
    ? 'no keys'
    : keys
        .map(
          (k) =>
            `${k.id}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'live   '}  ${k.label}`,
        )
        .join('\n')
