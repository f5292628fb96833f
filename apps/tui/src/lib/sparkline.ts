const BLOCKS = '▁▂▃▄▅▆▇█'

/**
 * Values as a row of block characters, one per value; a row longer than `width` first sums runs
 * of neighbours (one or two values a column) so that every value counts. Zero is a space, so "none" never reads as "a few".
 */
export const sparkline = (values: readonly number[], width: number): string => {
  const columns = Math.min(values.length, Math.max(1, width))
  // Column i sums values [i·n/w, (i+1)·n/w): every value counts once and the row fills the width.
  const sums = Array.from({ length: columns }, (_, i) =>
    values
      .slice(
        Math.floor((i * values.length) / columns),
        Math.floor(((i + 1) * values.length) / columns),
      )
      .reduce((n, v) => n + v, 0),
  )
  const max = Math.max(0, ...sums)
  return sums
    .map((v) =>
      v <= 0 || max === 0
        ? ' '
        : (BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((v / max) * BLOCKS.length))] ?? '█'),
    )
    .join('')
}
