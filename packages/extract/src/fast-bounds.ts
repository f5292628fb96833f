/**
 * With both the `i` and `u` flags, V8 compiles `\b` as a pair of lookarounds over a class that
 * holds ſ and K (Kelvin sign) besides `\w` (they fold to s and k), and a pattern that opens with
 * one is tried at every position of the text without its quick first-character checks: about ten
 * times slower than the same pattern under `i` alone. Where the pattern itself says which side of
 * the boundary is a word character ("\bdrones?\b"), the boundary is a one-sided test —
 * `(?<!\w)` before a word, `(?!\w)` after one — which under the same flags holds for exactly the
 * same strings (`\w` and `\b` use the same word characters) and keeps the fast path. Everything
 * else in the pattern is left byte for byte.
 */
export const fastBounds = (re: RegExp): RegExp =>
  re.flags.includes('i') && re.flags.includes('u')
    ? new RegExp(rewrite(re.source, re.flags), re.flags)
    : re

/** What an atom can consume first (or last): word characters, others, both, or nothing yet. */
type Side = 'none' | 'word' | 'other' | 'mixed'

interface Item {
  /** Source offsets of the atom and of its quantifier, if any. */
  readonly start: number
  readonly end: number
  readonly kind: 'bound' | 'zero-width' | 'atom'
  /** For atoms: the sides, and whether the atom (with its quantifier) can match nothing. */
  readonly first: Side
  readonly last: Side
  readonly empty: boolean
}

const join = (a: Side, b: Side): Side => (a === 'none' ? b : b === 'none' || a === b ? a : 'mixed')

/** Walks a sequence from one end until an atom that must consume a character. */
const edge = (items: readonly Item[], side: 'first' | 'last'): { side: Side; empty: boolean } => {
  let seen: Side = 'none'
  for (const item of side === 'first' ? items : [...items].reverse()) {
    if (item.kind !== 'atom') continue
    seen = join(seen, item[side])
    if (!item.empty) return { side: seen, empty: false }
  }
  return { side: seen, empty: true }
}

const rewrite = (source: string, flags: string): string => {
  const isWord = new RegExp('^\\w$', flags.replace(/[gy]/g, ''))
  const sideOfChar = (c: string): Side => (isWord.test(c) ? 'word' : 'other')
  const replacements: [number, string][] = []
  let at = 0

  const escapeSide = (): Side => {
    // at points after the backslash
    const c = source[at] ?? ''
    at++
    if (c === 'w' || c === 'd') return 'word'
    if (c === 'W' || c === 's') return 'other'
    if (c === 'p' || c === 'P' || c === 'u' || c === 'x' || c === 'k' || /[\dDS]/.test(c)) {
      if ((c === 'p' || c === 'P' || c === 'k') && source[at] === '{')
        at = source.indexOf('}', at) + 1
      else if (c === 'k') at = source.indexOf('>', at) + 1
      else if (c === 'u' && source[at] === '{') at = source.indexOf('}', at) + 1
      else if (c === 'u') at += 4
      else if (c === 'x') at += 2
      return 'mixed'
    }
    if (c === 'c') {
      at++
      return 'other'
    }
    if ('nrtfv0'.includes(c)) return 'other'
    return sideOfChar(c)
  }

  const classSide = (): Side => {
    // at points after '['
    const negated = source[at] === '^'
    if (negated) at++
    let side: Side = 'none'
    while (at < source.length && source[at] !== ']') {
      if (source[at] === '\\') {
        at++
        // inside a class, \b is a backspace
        if (source[at] === 'b') {
          at++
          side = join(side, 'other')
        } else side = join(side, escapeSide())
      } else {
        const cp = source.codePointAt(at) ?? 0
        at += cp > 0xffff ? 2 : 1
        if (source[at] === '-' && source[at + 1] !== ']' && source[at + 1] !== '\\') {
          const hi = source.codePointAt(at + 1) ?? 0
          at += hi > 0xffff ? 3 : 2
          side = join(side, rangeSide(cp, hi))
        } else side = join(side, sideOfChar(String.fromCodePoint(cp)))
      }
    }
    at++
    return negated ? 'mixed' : side
  }

  const rangeSide = (lo: number, hi: number): Side => {
    if (hi - lo > 0x3000) return 'mixed'
    let side: Side = 'none'
    for (let cp = lo; cp <= hi; cp++) side = join(side, sideOfChar(String.fromCodePoint(cp)))
    return side
  }

  /** Reads alternatives until ')' or the end; returns the group's edges. */
  const alternatives = (): { first: Side; last: Side; empty: boolean } => {
    let first: Side = 'none'
    let last: Side = 'none'
    let empty = false
    for (;;) {
      const items = sequence()
      const f = edge(items, 'first')
      const l = edge(items, 'last')
      first = join(first, f.side)
      last = join(last, l.side)
      empty ||= f.empty
      for (let i = 0; i < items.length; i++) {
        const item = items[i]
        if (item?.kind !== 'bound') continue
        const after = edge(items.slice(i + 1), 'first')
        const before = edge(items.slice(0, i), 'last')
        const one =
          !after.empty && after.side === 'word'
            ? '(?<!\\w)'
            : !before.empty && before.side === 'word'
              ? '(?!\\w)'
              : !after.empty && after.side === 'other'
                ? '(?<=\\w)'
                : !before.empty && before.side === 'other'
                  ? '(?=\\w)'
                  : undefined
        if (one) replacements.push([item.start, one])
      }
      if (source[at] !== '|') return { first, last, empty }
      at++
    }
  }

  const sequence = (): Item[] => {
    const items: Item[] = []
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const start = at
      const c = source[at]
      at++
      let kind: Item['kind'] = 'atom'
      let first: Side = 'mixed'
      let last: Side = 'mixed'
      let empty = false
      if (c === '\\') {
        if (source[at] === 'b' || source[at] === 'B') {
          kind = source[at] === 'b' ? 'bound' : 'zero-width'
          at++
        } else if (/[1-9]/.test(source[at] ?? '')) {
          while (/\d/.test(source[at] ?? '')) at++
          empty = true
        } else {
          const escapedK = source[at] === 'k'
          first = last = escapeSide()
          empty = escapedK
        }
      } else if (c === '^' || c === '$') kind = 'zero-width'
      else if (c === '[') first = last = classSide()
      else if (c === '.') first = last = 'mixed'
      else if (c === '(') {
        const lookaround = /^\?(?:[=!]|<[=!])/.exec(source.slice(at))
        if (lookaround) at += lookaround[0].length
        else if (source.startsWith('?:', at)) at += 2
        else if (source.startsWith('?<', at)) at = source.indexOf('>', at) + 1
        const group = alternatives()
        at++
        if (lookaround) kind = 'zero-width'
        else ({ first, last, empty } = group)
      } else {
        const cp = source.codePointAt(start) ?? 0
        if (cp > 0xffff) at++
        first = last = sideOfChar(String.fromCodePoint(cp))
      }
      const q = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at))
      if (q) {
        at += q[0].length
        if (q[0][0] === '*' || q[0][0] === '?' || Number(q[1]) === 0) empty = true
      }
      items.push({ start, end: at, kind, first, last, empty })
    }
    return items
  }

  alternatives()
  if (at !== source.length) return source
  let out = source
  for (const [start, text] of replacements.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(start + 2)
  return out
}
