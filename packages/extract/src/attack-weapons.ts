import type { Attack } from '@sitrep/domain'
import { fastBounds } from './fast-bounds.ts'

type WeaponValue = Attack['weapons'][number]

const DRONE_MODELS = /\b(Shahed(?:-\d+)?|Geran(?:-\d+)?|Lancet|Gerbera|Lyutyi|Liutyi|Bober)\b/
const MISSILE_MODELS =
  /\b(Iskander(?:-[MK])?|Kinzhal|Kalibr|Kh-\d+\w*|Oniks|Zircon|Tsirkon|S-300|S-400|ATACMS|Storm Shadow|SCALP|Tochka(?:-U)?|Neptune|Flamingo|Oreshnik)\b/

/** A missile named by its kind rather than its model. */
const MISSILE_WORD = fastBounds(
  /\bmissiles?\b|\brockets?\b|\b(?:high-precision|long-range) (?:\p{L}+ )?weapons?\b/iu,
)

/** The weapons a sentence names, each with the first model of its kind ("Kinzhal", "Geran-2"). */
export const weaponsIn = (text: string): WeaponValue[] => {
  const out: WeaponValue[] = []
  const drone = DRONE_MODELS.exec(text)?.[1]
  const missile = MISSILE_MODELS.exec(text)?.[1]
  if (drone || /\bdrones?\b|\bUAVs?\b|unmanned aerial vehicles?/i.test(text))
    out.push({ type: 'drone', ...(drone ? { model: drone } : {}) })
  if (missile || MISSILE_WORD.test(text))
    out.push({ type: 'missile', ...(missile ? { model: missile } : {}) })
  if (/\b(?:glide|guided(?: aerial)?|aerial) bombs?\b|\bKABs?\b|\bUMPBs?\b|\bFAB-\d/i.test(text))
    out.push({ type: 'glide-bomb' })
  if (/\b(?:artillery|shelling|shelled|rocket launchers?|MLRS)\b/i.test(text))
    out.push({ type: 'artillery' })
  // "the Aerospace Forces", "warplanes": the corpus's rule reads "high-precision long-range
  // weapons" as missiles (above) and crewed aircraft as aircraft
  if (/\b(?:Aerospace Forces|warplanes?|fighter jets?|bombers?|(?:Su|Tu)-\d+\w*)\b/.test(text))
    out.push({ type: 'aircraft' })
  return out
}
