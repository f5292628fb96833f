import {
  type AnyClaim,
  distinctOrigins,
  type FactView,
  originCount,
  type Stance,
  tightestClaim,
} from '@sitrep/domain'
import { Box, Text } from 'ink'
import { attributeClaim } from '../lib/claim-attribution.ts'
import { formatClaimValue } from '../lib/format-value.ts'
import type { Names } from '../lib/names.ts'
import { useTheme } from '../lib/theme.tsx'

/** A derived fact as `deriveFacts` and `/v1/disputes` both give it. */
export type FactLike = Pick<FactView, 'fact' | 'status'> & {
  readonly positions: readonly {
    readonly claims: readonly AnyClaim[]
    /** Set when the position only answers another: a correction or a denial. */
    readonly stance?: Stance['type']
  }[]
}

/** "2 independent origins" or "1 origin, 3 reports": repeats of one report are not support. */
const originsOf = (claims: readonly AnyClaim[], names: Names): string =>
  originCount(distinctOrigins(claims, names.source).length, claims.length)

const ClaimLines = ({ claim, names }: { claim: AnyClaim; names: Names }) => {
  const theme = useTheme()
  const who = attributeClaim(claim, names)
  return (
    <Box flexDirection="column">
      <Text bold>{formatClaimValue(claim, names.place)}</Text>
      <Text wrap="truncate-end">source: {who.source}</Text>
      <Text>speaker: {who.speaker}</Text>
      {who.origin ? <Text>via {who.origin} (origin)</Text> : null}
      {who.stance ? <Text color={theme.warn}>{who.stance.toUpperCase()}</Text> : null}
      <Text color={theme.muted}>{who.attribution}</Text>
    </Box>
  )
}

/** "CORRECTION", "1 origin, 2 reports": one claim is one origin, so only several are counted. */
const positionLabel = (position: FactLike['positions'][number], names: Names): string =>
  [
    position.stance?.toUpperCase(),
    position.claims.length > 1 ? originsOf(position.claims, names) : undefined,
  ]
    .filter(Boolean)
    .join(' · ')

/**
 * One fact with its sources. A disputed fact shows its positions side by side, each with the
 * claims behind it, so the reader compares source, speaker and attribution at a glance.
 */
export const FactBlock = ({ fact, names }: { fact: FactLike; names: Names }) => {
  const theme = useTheme()
  const labelled = fact.positions.some((p) => positionLabel(p, names) !== '')
  if (fact.status === 'disputed')
    return (
      <Box flexDirection="column" marginBottom={1}>
        <Text bold color={theme.danger}>
          {fact.fact} — DISPUTED ({fact.positions.length} positions)
        </Text>
        <Box flexDirection="row">
          {fact.positions.map((position, index) => (
            <Box
              // biome-ignore lint/suspicious/noArrayIndexKey: positions have no id and never reorder
              key={index}
              flexDirection="column"
              flexGrow={1}
              flexBasis={0}
              marginRight={1}
            >
              {labelled ? (
                // a blank line where another position has a label keeps the values in one row
                <Text color={position.stance ? theme.warn : theme.muted}>
                  {positionLabel(position, names) || ' '}
                </Text>
              ) : null}
              {position.claims.map((claim) => (
                <ClaimLines key={claim.id} claim={claim} names={names} />
              ))}
            </Box>
          ))}
        </Box>
      </Box>
    )
  const claims = fact.positions.flatMap((p) => p.claims)
  const [first, ...rest] = claims
  if (!first) return null
  // The value the domain displays for the fact (a talk's status: the latest and furthest along,
  // "confirmed" after "announced"), as the web and `sitrep stats` show it, not the first claim.
  const shown = tightestClaim([first, ...rest])
  const sources = claims.map((c) => {
    const who = attributeClaim(c, names)
    const stance = who.stance ? `[${who.stance}] ` : ''
    const origin = who.origin ? `, via ${who.origin} (origin)` : ''
    // Speaker and attribution first: the source title is long and is what truncation may cut.
    return who.source === who.speaker
      ? `${stance}${who.speaker}, ${who.attribution}${origin}`
      : `${stance}${who.speaker}, ${who.attribution}${origin} — ${who.source}`
  })
  const origins = originsOf(claims, names)
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{fact.fact}</Text>
        {`: ${formatClaimValue(shown, names.place)}`}
        {fact.status === 'corroborated' ? (
          <Text color={theme.ok}>{` (corroborated: ${origins})`}</Text>
        ) : claims.length > 1 ? (
          <Text color={theme.muted}>{` (${origins})`}</Text>
        ) : null}
      </Text>
      {sources.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one line per claim, in claim order
        <Text key={index} color={theme.muted} wrap="truncate-end">
          {`  ${line}`}
        </Text>
      ))}
    </Box>
  )
}
