/**
 * The Air Force file was written by pandas, so some cells hold Python reprs:
 * "{'south': 11, 'east': NaN}", "['Kyiv oblast', 'Lviv oblast']", "{'russia': 1.0}", and
 * dicts of strings spread over several indented lines. This reads exactly those shapes (quoted
 * strings, numbers, NaN/None, lists, dicts) and nothing executable.
 */
export type PyValue = string | number | null | PyValue[] | { [key: string]: PyValue }

export class PyLiteralError extends Error {}

export const parsePyLiteral = (text: string): PyValue => {
  let at = 0
  const space = () => {
    while (at < text.length && /\s/.test(text.charAt(at))) at++
  }
  const expect = (c: string) => {
    space()
    if (text.charAt(at) !== c) throw new PyLiteralError(`expected ${c} at ${at} in ${text}`)
    at++
  }
  const str = (): string => {
    const quote = text.charAt(at++)
    let out = ''
    while (at < text.length && text.charAt(at) !== quote) {
      if (text.charAt(at) === '\\') at++
      out += text.charAt(at++)
    }
    if (at >= text.length) throw new PyLiteralError(`unterminated string in ${text}`)
    at++
    return out
  }
  const value = (): PyValue => {
    space()
    const c = text.charAt(at)
    if (c === "'" || c === '"') return str()
    if (c === '[') return seq()
    if (c === '{') return dict()
    const word = /^[A-Za-z0-9.+-]+/.exec(text.slice(at))?.[0]
    if (!word) throw new PyLiteralError(`unexpected ${c || 'end'} at ${at} in ${text}`)
    at += word.length
    if (word === 'NaN' || word === 'nan' || word === 'None') return null
    const n = Number(word)
    if (Number.isNaN(n)) throw new PyLiteralError(`not a value: ${word}`)
    return n
  }
  const seq = (): PyValue[] => {
    expect('[')
    const items: PyValue[] = []
    space()
    while (text.charAt(at) !== ']') {
      items.push(value())
      space()
      if (text.charAt(at) === ',') at++
      space()
      if (at >= text.length) throw new PyLiteralError(`unterminated list in ${text}`)
    }
    at++
    return items
  }
  const dict = (): { [key: string]: PyValue } => {
    expect('{')
    const out: { [key: string]: PyValue } = {}
    space()
    while (text.charAt(at) !== '}') {
      const key = value()
      expect(':')
      out[String(key)] = value()
      space()
      if (text.charAt(at) === ',') at++
      space()
      if (at >= text.length) throw new PyLiteralError(`unterminated dict in ${text}`)
    }
    at++
    return out
  }
  const result = value()
  space()
  if (at !== text.length) throw new PyLiteralError(`trailing text in ${text}`)
  return result
}

/** The strings of a list literal; a plain cell without brackets is one name. */
export const pyStringList = (cell: string): string[] => {
  const text = cell.trim()
  if (text === '') return []
  if (!text.startsWith('[')) return [text]
  const parsed = parsePyLiteral(text)
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
}

/** The entries of a dict literal with a known count; NaN entries say "mentioned, no number". */
export const pyCountDict = (cell: string): { key: string; count: number | undefined }[] => {
  const text = cell.trim()
  if (text === '' || text === '{}') return []
  const parsed = parsePyLiteral(text)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return []
  return Object.entries(parsed).map(([key, v]) => ({
    key,
    count: typeof v === 'number' ? v : undefined,
  }))
}
