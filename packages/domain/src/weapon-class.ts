import { z } from 'zod'
import type { Weapon as WeaponSchema } from './attack.ts'

type Weapon = z.infer<typeof WeaponSchema>

/** The classes the air war is counted in: what air defence faces differs by class. */
export const WeaponClass = z.enum([
  'drone',
  'cruise-missile',
  'ballistic-missile',
  'glide-bomb',
  'other',
])
export type WeaponClass = z.infer<typeof WeaponClass>

/**
 * Names by class, from the Air Force's weapon reference (`missiles_and_uavs.csv`: its category
 * column) and the words articles use. Checked in this order, so a line naming two classes
 * ("X-101/X-555 and Kalibr and Iskander-M/KN-23") counts under the first: a shared count cannot
 * be split. S-300/S-400 fired at ground targets fly a ballistic path.
 */
const NAMES: readonly [WeaponClass, RegExp][] = [
  [
    'drone',
    /drone|\buav|shahed|geran|gerbera|lancet|orlan|zala|supercam|merlin|mohajer|forpost|orion|eleron|\bkub\b|granat|молнія|фенікс|картограф|привет/i,
  ],
  ['glide-bomb', /glide|guided bomb|aerial bomb|\bkab\b|\bgbu\b|\bumpk\b/i],
  [
    'ballistic-missile',
    /ballistic|iskander-m|kn-23|kinzhal|[xх]-47|kh-47|[cс]-[34]00|\bs-[34]00|tochka|oreshnik/i,
  ],
  [
    'cruise-missile',
    /cruise|kalibr|iskander-k|zircon|oniks|banderol|unknown missile|\b[xх]-\d|\bkh-\d/i,
  ],
]

const OF_TYPE: Partial<Record<Weapon['type'], WeaponClass>> = {
  drone: 'drone',
  'glide-bomb': 'glide-bomb',
}

/**
 * The class of what a launched or intercepted count counts: its subject ("Shahed-136/131",
 * "missiles") read by name, else the type of the record's weapon the subject names, else the
 * type of the record's only weapon. A missile of no known kind is `other`.
 */
export const weaponClassOf = (
  subject: string | undefined,
  weapons: readonly Weapon[],
): WeaponClass => {
  const text = subject ?? ''
  for (const [weaponClass, names] of NAMES) if (names.test(text)) return weaponClass
  const named = weapons.find((w) => w.model !== undefined && text.includes(w.model))
  const only = weapons.length === 1 ? weapons[0] : undefined
  const weapon = named ?? only
  if (weapon?.model)
    for (const [weaponClass, names] of NAMES) if (names.test(weapon.model)) return weaponClass
  return (weapon && OF_TYPE[weapon.type]) ?? 'other'
}
