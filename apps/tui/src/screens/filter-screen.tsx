import { Box, Text, useInput } from 'ink'
import { useState } from 'react'
import { KeyHints } from '../components/status-line.tsx'
import type { DashboardFilter } from '../hooks/use-tab-items.ts'
import type { Dictionaries } from '../lib/names.ts'
import { type FilterFields, parseFilter } from '../lib/parse-filter.ts'
import { useTheme } from '../lib/theme.tsx'

const FIELDS = [
  { id: 'from', label: 'From (YYYY-MM-DD)' },
  { id: 'to', label: 'To (YYYY-MM-DD)' },
  { id: 'place', label: 'Place (name or id)' },
  { id: 'actor', label: 'Actor (name or id)' },
] as const satisfies readonly { id: keyof FilterFields; label: string }[]

/** `f`: a date range, a place (its sub-places included) and an actor; Enter applies. */
export const FilterScreen = ({
  initial,
  dictionaries,
  onApply,
  onBack,
}: {
  initial: FilterFields
  dictionaries: Dictionaries
  onApply: (filter: DashboardFilter, fields: FilterFields) => void
  onBack: () => void
}) => {
  const theme = useTheme()
  const [fields, setFields] = useState(initial)
  const [focus, setFocus] = useState(0)
  const [error, setError] = useState<string>()
  const field = FIELDS[focus]?.id ?? 'from'
  const edit = (change: (value: string) => string) =>
    setFields((f) => ({ ...f, [field]: change(f[field]) }))
  useInput((input, key) => {
    if (key.escape) onBack()
    else if (key.downArrow || (key.tab && !key.shift)) setFocus((i) => (i + 1) % FIELDS.length)
    else if (key.upArrow || (key.tab && key.shift))
      setFocus((i) => (i + FIELDS.length - 1) % FIELDS.length)
    else if (key.return) {
      const parsed = parseFilter(fields, dictionaries)
      if (parsed.ok) onApply(parsed.filter, fields)
      else setError(parsed.error)
    } else if (key.ctrl && input === 'u') edit(() => '')
    else if (key.backspace || key.delete) edit((v) => v.slice(0, -1))
    else if (input && !key.ctrl && !key.meta) edit((v) => v + input)
  })
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        Filter
      </Text>
      {FIELDS.map((f, index) => (
        <Text key={f.id} inverse={index === focus}>
          {`${f.label.padEnd(20)} ${fields[f.id]}${index === focus ? '_' : ''}`}
        </Text>
      ))}
      {error ? <Text color={theme.danger}>{error}</Text> : <Text> </Text>}
      <KeyHints hints="Enter apply  Tab/↑↓ field  Ctrl-U clear field  Esc cancel  (empty = any)" />
    </Box>
  )
}
