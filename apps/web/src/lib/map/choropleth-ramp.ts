// A sequential ramp, light to dark: five steps a reader can tell apart; zero is left blank.
const RAMP = ['#fde4d9', '#f8b49a', '#ef7f62', '#d4453a', '#9c1c1f'] as const
export const BLANK = '#fffdf7'

const stepOf = (count: number, most: number) => Math.min(4, Math.floor((count / most) * 5))

/** An oblast's shade: the fifth of the largest count its own count falls in. */
export const fillOf = (count: number, most: number): string =>
  count === 0 ? BLANK : (RAMP[stepOf(count, most)] ?? RAMP[4])

/** The legend: each shade with the counts it stands for, steps no count falls in left off. */
export const rampSteps = (most: number): { color: string; low: number; high: number }[] =>
  RAMP.map((color, i) => ({
    color,
    low: i === 0 ? 1 : Math.ceil((i * most) / 5),
    high: i === 4 ? most : Math.ceil(((i + 1) * most) / 5) - 1,
  })).filter((s) => s.low <= s.high)
