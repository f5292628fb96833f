import { Text, useInput } from 'ink'

/** While a record is fetched (opened from a dispute): says what is coming; Esc still goes back. */
export const LoadingScreen = ({ what, onBack }: { what: string; onBack: () => void }) => {
  useInput((_input, key) => {
    if (key.escape) onBack()
  })
  return <Text>{`loading ${what}…  (Esc back)`}</Text>
}
