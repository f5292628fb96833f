import type { Source } from '@sitrep/domain'
import { fingerprint } from '../ids.ts'

/**
 * The `source` column is mostly a Facebook path of the Air Force's page ("kpszsu/posts/…",
 * regional commands' "PvKPivden/posts/…", "watch/?v=…"), sometimes a full Telegram URL or a
 * regional administration's site path.
 */
export const postUrl = (source: string): string | undefined => {
  const text = source.trim()
  if (text === '' || text.startsWith('(no source)')) return undefined
  if (/^https?:\/\//.test(text)) return text
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(text)) return `https://${text}`
  return `https://www.facebook.com/${text}`
}

export const postSourceId = (source: string): string => `src-af-${fingerprint(source.trim())}`

export const postSource = (source: string, publishedOn: string): Source => {
  const url = postUrl(source)
  return {
    id: postSourceId(source),
    kind: 'dataset-row',
    title: `Ukrainian Air Force report ${source.trim().slice(0, 120)} (Massive Missile Attacks on Ukraine dataset)`,
    outletId: 'ua-air-force',
    ...(url ? { url } : {}),
    publishedAt: publishedOn,
    language: 'uk',
  }
}
