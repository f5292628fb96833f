import { InputRefused } from './import-limits.ts'

export interface Line {
  /** 1-based, as editors and error messages count. */
  number: number
  text: string
}

export interface LineBounds {
  readonly maxBytes?: number
  readonly maxLineBytes?: number
  readonly maxLines?: number
}

const NEWLINE = 0x0a
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

const joined = (parts: readonly Uint8Array[], length: number): Uint8Array => {
  if (parts.length === 1 && parts[0]) return parts[0]
  const whole = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    whole.set(part, at)
    at += part.byteLength
  }
  return whole
}

/** The lines of a block, and why reading stops after them when it does. */
interface Block {
  texts: string[]
  fault?: InputRefused
}

const lineTooLong = (number: number, max: number) =>
  new InputRefused('max-line-bytes', number, `line ${number} is longer than ${max} bytes`)

const tooManyLines = (max: number) =>
  new InputRefused('max-lines', max + 1, `the input has more than ${max} lines`)

/**
 * Complete lines (`ends` are their end offsets), cut before the first one at fault so that every
 * line before it is still read. A newline byte never occurs inside a UTF-8 character, so the
 * block decodes at once; only when it fails is each line decoded alone to find the one at fault.
 */
const readBlock = (
  block: Uint8Array,
  ends: readonly number[],
  before: number,
  { maxLineBytes, maxLines }: Required<LineBounds>,
): Block => {
  let good = ends.length
  let fault: InputRefused | undefined
  let start = 0
  for (const [i, end] of ends.entries()) {
    if (end - start > maxLineBytes) {
      good = i
      fault = lineTooLong(before + i + 1, maxLineBytes)
      break
    }
    start = end + 1
  }
  if (before + good > maxLines) {
    good = maxLines - before
    fault = tooManyLines(maxLines)
  }
  const endOf = (count: number) => (count === 0 ? 0 : (ends[count - 1] ?? 0))
  try {
    return {
      texts: good === 0 ? [] : decoder.decode(block.subarray(0, endOf(good))).split('\n'),
      ...(fault ? { fault } : {}),
    }
  } catch {
    const texts: string[] = []
    for (let i = 0; i < good; i++) {
      const from = i === 0 ? 0 : endOf(i) + 1
      try {
        texts.push(decoder.decode(block.subarray(from, endOf(i + 1))))
      } catch {
        const number = before + i + 1
        return {
          texts,
          fault: new InputRefused('invalid-utf-8', number, `line ${number} is not valid UTF-8`),
        }
      }
    }
    return { texts, ...(fault ? { fault } : {}) }
  }
}

const withoutCr = (text: string) => (text.endsWith('\r') ? text.slice(0, -1) : text)

/**
 * Splits a byte or text stream into lines without holding the file in memory. It refuses a line
 * longer than `maxLineBytes` as soon as it is (not once its end arrives), more than `maxLines`
 * lines or `maxBytes` bytes, and bytes that are not UTF-8, each with the line at fault, after
 * yielding every line before it. Web-standard, so the same importer reads a Node file stream or a fetch body.
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array | string>,
  {
    maxBytes = Number.POSITIVE_INFINITY,
    maxLineBytes = Number.POSITIVE_INFINITY,
    maxLines = Number.POSITIVE_INFINITY,
  }: LineBounds = {},
): AsyncGenerator<Line> {
  const bounds = { maxBytes, maxLineBytes, maxLines }
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let number = 0
  let bytes = 0
  const emit = function* ({ texts, fault }: Block): Generator<Line> {
    for (const text of texts) {
      number += 1
      yield { number, text: withoutCr(text) }
    }
    if (fault) throw fault
  }
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? encoder.encode(raw) : raw
    bytes += chunk.byteLength
    if (bytes > maxBytes)
      throw new InputRefused('max-bytes', number + 1, `the input is larger than ${maxBytes} bytes`)
    const last = chunk.lastIndexOf(NEWLINE)
    if (last !== -1) {
      const block = joined([...pending, chunk.subarray(0, last)], pendingBytes + last)
      const ends: number[] = []
      for (let end = block.indexOf(NEWLINE); end !== -1; end = block.indexOf(NEWLINE, end + 1))
        ends.push(end)
      ends.push(block.byteLength)
      yield* emit(readBlock(block, ends, number, bounds))
      pending = []
      pendingBytes = 0
    }
    const rest = last === -1 ? chunk : chunk.subarray(last + 1)
    if (rest.byteLength > 0) pending.push(rest)
    pendingBytes += rest.byteLength
    if (pendingBytes > maxLineBytes) throw lineTooLong(number + 1, maxLineBytes)
  }
  if (pendingBytes > 0)
    yield* emit(readBlock(joined(pending, pendingBytes), [pendingBytes], number, bounds))
}
