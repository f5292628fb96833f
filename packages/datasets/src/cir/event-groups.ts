/**
 * What each CIR/Bellingcat `event_group` becomes. Strikes and their traces (damage, explosions,
 * civilian casualties, munition remnants, losses on either side, ground fighting) are attacks;
 * sightings of forces, firing positions, detentions, burials and "Other" describe no attack,
 * and sitrep has no record kind for them, so they are skipped with this reason.
 */
export type GroupMapping =
  | { readonly kind: 'attack'; readonly effect: 'damage' | 'other'; readonly attacker?: 'ukraine' }
  | { readonly kind: 'skip'; readonly reason: string }

const ATTACK_GROUPS: readonly [RegExp, GroupMapping][] = [
  [/^Civilian Infrastructure Damage/, { kind: 'attack', effect: 'damage' }],
  [/^Military Infrastructure Damage/, { kind: 'attack', effect: 'damage' }],
  [/^Bombing or Explosion/, { kind: 'attack', effect: 'damage' }],
  [/^Civilian Casualty/, { kind: 'attack', effect: 'other' }],
  [/^Munitions/, { kind: 'attack', effect: 'other' }],
  [/^Ground Battle/, { kind: 'attack', effect: 'other' }],
  [/^Ukrainian Military Losses/, { kind: 'attack', effect: 'damage' }],
  // Losses of Russia's forces are the result of Ukraine's strikes, wherever they happened.
  [/^Russian Military Losses/, { kind: 'attack', effect: 'damage', attacker: 'ukraine' }],
]

const SKIPPED: readonly [RegExp, string][] = [
  [/^Russian Military Presence/, 'a sighting of Russian forces, not an attack'],
  [/^Russian Allies Presence/, 'a sighting or loss of Russia’s allies, not an attack'],
  [/^Russian Firing Positions/, 'a firing position, not an attack on a date and place'],
  [/^Detentions or Arrests/, 'a detention, which no sitrep record kind holds'],
  [/^Mass grave or Burial/, 'a burial site, which no sitrep record kind holds'],
  [/^Other$/, 'the dataset’s "Other" group names no kind of event'],
]

export const mapEventGroup = (group: string): GroupMapping => {
  const text = group.trim()
  for (const [pattern, mapping] of ATTACK_GROUPS) if (pattern.test(text)) return mapping
  for (const [pattern, reason] of SKIPPED) if (pattern.test(text)) return { kind: 'skip', reason }
  return { kind: 'skip', reason: `unknown event group "${text}"` }
}
