import type { MoneyMention } from './money.ts'

const TO_ELSEWHERE = /\b(?:Moldova|refugees|host communities|neighbouring countries)\b/i

/**
 * "€110 million in humanitarian aid, of which €100 million will go to operations in Ukraine and
 * €10 million to support refugees … in Moldova": a sum split between Ukraine and another place
 * gives Ukraine the share its words send there, not the whole nor the other share.
 */
export const ukraineShare = (
  content: string,
  found: readonly MoneyMention[],
): MoneyMention | undefined => {
  const first = found.findIndex((m) =>
    /\bof which\s+$/i.test(content.slice(Math.max(0, m.start - 20), m.start)),
  )
  if (first < 1) return undefined
  const shares = found.slice(first)
  if (shares.length < 2) return undefined
  const words = shares.map((m, i) => content.slice(m.end, shares[i + 1]?.start ?? content.length))
  const home = words.flatMap((w, i) => (/\bUkraine\b/.test(w) && !TO_ELSEWHERE.test(w) ? [i] : []))
  const away = words.some((w) => TO_ELSEWHERE.test(w))
  return away && home.length === 1 ? shares[home[0] ?? 0] : undefined
}
