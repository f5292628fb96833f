/** Splits rows so that a multi-row insert stays under the engines' bound-parameter limits. */
export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const parts: T[][] = []
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size))
  return parts
}
