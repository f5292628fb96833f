import type { Weapon, WeaponType } from '@sitrep/domain'
import type { z } from 'zod'
import { splitAnd } from '../cells.ts'
import type { CsvRecord } from '../csv/read-csv.ts'
import { latinDesignation } from '../designation.ts'

type WeaponKind = z.infer<typeof WeaponType>
type WeaponValue = z.infer<typeof Weapon>

/** A row of `missiles_and_uavs.csv`: what a model name in the attack file is. */
export interface WeaponReference {
  readonly model: string
  readonly category: string
  readonly origin?: string
  readonly type?: string
}

export type WeaponCatalogue = ReadonlyMap<string, WeaponReference>

export const weaponCatalogue = (rows: readonly CsvRecord[]): WeaponCatalogue =>
  new Map(
    rows.flatMap(({ cells }) => {
      const model = latinDesignation(cells.model?.trim() ?? '')
      if (!model) return []
      const origin = cells.national_origin?.trim()
      const type = cells.type?.trim()
      return [
        [
          model,
          {
            model,
            category: cells.category?.trim() ?? '',
            ...(origin ? { origin } : {}),
            ...(type ? { type } : {}),
          },
        ],
      ]
    }),
  )

/**
 * Names the regional commands (PvK South and others) write in Ukrainian that the reference file
 * lacks. All three are Russian drones: Feniks and Kartograf reconnaissance UAVs, Privet-82 a
 * strike drone. Kept in the source's spelling; the category is what the reference would say.
 */
const UNLISTED: Readonly<Record<string, WeaponReference>> = {
  Фенікс: { model: 'Фенікс', category: 'UAV', origin: 'russia', type: 'reconnaissance' },
  Картограф: { model: 'Картограф', category: 'UAV', origin: 'russia', type: 'reconnaissance' },
  'Привет-82': { model: 'Привет-82', category: 'UAV', origin: 'russia', type: 'strike' },
  'Aerial Bomb': { model: 'Aerial Bomb', category: 'guided bomb' },
}

const CATEGORY_TYPES: Readonly<Record<string, WeaponKind>> = {
  UAV: 'drone',
  'ballistic missile': 'missile',
  'cruise missile': 'missile',
  'surface-to-air missile': 'missile',
  'surface-to-air and ballistic': 'missile',
  'guided bomb': 'glide-bomb',
}

export interface ResolvedWeapons {
  readonly weapons: WeaponValue[]
  readonly references: WeaponReference[]
  /** Parts of the model cell neither the reference nor the list above knows. */
  readonly unknown: string[]
}

const lookup = (catalogue: WeaponCatalogue, name: string) => catalogue.get(name) ?? UNLISTED[name]

/**
 * "X-101/X-555 and Kalibr" names two models sharing one count. The reference lists some such
 * combinations whole; otherwise each part is looked up alone.
 */
export const resolveWeapons = (catalogue: WeaponCatalogue, cell: string): ResolvedWeapons => {
  const name = latinDesignation(cell.trim())
  const whole = lookup(catalogue, name)
  const parts = splitAnd(name)
  const references: WeaponReference[] = []
  const unknown: string[] = []
  for (const part of parts) {
    const ref = lookup(catalogue, part)
    if (ref) references.push(ref)
    else if (whole) references.push({ ...whole, model: part })
    else unknown.push(part)
  }
  const weapons = [
    ...references.map((r) => ({ type: CATEGORY_TYPES[r.category] ?? 'other', model: r.model })),
    ...unknown.map((model) => ({ type: 'other' as const, model })),
  ]
  return { weapons, references, unknown }
}

/** What the reference says of a model, for the evidence note. */
export const describeReference = (r: WeaponReference): string =>
  [r.category, r.type, r.origin && `origin ${r.origin}`].filter(Boolean).join(', ')
