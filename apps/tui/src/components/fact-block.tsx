import type { AnyClaim, FactView } from '@sitrep/domain'
import { Box, Text } from 'ink'
import { attributeClaim } from '../lib/claim-attribution.ts'
import { formatClaimValue } from '../lib/format-value.ts'
import type { Names } from '../lib/names.ts'
import { useTheme } from '../lib/theme.tsx'

/** A derived fact as `deriveFacts` and `/v1/disputes` both give it. */
export type FactLike = Pick<FactView, 'fact' | 'status'> & {
  readonly positions: readonly { readonly claims: readonly AnyClaim[] }[]
}

const ClaimLines = ({ claim, names }: { claim: AnyClaim; names: Names }) => {
  const theme = useTheme()
  const who = attributeClaim(claim, names)
  return (
    <Box flexDirection="column">
      <Text bold>{formatClaimValue(claim, names.place)}</Text>
      <Text wrap="truncate-end">source: {who.source}</Text>
      <Text>speaker: {who.speaker}</Text>
      <Text color={theme.muted}>{who.attribution}</Text>
    </Box>
  )
}

/**
 * One fact with its sources. A disputed fact shows its positions side by side, each with the
 * claims behind it, so the reader compares source, speaker and attribution at a glance.
 */
export const FactBlock = ({ fact, names }: { fact: FactLike; names: Names }) => {
  const theme = useTheme()
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
              {position.claims.map((claim) => (
                <ClaimLines key={claim.id} claim={claim} names={names} />
              ))}
            </Box>
          ))}
        </Box>
      </Box>
    )
  const claims = fact.positions.flatMap((p) => p.claims)
  const [first] = claims
  if (!first) return null
  const sources = claims.map((c) => {
    const who = attributeClaim(c, names)
    // Speaker and attribution first: the source title is long and is what truncation may cut.
    return who.source === who.speaker
      ? `${who.speaker}, ${who.attribution}`
      : `${who.speaker}, ${who.attribution} — ${who.source}`
  })
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{fact.fact}</Text>
        {`: ${formatClaimValue(first, names.place)}`}
        {fact.status === 'corroborated' ? <Text color={theme.ok}> (corroborated)</Text> : null}
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
