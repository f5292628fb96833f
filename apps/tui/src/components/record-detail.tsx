import { deriveFacts, type FactView, type StoredRecord } from '@sitrep/domain'
import { Box, Text } from 'ink'
import type { Names } from '../lib/names.ts'
import { useTheme } from '../lib/theme.tsx'
import { FactBlock } from './fact-block.tsx'
import { RecordHeader } from './record-header.tsx'

/** Disputed facts first: they are what a duty officer must not miss. */
const disputedFirst = (a: { status: string }, b: { status: string }) =>
  Number(b.status === 'disputed') - Number(a.status === 'disputed')

/** A record with every fact it holds and the sources behind each. */
export const RecordDetail = ({
  stored,
  names,
  showSummary = false,
}: {
  stored: StoredRecord
  names: Names
  showSummary?: boolean
}) => {
  const theme = useTheme()
  const { record, meta } = stored
  // the sources tell a syndicated copy from an independent report when counting origins
  const facts = deriveFacts(record, names.source).sort(disputedFirst)
  return (
    <Box flexDirection="column">
      <RecordHeader record={record} names={names} />
      <Text color={theme.muted}>
        {record.id} · v{meta.version} · updated {meta.updatedAt.slice(0, 16).replace('T', ' ')}
      </Text>
      {showSummary && record.summary ? <Text>{record.summary}</Text> : null}
      <Box flexDirection="column" marginTop={1}>
        {facts.map((fact) => (
          <FactBlock key={`${fact.fact}#${fact.key}`} fact={fact} names={names} />
        ))}
      </Box>
    </Box>
  )
}

/** One contested fact from the Disputes tab, its positions side by side. */
export const DisputeDetail = ({ dispute, names }: { dispute: FactView; names: Names }) => (
  <Box flexDirection="column">
    <Text bold>{dispute.title}</Text>
    <Text>
      {dispute.kind} · {dispute.recordId}
    </Text>
    <Box marginTop={1} flexDirection="column">
      <FactBlock fact={dispute} names={names} />
    </Box>
  </Box>
)
